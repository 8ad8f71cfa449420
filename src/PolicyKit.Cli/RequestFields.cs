using System;
using System.Collections.Generic;
using System.Linq;

namespace PolicyKit.Cli;

/// <summary>The names of request fields: <c>check</c> options without the leading <c>--</c>, and
/// <c>evaluate</c> columns.</summary>
internal static class RequestFields
{
    public const string Date = "date", Party = "party", Country = "country", Role = "role", ListId = "list-id",
        Item = "item", Reasons = "reasons", Kind = "kind", Activity = "activity", Transfer = "transfer",
        ContractDate = "contract-date", DeviceAvailable = "device-available", DeviceKind = "device-kind",
        StandardsBody = "standards-body", Reference = "reference";

    /// <summary>Every field, in the order help and messages list them.</summary>
    public static readonly IReadOnlyList<string> All = new[]
    {
        Date, Party, Country, Role, ListId, Item, Reasons, Kind, Activity, Transfer,
        ContractDate, DeviceAvailable, DeviceKind, StandardsBody, Reference,
    };

    /// <summary>Fields without which there is no request.</summary>
    public static readonly IReadOnlyList<string> Required = new[] { Date, Party, Item };

    public static bool IsField(string name) => All.Contains(name, StringComparer.Ordinal);

    /// <summary>Fields that may be repeated, one value per party.</summary>
    public static bool IsPartyField(string name) => name is Party or Country or Role or ListId;
}
