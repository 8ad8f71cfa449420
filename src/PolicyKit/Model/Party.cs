using System;

namespace PolicyKit;

/// <summary>The role a party plays in a transaction, as in 15 CFR 748.5(c)–(f).</summary>
public enum PartyRole
{
    /// <summary>The buyer.</summary>
    Purchaser,
    /// <summary>A party that takes possession on the way to the ultimate consignee.</summary>
    IntermediateConsignee,
    /// <summary>The party that receives the item.</summary>
    UltimateConsignee,
    /// <summary>The party that actually uses the item.</summary>
    EndUser,
}

/// <summary>A party to a transaction in one role. A company in two roles appears twice.</summary>
public sealed class Party
{
    /// <summary>Creates a party.</summary>
    /// <param name="name">The name as the business system holds it.</param>
    /// <param name="role">The role in this transaction.</param>
    /// <param name="country">ISO 3166-1 alpha-2 code, or null when unknown.</param>
    /// <param name="address">Free-text address, or null.</param>
    /// <param name="listId">The identifier of the list entry this party has already been resolved to
    /// (e.g. <c>HUAWEI-0001</c>), or null. An identifier the list does not know makes a decision
    /// <see cref="Outcome.NeedsReview"/>, never a permit.</param>
    /// <exception cref="ArgumentException">The name is blank, or the country is not an ISO code.</exception>
    public Party(string name, PartyRole role, string? country = null, string? address = null, string? listId = null)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("A party needs a name.", nameof(name));
        if (!Enum.IsDefined(typeof(PartyRole), role)) throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown party role.");
        Name = name.Trim();
        Role = role;
        Country = country is null ? null : CountryCode.Normalize(country, nameof(country));
        Address = string.IsNullOrWhiteSpace(address) ? null : address!.Trim();
        ListId = string.IsNullOrWhiteSpace(listId) ? null : listId!.Trim();
    }

    /// <summary>The party's name.</summary>
    public string Name { get; }
    /// <summary>The party's role.</summary>
    public PartyRole Role { get; }
    /// <summary>ISO 3166-1 alpha-2 country code, or null.</summary>
    public string? Country { get; }
    /// <summary>Free-text address, or null.</summary>
    public string? Address { get; }
    /// <summary>The list entry this party is already known to be, or null.</summary>
    public string? ListId { get; }

    /// <summary>A purchaser.</summary>
    public static Party Purchaser(string name, string? country = null, string? listId = null) => new(name, PartyRole.Purchaser, country, listId: listId);
    /// <summary>An intermediate consignee.</summary>
    public static Party IntermediateConsignee(string name, string? country = null, string? listId = null) => new(name, PartyRole.IntermediateConsignee, country, listId: listId);
    /// <summary>An ultimate consignee.</summary>
    public static Party UltimateConsignee(string name, string? country = null, string? listId = null) => new(name, PartyRole.UltimateConsignee, country, listId: listId);
    /// <summary>An end user.</summary>
    public static Party EndUser(string name, string? country = null, string? listId = null) => new(name, PartyRole.EndUser, country, listId: listId);

    /// <summary>E.g. <c>Huawei Technologies Co., Ltd. (CN, end user)</c>.</summary>
    public override string ToString() => $"{Name} ({(Country is null ? "" : Country + ", ")}{RoleText(Role)})";

    internal static string RoleText(PartyRole role) => role switch
    {
        PartyRole.Purchaser => "purchaser",
        PartyRole.IntermediateConsignee => "intermediate consignee",
        PartyRole.UltimateConsignee => "ultimate consignee",
        _ => "end user",
    };
}
