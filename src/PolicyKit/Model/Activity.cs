using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace PolicyKit;

/// <summary>
/// What the transaction is for, in the terms the rules use. Rules compare activities by name, so an
/// application can define its own (<c>new Activity("repair")</c>) next to the well-known ones.
/// </summary>
public sealed class Activity : IEquatable<Activity>
{
    /// <summary>Creates an activity; the name is lower-case letters, digits and hyphens.</summary>
    /// <exception cref="ArgumentException">The name is empty or has other characters.</exception>
    public Activity(string name, string description)
    {
        if (string.IsNullOrEmpty(name)) throw new ArgumentException("An activity needs a name.", nameof(name));
        foreach (char c in name)
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
                throw new ArgumentException($"Activity name '{name}' may contain only a-z, 0-9 and '-'.", nameof(name));
        Name = name;
        Description = description ?? throw new ArgumentNullException(nameof(description));
    }

    /// <summary>The name, e.g. <c>network-maintenance</c>.</summary>
    public string Name { get; }
    /// <summary>What the activity means.</summary>
    public string Description { get; }

    /// <summary>An ordinary sale or supply.</summary>
    public static Activity Sale { get; } = new("sale", "an ordinary sale or supply");
    /// <summary>Maintaining and supporting existing, currently fully operational networks and equipment,
    /// including software updates and patches (TGL category 1).</summary>
    public static Activity NetworkMaintenance { get; } = new("network-maintenance", "maintaining existing, fully operational networks and equipment, including software updates and patches");
    /// <summary>Service and support, including software updates and patches, for existing handsets,
    /// personal consumer electronic devices or customer premises equipment (TGL category 2).</summary>
    public static Activity DeviceSupport { get; } = new("device-support", "service and support, including software updates and patches, for existing devices");
    /// <summary>Cybersecurity research and vulnerability disclosure (TGL category 3; permanent from 2020-08-17).</summary>
    public static Activity SecurityResearch { get; } = new("security-research", "cybersecurity research and vulnerability disclosure");
    /// <summary>Contributing to the development or revision of a standard in a standards organisation,
    /// intended for publication.</summary>
    public static Activity Standards { get; } = new("standards", "contributing to the development or revision of a standard intended for publication");
    /// <summary>Activity about a standard already published (e.g. plug-fests); recognised from 2024-07-18.</summary>
    public static Activity PublishedStandards { get; } = new("standards-published", "activity about an already-published standard, e.g. a plug-fest");

    /// <summary>The activities the built-in rules know.</summary>
    public static IReadOnlyList<Activity> WellKnown { get; } = new[] { Sale, NetworkMaintenance, DeviceSupport, SecurityResearch, Standards, PublishedStandards };

    /// <summary>Finds a well-known activity by name (case-insensitive).</summary>
    public static bool TryGetWellKnown(string? name, [NotNullWhen(true)] out Activity? activity)
    {
        foreach (var a in WellKnown)
            if (string.Equals(a.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase)) { activity = a; return true; }
        activity = null;
        return false;
    }

    /// <inheritdoc/>
    public bool Equals(Activity? other) => other is not null && other.Name == Name;
    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Activity);
    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);
    /// <inheritdoc/>
    public override string ToString() => Name;
}
