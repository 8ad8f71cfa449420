using System;
using System.Collections.Generic;
using System.IO;

namespace PolicyKit.Cli;

/// <summary>Reads the files named on the command line, turning I/O failures into bad-input messages.</summary>
internal static class InputFiles
{
    /// <summary>The file's bytes.</summary>
    /// <param name="label">How the message starts: the option (<c>--licence</c>) or the file itself.</param>
    /// <exception cref="BadInputException">Missing, a directory, or unreadable.</exception>
    public static byte[] Read(string path, string label) => Guard(path, label, () => File.ReadAllBytes(path));

    /// <summary>The <c>--licence</c> file's licences, or none when the option is absent.</summary>
    /// <exception cref="BadInputException">The file is unreadable or malformed; the message names file, line and field.</exception>
    public static IReadOnlyList<Licence> Licences(string? path)
    {
        if (path is null) return Array.Empty<Licence>();
        try
        {
            return Guard(path, "--licence", () => LicenceFile.LoadFile(path));
        }
        catch (PolicyDataException e)
        {
            throw new BadInputException("--licence: " + e.Message);
        }
    }

    private static T Guard<T>(string path, string label, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new BadInputException($"{label}: '{path}' does not exist");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new BadInputException($"{label}: cannot read '{path}': {e.Message}");
        }
    }
}
