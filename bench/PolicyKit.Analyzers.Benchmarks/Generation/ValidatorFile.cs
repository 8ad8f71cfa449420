using System;

namespace PolicyKit.Analyzers.Benchmarks.Generation;

/// <summary>Writes <c>Acme/{Module}/Validation/{Entity}Validator.cs</c>: branch-heavy validation code, loops and an iterator.</summary>
internal static class ValidatorFile
{
    public static GeneratedFile Write(EntityModel e, Random random)
    {
        var (n, s, v) = (e.Name, e.Name + "Status", e.Variable);
        var w = new CodeWriter(e.FilePath("Validation", n + "Validator"));
        w.Lines($$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Text.RegularExpressions;
            using Acme.Common;
            using {{e.Namespace("Domain")}};

            namespace {{e.Namespace("Validation")}};

            """);
        w.Line($"/// <summary>Checks {n} entities before they are saved or change status.</summary>").Open($"public sealed class {n}Validator");
        // A Regex field rather than [GeneratedRegex]: the harness compiles without source generators.
        w.Line("private static readonly Regex EmailPattern = new(@\"^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$\", RegexOptions.IgnoreCase);");
        w.Line($"private static readonly HashSet<string> KnownCurrencies = new(StringComparer.OrdinalIgnoreCase) {{ \"USD\", \"EUR\", \"GBP\", \"JPY\", \"CHF\" }};").Line();
        w.Method("Every problem with the entity; valid when there is none.", $"public ValidationResult Validate({n} {v})", body =>
        {
            body.Lines($$"""
                ArgumentNullException.ThrowIfNull({{v}});
                var result = new ValidationResult();
                if (!IsValidReference({{v}}.Reference)) result.Add($"'{{{v}}.Reference}' is not a valid reference.");
                if (string.IsNullOrWhiteSpace({{v}}.CustomerName)) result.Add("A customer name is required.");
                if ({{v}}.DestinationCountry.Length != 2 || !{{v}}.DestinationCountry.All(char.IsLetter)) result.Add("The destination must be an ISO country code.");
                if (!KnownCurrencies.Contains({{v}}.Currency)) result.Add($"Unknown currency {{{v}}.Currency}.");
                if ({{v}}.Amount < 0m) result.Add("The amount cannot be negative.");
                else if ({{v}}.Amount > {{e.Threshold * 100}}m) result.Add("The amount exceeds the single-transaction limit.");
                if (!string.IsNullOrEmpty({{v}}.ContactEmail) && !EmailPattern.IsMatch({{v}}.ContactEmail)) result.Add("The contact e-mail is not valid.");
                foreach (var problem in CheckLines({{v}}.Lines))
                {
                    result.Add(problem);
                }
                """);
            foreach (var extra in e.Extras) body.Line(extra.CheckFor(v));
            body.Line("return result;");
        });
        w.Method("Whether a reference has the form AAA-YYYYMM-NNNNNN.", "public static bool IsValidReference(string reference)", $$"""
            if (reference is null || reference.Length != 17) return false;
            for (var i = 0; i < reference.Length; i++)
            {
                var c = reference[i];
                var ok = i switch
                {
                    < 3 => c is >= 'A' and <= 'Z',
                    3 or 10 => c == '-',
                    _ => char.IsDigit(c),
                };
                if (!ok) return false;
            }
            return reference.StartsWith("{{e.ReferencePrefix}}", StringComparison.Ordinal);
            """);
        w.Method("The problems with the lines, one message each.", $"public static IEnumerable<string> CheckLines(IReadOnlyList<{n}Line> lines)", """
            if (lines.Count == 0)
            {
                yield return "At least one line is required.";
                yield break;
            }
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                if (string.IsNullOrWhiteSpace(line.Sku)) yield return $"Line {i + 1} has no SKU.";
                else if (!seen.Add(line.Sku)) yield return $"Line {i + 1} repeats SKU {line.Sku}.";
                if (line.Quantity <= 0) yield return $"Line {i + 1} has no quantity.";
                if (line.UnitPrice < 0m) yield return $"Line {i + 1} has a negative price.";
            }
            """);
        w.Method("Whether the entity may move to the given status, and why not.", $"public ValidationResult ValidateTransition({n} {v}, {s} next)", $$"""
            var result = new ValidationResult();
            if (!{{v}}.CanTransitionTo(next))
            {
                result.Add($"{{{v}}.Status} cannot become {next}.");
                return result;
            }
            var reason = next switch
            {
                {{s}}.Submitted when {{v}}.Lines.Count == 0 => "An empty {{n}} cannot be submitted.",
                {{s}}.Approved when {{v}}.Amount > {{e.Threshold}}m && !{{v}}.IsPriority => "Large amounts need a priority review.",
                {{s}}.Shipped when string.IsNullOrEmpty({{v}}.DocumentPath) => "Shipping needs the documents.",
                _ => null,
            };
            if (reason is not null) result.Add(reason);
            return result;
            """);
        if (random.Next(2) == 0)
        {
            w.Method("Validates many entities and groups the problems by reference.", $"public IReadOnlyDictionary<string, IReadOnlyList<string>> ValidateAll(IEnumerable<{n}> items)", $$"""
                var problems = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
                foreach (var item in items)
                {
                    var result = Validate(item);
                    if (!result.IsValid)
                    {
                        problems[item.Reference] = result.Errors.ToList();
                    }
                }
                return problems;
                """);
        }
        w.Close();
        return GeneratedFile.From(w);
    }
}
