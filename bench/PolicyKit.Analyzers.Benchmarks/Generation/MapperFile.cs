using System;
using System.Linq;

namespace PolicyKit.Analyzers.Benchmarks.Generation;

/// <summary>Writes <c>Acme/{Module}/Mapping/{Entity}Mapper.cs</c>: extension methods between entity, DTO and CSV.</summary>
internal static class MapperFile
{
    public static GeneratedFile Write(EntityModel e, Random random)
    {
        var (n, v) = (e.Name, e.Variable);
        var extraArguments = string.Concat(e.Extras.Select(x => $", {v}.{x.Name}"));
        var w = new CodeWriter(e.FilePath("Mapping", n + "Mapper"));
        w.Lines($$"""
            using System;
            using System.Collections.Generic;
            using System.Globalization;
            using System.Linq;
            using {{e.Namespace("Domain")}};

            namespace {{e.Namespace("Mapping")}};

            """);
        w.Line($"/// <summary>Conversions of {n} to and from its transfer shapes.</summary>").Open($"public static class {n}Mapper");
        w.ExpressionMethod("The DTO of an entity.", $"public static {n}Dto ToDto(this {n} {v})",
            $"new({v}.Id, {v}.Reference, {v}.CustomerName, {v}.DestinationCountry, {v}.Total(), {v}.Currency, {v}.Status, {v}.Lines.Count{extraArguments})");
        w.Method("A new entity from a DTO (without lines).", $"public static {n} ToEntity(this {n}Dto dto)", body =>
        {
            body.Line("ArgumentNullException.ThrowIfNull(dto);");
            body.Line($"var {v} = new {n}").Line("{").Indent();
            foreach (var p in new[] { "Id", "Reference", "CustomerName", "DestinationCountry", "Amount", "Currency", "Status" }.Concat(e.Extras.Select(x => x.Name)))
            {
                body.Line($"{p} = dto.{p},");
            }
            body.Outdent();
            body.Line("};").Line($"return {v};");
        });
        w.Method("One CSV line, invariant culture, quotes doubled.", $"public static string ToCsvLine(this {n} {v})", $$"""
            static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            var fields = new[]
            {
                {{v}}.Id.ToString("D"),
                Quote({{v}}.Reference),
                Quote({{v}}.CustomerName),
                {{v}}.DestinationCountry,
                {{v}}.Total().ToString("0.00", CultureInfo.InvariantCulture),
                {{v}}.Currency,
                {{v}}.Status.ToString(),
                {{v}}.CreatedAt.ToString("O", CultureInfo.InvariantCulture),
            };
            return string.Join(",", fields);
            """);
        w.ExpressionMethod("The DTOs of many entities, in reference order.", $"public static IReadOnlyList<{n}Dto> ToDtos(this IEnumerable<{n}> items)",
            "items.OrderBy(x => x.Reference, StringComparer.Ordinal).Select(x => x.ToDto()).ToList()");
        if (random.Next(2) == 0)
        {
            w.Method("A CSV document with a header line.", $"public static string ToCsv(this IEnumerable<{n}> items)", """
                var lines = new List<string> { "id,reference,customer,country,total,currency,status,created" };
                lines.AddRange(items.Select(x => x.ToCsvLine()));
                return string.Join(Environment.NewLine, lines);
                """);
        }
        w.Close();
        return GeneratedFile.From(w);
    }
}
