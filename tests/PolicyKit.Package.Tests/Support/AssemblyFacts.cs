using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;

namespace PolicyKit.Package.Tests.Support;

/// <summary>What an assembly's metadata and debug directory say, read without loading it.</summary>
public sealed class AssemblyFacts
{
    public AssemblyFacts(byte[] image)
    {
        using var pe = new PEReader(new MemoryStream(image));
        var metadata = pe.GetMetadataReader();
        Name = metadata.GetString(metadata.GetAssemblyDefinition().Name);
        References = metadata.AssemblyReferences
            .Select(h => metadata.GetAssemblyReference(h))
            .ToDictionary(r => metadata.GetString(r.Name), r => r.Version);
        var attributes = metadata.GetAssemblyDefinition().GetCustomAttributes()
            .Select(h => metadata.GetCustomAttribute(h))
            .Select(a => (Type: AttributeTypeName(metadata, a), Value: FirstStringArgument(metadata, a)))
            .ToList();
        TargetFramework = attributes.FirstOrDefault(a => a.Type == "TargetFrameworkAttribute").Value;
        InformationalVersion = attributes.FirstOrDefault(a => a.Type == "AssemblyInformationalVersionAttribute").Value;

        var debugEntries = pe.ReadDebugDirectory();
        IsReproducible = debugEntries.Any(e => e.Type == DebugDirectoryEntryType.Reproducible);
        var codeView = debugEntries.FirstOrDefault(e => e.Type == DebugDirectoryEntryType.CodeView);
        PdbId = codeView.DataSize > 0 ? pe.ReadCodeViewDebugDirectoryData(codeView).Guid : null;
        var embedded = debugEntries.FirstOrDefault(e => e.Type == DebugDirectoryEntryType.EmbeddedPortablePdb);
        if (embedded.DataSize > 0)
        {
            using var provider = pe.ReadEmbeddedPortablePdbDebugDirectoryData(embedded);
            EmbeddedPdb = new PdbFacts(provider.GetMetadataReader());
        }
    }

    public string Name { get; }

    /// <summary>Referenced assemblies by name, with the version referenced.</summary>
    public IReadOnlyDictionary<string, Version> References { get; }

    /// <summary>The TargetFrameworkAttribute's value, e.g. ".NETStandard,Version=v2.0".</summary>
    public string? TargetFramework { get; }

    public string? InformationalVersion { get; }

    /// <summary>True when the compiler built it deterministically (the "Reproducible" debug directory entry).</summary>
    public bool IsReproducible { get; }

    /// <summary>The id of the PDB it expects (from the CodeView entry).</summary>
    public Guid? PdbId { get; }

    /// <summary>The PDB embedded in the assembly, if any.</summary>
    public PdbFacts? EmbeddedPdb { get; }

    private static string AttributeTypeName(MetadataReader metadata, CustomAttribute attribute)
    {
        var ctor = attribute.Constructor;
        EntityHandle type = ctor.Kind == HandleKind.MemberReference
            ? metadata.GetMemberReference((MemberReferenceHandle)ctor).Parent
            : metadata.GetMethodDefinition((MethodDefinitionHandle)ctor).GetDeclaringType();
        return type.Kind == HandleKind.TypeReference
            ? metadata.GetString(metadata.GetTypeReference((TypeReferenceHandle)type).Name)
            : metadata.GetString(metadata.GetTypeDefinition((TypeDefinitionHandle)type).Name);
    }

    private static string? FirstStringArgument(MetadataReader metadata, CustomAttribute attribute)
    {
        var blob = metadata.GetBlobReader(attribute.Value);
        if (blob.Length < 3 || blob.ReadUInt16() != 1) return null;   // prolog
        try { return blob.ReadSerializedString(); }
        catch (BadImageFormatException) { return null; }
    }
}

/// <summary>What a portable PDB says: its id, its document paths and its Source Link map.</summary>
public sealed class PdbFacts
{
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    public PdbFacts(MetadataReader pdb)
    {
        Id = new BlobContentId(pdb.DebugMetadataHeader!.Id).Guid;
        Documents = pdb.Documents.Select(h => pdb.GetString(pdb.GetDocument(h).Name)).ToList();
        SourceLink = pdb.CustomDebugInformation
            .Select(h => pdb.GetCustomDebugInformation(h))
            .Where(c => pdb.GetGuid(c.Kind) == SourceLinkKind)
            .Select(c => Encoding.UTF8.GetString(pdb.GetBlobBytes(c.Value)))
            .FirstOrDefault();
    }

    /// <summary>Reads a standalone portable PDB.</summary>
    public static PdbFacts Read(byte[] pdb)
    {
        using var provider = MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(pdb));
        return new PdbFacts(provider.GetMetadataReader());
    }

    public Guid Id { get; }

    /// <summary>The source document paths as recorded (mapped to /_/ in a CI build).</summary>
    public IReadOnlyList<string> Documents { get; }

    /// <summary>The Source Link JSON, or null when the PDB has none.</summary>
    public string? SourceLink { get; }
}
