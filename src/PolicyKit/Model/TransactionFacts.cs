using System;

namespace PolicyKit;

/// <summary>How the item leaves or changes hands (15 CFR 734.13–734.16).</summary>
public enum TransferKind
{
    /// <summary>Shipment or transmission out of the United States, including a deemed export.</summary>
    Export,
    /// <summary>From one foreign country to another.</summary>
    Reexport,
    /// <summary>A change of end use or end user within one foreign country.</summary>
    InCountryTransfer,
    /// <summary>Release of technology or source code by inspection or exchange.</summary>
    Release,
}

/// <summary>Kinds of device for device-support activity.</summary>
public enum DeviceKind
{
    /// <summary>A mobile handset.</summary>
    Handset,
    /// <summary>A personal consumer electronic device other than a handset.</summary>
    ConsumerDevice,
    /// <summary>Customer premises equipment (routers, modems and the like at a customer's site).</summary>
    CustomerPremisesEquipment,
}

/// <summary>
/// Facts about the transaction that particular rules depend on. Each is optional: a rule that needs a
/// fact that is absent cannot hold, and the decision says which fact was missing.
/// </summary>
public sealed class TransactionFacts
{
    /// <summary>Creates a set of facts.</summary>
    /// <param name="contractDate">Date of the legally binding contract the transaction fulfils.</param>
    /// <param name="deviceFirstAvailable">Date the supported device was first available to the public.</param>
    /// <param name="deviceKind">Kind of the supported device.</param>
    /// <param name="standardsBody">The standards organisation or activity, for the record.</param>
    public TransactionFacts(CalendarDate? contractDate = null, CalendarDate? deviceFirstAvailable = null, DeviceKind? deviceKind = null, string? standardsBody = null)
    {
        if (deviceKind is { } k && !Enum.IsDefined(typeof(DeviceKind), k)) throw new ArgumentOutOfRangeException(nameof(deviceKind), k, "Unknown device kind.");
        ContractDate = contractDate;
        DeviceFirstAvailable = deviceFirstAvailable;
        DeviceKind = deviceKind;
        StandardsBody = string.IsNullOrWhiteSpace(standardsBody) ? null : standardsBody!.Trim();
    }

    /// <summary>No facts.</summary>
    public static TransactionFacts None { get; } = new();

    /// <summary>Date of the underlying contract, or null.</summary>
    public CalendarDate? ContractDate { get; }
    /// <summary>Date the supported device was first available to the public, or null.</summary>
    public CalendarDate? DeviceFirstAvailable { get; }
    /// <summary>Kind of the supported device, or null.</summary>
    public DeviceKind? DeviceKind { get; }
    /// <summary>The standards organisation or activity, or null.</summary>
    public string? StandardsBody { get; }
}
