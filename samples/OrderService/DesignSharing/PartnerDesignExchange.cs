using Acme.Sftp;
using Contoso.Orders.Compliance;
using Contoso.Orders.Domain;
using PolicyKit;

namespace Contoso.Orders.DesignSharing;

/// <summary>Shares design files with engineering partners over their SFTP drop folders.</summary>
public sealed class PartnerDesignExchange
{
    private readonly ExportPolicy _policy;
    private readonly SftpClient _sftp;

    public PartnerDesignExchange(ExportPolicy policy, SftpClient sftp)
    {
        _policy = policy;
        _sftp = sftp;
    }

    /// <summary>Sends a design file to a partner, if the release of that technology is permitted.</summary>
    public bool Share(DesignFile file, Partner partner, CalendarDate date)
    {
        var request = ExportRequests.ForDesignShare(file, partner, date);
        if (!_policy.TryClear(request, out _))
        {
            return false;
        }
        _sftp.Upload(partner.DropFolder + file.FileName, file.Content);
        return true;
    }

    /// <summary>Pushes a new revision to every partner that holds the previous one.</summary>
    public void PushRevision(DesignFile revised, IEnumerable<Partner> holders, CalendarDate date)
    {
        foreach (var partner in holders)
        {
            // Deliberately unchecked, to show PK0001: holding revision A is no permission for revision B,
            // and the partner may have been listed since. The fix is the check below; uncomment it.
            var request = ExportRequests.ForDesignShare(revised, partner, date);
            // _policy.EnsurePermitted(request);
            _sftp.Upload(partner.DropFolder + revised.FileName, revised.Content);
        }
    }
}
