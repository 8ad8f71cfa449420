using System;
using System.Linq;

namespace PolicyKit.Analyzers.Benchmarks.Generation;

/// <summary>Writes <c>Acme/{Module}/Domain/{Entity}.cs</c>: the status enum, the line type, the entity with its behaviour, and the DTO record.</summary>
internal static class DomainFile
{
    public static GeneratedFile Write(EntityModel e, Random random)
    {
        var s = e.Name + "Status";
        var w = new CodeWriter(e.FilePath("Domain", e.Name));
        w.Lines("""
            using System;
            using System.Collections.Generic;
            using System.Globalization;
            using System.Linq;
            using System.Text;

            """);
        w.Line($"namespace {e.Namespace("Domain")};").Line();

        w.Line($"/// <summary>Where a {e.Name} is in its lifecycle.</summary>").Open($"public enum {s}");
        foreach (var status in e.Statuses) w.Line(status + ",");
        w.Close().Line();

        w.Line($"/// <summary>One line of a {e.Name}.</summary>").Open($"public sealed class {e.Name}Line");
        w.Lines("""
            public string Sku { get; set; } = "";
            public int Quantity { get; set; }
            public decimal UnitPrice { get; set; }
            public decimal Total => Quantity * UnitPrice;
            """);
        w.Close().Line();

        w.Line($"/// <summary>A {e.Name} of the {e.Module} module.</summary>").Open($"public sealed class {e.Name}");
        w.Lines($$"""
            public Guid Id { get; set; } = Guid.NewGuid();
            public string Reference { get; set; } = "";
            public string CustomerName { get; set; } = "";
            public string DestinationCountry { get; set; } = "US";
            public decimal Amount { get; set; }
            public string Currency { get; set; } = "USD";
            public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
            public DateTime? UpdatedAt { get; set; }
            public {{s}} Status { get; set; }
            public bool IsPriority { get; set; }
            public string DocumentPath { get; set; } = "";
            public string ContactEmail { get; set; } = "";
            public string Region { get; set; } = "eu-west";
            public string? Notes { get; set; }
            """);
        foreach (var extra in e.Extras) w.Line($"public {extra.Type} {extra.Name} {{ get; set; }}{extra.Initializer}{(extra.Initializer.Length > 0 ? ";" : "")}");
        w.Line($"public List<{e.Name}Line> Lines {{ get; }} = new();").Line();

        w.ExpressionMethod("The sum of the line totals.", "public decimal Total()", "Lines.Sum(l => l.Total)");
        w.Method("Whether the lifecycle allows moving to the given status.", $"public bool CanTransitionTo({s} next)", $$"""
            return (Status, next) switch
            {
                ({{s}}.Draft, {{s}}.Submitted) => true,
                ({{s}}.Submitted, {{s}}.Approved or {{s}}.Rejected) => true,
                ({{s}}.Approved, {{s}}.Shipped) => true,
                (_, {{s}}.Cancelled) => Status != {{s}}.Shipped,
                _ => false,
            };
            """);
        w.Method("Moves to the given status, or throws when the lifecycle does not allow it.", $"public void TransitionTo({s} next)", """
            if (!CanTransitionTo(next))
            {
                throw new InvalidOperationException($"Cannot move {Reference} from {Status} to {next}.");
            }
            Status = next;
            UpdatedAt = DateTime.UtcNow;
            """);
        w.Method("Adds a line and updates the amount.", $"public {e.Name}Line AddLine(string sku, int quantity, decimal unitPrice)", $$"""
            if (string.IsNullOrWhiteSpace(sku)) throw new ArgumentException("A line needs a SKU.", nameof(sku));
            if (quantity <= 0) throw new ArgumentOutOfRangeException(nameof(quantity), quantity, "The quantity must be positive.");
            var existing = Lines.FirstOrDefault(l => string.Equals(l.Sku, sku, StringComparison.OrdinalIgnoreCase));
            if (existing is not null)
            {
                existing.Quantity += quantity;
                Amount = Total();
                return existing;
            }
            var line = new {{e.Name}}Line { Sku = sku.Trim().ToUpperInvariant(), Quantity = quantity, UnitPrice = unitPrice };
            Lines.Add(line);
            Amount = Total();
            return line;
            """);
        if (random.Next(2) == 0)
        {
            w.Method("The lines worth at least the threshold, largest first.", $"public IReadOnlyList<{e.Name}Line> LargeLines(decimal threshold)", """
                return Lines
                    .Where(l => l.Total >= threshold)
                    .OrderByDescending(l => l.Total)
                    .ThenBy(l => l.Sku, StringComparer.Ordinal)
                    .ToList();
                """);
        }
        w.Method("A one-paragraph description for e-mails and logs.", "public string Describe()", $$"""
            var text = new StringBuilder();
            text.Append(CultureInfo.InvariantCulture, $"{{e.Name}} {Reference} for {CustomerName} ({DestinationCountry}), {Status}");
            if (IsPriority) text.Append(", priority");
            text.AppendLine(".");
            foreach (var line in Lines)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {line.Sku} x{line.Quantity} @ {line.UnitPrice:0.00} = {line.Total:0.00} {Currency}");
                text.AppendLine();
            }
            if (!string.IsNullOrEmpty(Notes)) text.AppendLine(Notes);
            return text.ToString();
            """);
        if (random.Next(2) == 0)
        {
            w.Method("Whether the entity has waited longer than allowed in its current status.", "public bool IsOverdue(DateTime now, TimeSpan allowed)", $$"""
                var since = UpdatedAt ?? CreatedAt;
                switch (Status)
                {
                    case {{s}}.Draft:
                    case {{s}}.Submitted:
                        return now - since > allowed;
                    case {{s}}.Approved:
                        return now - since > allowed + allowed;
                    default:
                        return false;
                }
                """);
        }
        w.Close().Line();

        var extras = string.Concat(e.Extras.Select(x => $", {x.Type} {x.Name}"));
        w.Line($"/// <summary>The transfer shape of a {e.Name}.</summary>");
        w.Line($"public sealed record {e.Name}Dto(Guid Id, string Reference, string CustomerName, string DestinationCountry, decimal Amount, string Currency, {s} Status, int LineCount{extras});");
        return GeneratedFile.From(w);
    }
}
