using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

namespace PolicyKit.Package.Tests.Support;

/// <summary>
/// A .nupkg or .snupkg read with System.IO.Compression (NuGet.Packaging is not available): its files
/// and its nuspec.
/// </summary>
public sealed class PackageArchive
{
    private readonly Dictionary<string, byte[]> _files;

    public PackageArchive(string path)
    {
        Path = path;
        using var zip = ZipFile.OpenRead(path);
        _files = zip.Entries
            .Where(e => !string.IsNullOrEmpty(e.Name))
            .ToDictionary(e => Uri.UnescapeDataString(e.FullName), e =>
            {
                using var stream = e.Open();
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                return buffer.ToArray();
            }, StringComparer.Ordinal);
        var nuspec = _files.Keys.Single(name => !name.Contains('/') && name.EndsWith(".nuspec", StringComparison.OrdinalIgnoreCase));
        using var nuspecStream = new MemoryStream(_files[nuspec]);
        Nuspec = XDocument.Load(nuspecStream);
    }

    /// <summary>Where the package file is.</summary>
    public string Path { get; }

    /// <summary>The package's own files, without the OPC bookkeeping (content types, rels, core properties) and the nuspec.</summary>
    public IReadOnlyList<string> ContentFiles => _files.Keys
        .Where(name => name != "[Content_Types].xml" && !name.StartsWith("_rels/", StringComparison.Ordinal)
                       && !name.StartsWith("package/", StringComparison.Ordinal) && !name.EndsWith(".nuspec", StringComparison.Ordinal))
        .OrderBy(name => name, StringComparer.Ordinal)
        .ToList();

    /// <summary>The nuspec document.</summary>
    public XDocument Nuspec { get; }

    /// <summary>A metadata element's text, e.g. "id" or "version"; null when absent.</summary>
    public string? Metadata(string name) => Nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata")
        .Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value;

    /// <summary>A metadata element, e.g. "repository" or "license".</summary>
    public XElement? MetadataElement(string name) => Nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata")
        .Elements().FirstOrDefault(e => e.Name.LocalName == name);

    /// <summary>The bytes of a file in the package.</summary>
    public byte[] Read(string name) =>
        _files.TryGetValue(name, out var bytes) ? bytes : throw new FileNotFoundException($"{Path} has no '{name}'; it has: {string.Join(", ", _files.Keys)}");
}
