using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;

namespace PolicyKit;

/// <summary>How a party was resolved against a list on a date.</summary>
public readonly struct Listing
{
    internal Listing(ListingStatus status, EntityListEntry? entry, string? matchedName)
    {
        Status = status;
        Entry = entry;
        MatchedName = matchedName;
    }

    /// <summary>Listed, not listed, uncertain, or an unknown identifier.</summary>
    public ListingStatus Status { get; }
    /// <summary>The matching entry, or null.</summary>
    public EntityListEntry? Entry { get; }
    /// <summary>The entry name that matched, or null when matched by identifier or not at all.</summary>
    public string? MatchedName { get; }
}

/// <summary>
/// An immutable, versioned set of Entity List entries with provenance, and exact resolution of a party
/// to an entry: by the party's list identifier when it has one, otherwise by exact match of its name's
/// normalised key (<see cref="NameKey"/>) against every entry name and alias.
/// </summary>
public sealed class EntityList
{
    private static readonly Lazy<EntityList> BuiltInList = new(LoadBuiltIn);

    private readonly EntityListEntry[] _entries;
    private readonly IReadOnlyList<EntityListEntry> _entryView;
    private readonly Dictionary<string, EntityListEntry> _byId;
    private readonly Dictionary<long, NameSlot[]> _byNameHash;

    private readonly struct NameSlot
    {
        public NameSlot(string key, string name, EntityListEntry entry)
        {
            Key = key;
            Name = name;
            Entry = entry;
        }

        public string Key { get; }
        public string Name { get; }
        public EntityListEntry Entry { get; }
    }

    /// <summary>Creates a list.</summary>
    /// <exception cref="ArgumentException">Duplicate identifiers.</exception>
    public EntityList(IEnumerable<EntityListEntry> entries, string name, string version, string provenance, string contentHash)
    {
        _entries = (entries ?? throw new ArgumentNullException(nameof(entries))).ToArray();
        _entryView = Array.AsReadOnly(_entries);
        Name = name;
        Version = version;
        Provenance = provenance;
        ContentHash = contentHash;
        _byId = new Dictionary<string, EntityListEntry>(StringComparer.OrdinalIgnoreCase);
        var byHash = new Dictionary<long, List<NameSlot>>();
        foreach (var entry in _entries)
        {
            if (_byId.ContainsKey(entry.Id)) throw new ArgumentException($"Two entries have the identifier '{entry.Id}'.", nameof(entries));
            _byId.Add(entry.Id, entry);
            foreach (var n in new[] { entry.Name }.Concat(entry.Aliases))
            {
                string key = NameKey.Of(n);
                if (key.Length == 0) continue;
                long hash = NameKey.Hash(key.AsSpan());
                if (!byHash.TryGetValue(hash, out var slots)) byHash.Add(hash, slots = new List<NameSlot>());
                if (!slots.Exists(s => s.Entry == entry && s.Key == key)) slots.Add(new NameSlot(key, n, entry));
            }
        }
        _byNameHash = byHash.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    /// <summary>The built-in seed (see <c>Data/README.md</c>): a partial, historical set of listings
    /// from 2019–2020, not the current Entity List.</summary>
    public static EntityList BuiltIn => BuiltInList.Value;

    /// <summary>The dataset's name.</summary>
    public string Name { get; }
    /// <summary>The dataset's version.</summary>
    public string Version { get; }
    /// <summary>Where the data comes from.</summary>
    public string Provenance { get; }
    /// <summary>SHA-256 of the file the list was loaded from, in hex.</summary>
    public string ContentHash { get; }
    /// <summary>The entries.</summary>
    public IReadOnlyList<EntityListEntry> Entries => _entryView;

    /// <summary>The entry with this identifier, or null.</summary>
    public EntityListEntry? FindById(string id) => id is not null && _byId.TryGetValue(id, out var e) ? e : null;

    /// <summary>Every entry whose name or alias has the same normalised key as <paramref name="name"/>.</summary>
    public IReadOnlyList<EntityListEntry> FindByName(string name)
    {
        if (name is null) throw new ArgumentNullException(nameof(name));
        var key = NameKey.Of(name);
        return _byNameHash.TryGetValue(NameKey.Hash(key.AsSpan()), out var slots)
            ? slots.Where(s => s.Key == key).Select(s => s.Entry).Distinct().ToArray()
            : Array.Empty<EntityListEntry>();
    }

    /// <summary>Resolves a party on a date. A party with a list identifier is resolved by it alone (an
    /// unknown identifier is <see cref="ListingStatus.UnknownIdentifier"/>); otherwise by exact name
    /// key, and when several entries share the name the one that binds most strongly on the date wins.</summary>
    public Listing Resolve(Party party, CalendarDate date)
    {
        if (party is null) throw new ArgumentNullException(nameof(party));
        if (party.ListId is { } id)
            return _byId.TryGetValue(id, out var byId)
                ? new Listing(byId.StatusOn(date), byId, null)
                : new Listing(ListingStatus.UnknownIdentifier, null, null);
        return NameKey.WithKey(party.Name, (this, date), static (key, state) => state.Item1.ResolveKey(key, state.date));
    }

    private Listing ResolveKey(ReadOnlySpan<char> key, CalendarDate date)
    {
        if (key.Length == 0 || !_byNameHash.TryGetValue(NameKey.Hash(key), out var slots)) return default;
        Listing best = default;
        foreach (var slot in slots)
        {
            if (!key.SequenceEqual(slot.Key.AsSpan())) continue;
            var status = slot.Entry.StatusOn(date);
            if (best.Entry is null || Strength(status) > Strength(best.Status)) best = new Listing(status, slot.Entry, slot.Name);
        }
        return best;
    }

    private static int Strength(ListingStatus status) => status switch
    {
        ListingStatus.Listed => 3,
        ListingStatus.Uncertain => 2,
        ListingStatus.UnknownIdentifier => 1,
        _ => 0,
    };

    /// <summary>Loads a list in PolicyKit's JSON format (see <c>src/PolicyKit/Data/README.md</c>).</summary>
    /// <param name="utf8Json">The file's bytes.</param>
    /// <param name="sourceName">The file name, for error messages.</param>
    /// <exception cref="PolicyDataException">The file is malformed; the message names line and field.</exception>
    public static EntityList Load(byte[] utf8Json, string sourceName) => EntityListReader.Read(utf8Json, sourceName);

    /// <summary>Loads a list from a file in PolicyKit's JSON format.</summary>
    /// <exception cref="PolicyDataException">The file is malformed.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static EntityList LoadFile(string path) => Load(File.ReadAllBytes(path), path);

    private static EntityList LoadBuiltIn()
    {
        const string resource = "PolicyKit.Data.entity-list-seed.json";
        using var stream = typeof(EntityList).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource {resource} is missing from the PolicyKit assembly.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Load(buffer.ToArray(), "entity-list-seed.json (built in)");
    }

    internal static string Sha256Hex(byte[] bytes)
    {
        using var sha = SHA256.Create();
        return string.Concat(sha.ComputeHash(bytes).Select(b => b.ToString("x2")));
    }
}
