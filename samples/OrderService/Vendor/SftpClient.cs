namespace Acme.Sftp;

/// <summary>
/// Stands in for a vendor's SFTP package: code this app cannot change or annotate. Its upload is
/// marked as an export function in PolicyKit.ExportFunctions.txt instead.
/// </summary>
public sealed class SftpClient
{
    private readonly List<string> _uploaded = new();

    /// <summary>The remote paths written so far (the sample prints them).</summary>
    public IReadOnlyList<string> Uploaded => _uploaded;

    /// <summary>Writes <paramref name="content"/> to <paramref name="remotePath"/> on the partner's server.</summary>
    public void Upload(string remotePath, byte[] content) => _uploaded.Add($"{remotePath} ({content.Length} bytes)");
}
