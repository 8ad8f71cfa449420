using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PolicyKit.Internal;

namespace PolicyKit;

/// <summary>
/// Reads the exporter's specific licences from JSON, rejecting the whole file on the first error.
/// </summary>
/// <remarks>
/// <para>The format:</para>
/// <code>
/// {"licences": [{
///   "number": "D123456",
///   "validFrom": "2019-11-20", "validThrough": "2021-11-19",
///   "parties": ["Huawei Technologies Co., Ltd.", "HUAWEI-0002"],
///   "items": ["EAR99", "5A992"],
///   "kinds": ["commodity"], "activities": ["sale"], "transfers": ["export"],
///   "conditions": "No re-export without BIS approval."
/// }]}
/// </code>
/// <para><c>number</c>, <c>validFrom</c>, <c>validThrough</c>, <c>parties</c> and <c>items</c> are required:
/// a BIS licence always expires, and a licence without an end date would authorise forever.
/// <c>kinds</c> (commodity, software, technology), <c>activities</c> (the names of
/// <see cref="Activity.WellKnown"/>) and <c>transfers</c> (export, reexport, in-country-transfer, release)
/// may be omitted or empty to cover any. Unknown fields, unknown values and repeated licence numbers are
/// errors, so that a misspelling cannot silently widen or void a licence.</para>
/// </remarks>
public static class LicenceFile
{
    private static readonly string[] LicenceFields =
        { "number", "validFrom", "validThrough", "parties", "items", "kinds", "activities", "transfers", "conditions" };

    /// <summary>Reads licences from UTF-8 JSON in the format described on <see cref="LicenceFile"/>.</summary>
    /// <param name="utf8Json">The file's bytes.</param>
    /// <param name="sourceName">The file name, for error messages.</param>
    /// <returns>The licences, in file order; empty when the file lists none.</returns>
    /// <exception cref="PolicyDataException">The file is malformed; the message names file, line and field.</exception>
    public static IReadOnlyList<Licence> Load(byte[] utf8Json, string sourceName)
    {
        if (utf8Json is null) throw new ArgumentNullException(nameof(utf8Json));
        if (sourceName is null) throw new ArgumentNullException(nameof(sourceName));
        var root = new JsonFields(JsonTree.Parse(utf8Json, sourceName), sourceName);
        root.RejectUnknown("licences");
        var licences = new List<Licence>();
        var numbers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var node in root.RequiredArray("licences"))
        {
            var f = new JsonFields(node, sourceName);
            var licence = Read(node, f);
            if (!numbers.Add(licence.Number)) throw f.Error(null, "number", $"'{licence.Number}' is used by an earlier licence");
            licences.Add(licence);
        }
        return licences;
    }

    /// <summary>Reads licences from a JSON file in the format described on <see cref="LicenceFile"/>.</summary>
    /// <param name="path">The file; its path is used in error messages.</param>
    /// <exception cref="PolicyDataException">The file is malformed; the message names file, line and field.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static IReadOnlyList<Licence> LoadFile(string path)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        return Load(File.ReadAllBytes(path), path);
    }

    private static Licence Read(JsonTree node, JsonFields f)
    {
        f.RejectUnknown(LicenceFields);
        string number = f.RequiredString("number");
        var from = f.RequiredDate("validFrom");
        var through = f.RequiredDate("validThrough");
        if (through < from) throw f.Error(node["validThrough"], "validThrough", $"{through} is before validFrom {from}");
        var items = Each<Classification>(node, f, "items", required: true, Classification.TryParse,
            "is not EAR99 or an ECCN such as 5A992, 5E002 or 5A992.c");
        var kinds = Each<ItemKind>(node, f, "kinds", required: false, Terms.ItemKinds.TryParse,
            "is not one of " + string.Join(", ", Terms.ItemKinds.Names));
        var transfers = Each<TransferKind>(node, f, "transfers", required: false, Terms.Transfers.TryParse,
            "is not one of " + string.Join(", ", Terms.Transfers.Names));
        var activities = Each<Activity?>(node, f, "activities", required: false, Activity.TryGetWellKnown,
            "is not a known activity (known: " + string.Join(", ", Activity.WellKnown) + ")").Select(a => a!).ToArray();
        try
        {
            return new Licence(number, EffectiveWindow.Between(from, through), f.StringList("parties", required: true), items,
                kinds, activities, transfers, f.OptionalString("conditions"));
        }
        catch (ArgumentException e)
        {
            // The fields were checked above; this keeps any rule the constructor adds reported with file and line.
            throw f.Error(null, e.ParamName, e.Message.Split(new[] { " (Parameter" }, StringSplitOptions.None)[0]);
        }
    }

    private delegate bool TryConvert<T>(string? text, out T value);

    // Converts each string of a list field; an unknown value is reported at its own line and index.
    private static T[] Each<T>(JsonTree node, JsonFields f, string field, bool required, TryConvert<T> convert, string problem) =>
        f.StringList(field, required).Select((text, i) =>
            convert(text, out var value) ? value : throw f.Error(node[field]!.Items[i], $"{field}[{i}]", $"'{text}' {problem}")).ToArray();
}
