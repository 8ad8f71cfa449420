using System.Collections.Generic;
using System.Linq;

namespace PolicyKit.Analyzers.Benchmarks.Generation;

/// <summary>
/// The files every entity uses: common types, the export request factory, the application's own
/// [ExportCheck] guard, the export functions, and (look-alike variant only) the in-house policy API.
/// </summary>
internal static class SharedFiles
{
    public static IEnumerable<GeneratedFile> Write(GuardApi api)
    {
        yield return Common();
        yield return Compliance(api);
        foreach (var function in ExportFunction.All) yield return function.Declaration(api);
        if (!api.ReferencesPolicyKit) yield return LookAlikeApi(api);
    }

    private static GeneratedFile Common() => Template("Acme/Common/Common.cs", """
        using System;
        using System.Collections.Concurrent;
        using System.Collections.Generic;

        namespace Acme.Common;

        /// <summary>The problems found while validating an entity.</summary>
        public sealed class ValidationResult
        {
            private readonly List<string> _errors = new();

            public IReadOnlyList<string> Errors => _errors;

            public bool IsValid => _errors.Count == 0;

            /// <summary>Adds a problem.</summary>
            public void Add(string error) => _errors.Add(error);

            /// <summary>All problems, separated by semicolons.</summary>
            public override string ToString() => IsValid ? "valid" : string.Join("; ", _errors);
        }

        /// <summary>Thrown when an invalid entity is about to be stored.</summary>
        public sealed class ValidationException : Exception
        {
            public ValidationException(ValidationResult result) : base(result.ToString()) => Result = result;

            public ValidationResult Result { get; }
        }

        /// <summary>Where business events are recorded.</summary>
        public interface IAuditLog
        {
            void Write(string entity, Guid id, string message);
        }

        /// <summary>An audit log in memory, for tests.</summary>
        public sealed class MemoryAuditLog : IAuditLog
        {
            private readonly ConcurrentQueue<string> _entries = new();

            public IReadOnlyCollection<string> Entries => _entries;

            /// <summary>Records one event.</summary>
            public void Write(string entity, Guid id, string message) => _entries.Enqueue($"{DateTime.UtcNow:O} {entity} {id:N}: {message}");
        }
        """);

    private static GeneratedFile Compliance(GuardApi api) => Template("Acme/Compliance/Compliance.cs", $$"""
        using System;
        using {{api.Namespace}};

        namespace Acme.Compliance;

        /// <summary>Describes business transactions as export requests.</summary>
        public static class ExportRequests
        {
            /// <summary>The request for sending something with a reference to a customer in a country.</summary>
            public static ExportRequest For(string reference, string country, bool controlled, DateTime when)
            {
                var item = controlled
                    ? new Item(ItemKind.Technology, Classification.Parse("5E002"), description: reference)
                    : Item.Ear99(ItemKind.Commodity, reference);
                var parties = new[] { Party.EndUser("Customer of " + reference, country) };
                return new ExportRequest(CalendarDate.FromDateTime(when), item, parties, reference: reference);
            }
        }

        /// <summary>The company's own guard on top of the policy.</summary>
        public static class ComplianceGate
        {
            /// <summary>True only when the policy permits the request.</summary>
            [ExportCheck]
            public static bool IsCleared(ExportPolicy policy, ExportRequest request) => policy.Evaluate(request).IsPermitted;
        }
        """);

    /// <summary>
    /// Just enough of the PolicyKit API, with the same names and signatures, for the look-alike variant:
    /// the code compiles the same way but no symbol is PolicyKit's.
    /// </summary>
    private static GeneratedFile LookAlikeApi(GuardApi api) => Template("Acme/Compliance/InHouseApi.cs", $$"""
        using System;
        using System.Collections.Generic;
        using System.Diagnostics.CodeAnalysis;
        using System.Linq;

        namespace {{api.Namespace}};

        [AttributeUsage(AttributeTargets.Method)]
        public sealed class ExportFunctionAttribute : Attribute { }

        [AttributeUsage(AttributeTargets.Method)]
        public sealed class ExportCheckAttribute : Attribute { }

        public enum Outcome { NeedsReview, Permitted, LicenceRequired, Prohibited }

        public enum ItemKind { Commodity, Software, Technology }

        public readonly struct CalendarDate
        {
            private readonly DateTime _date;
            private CalendarDate(DateTime date) => _date = date.Date;
            public static CalendarDate FromDateTime(DateTime value) => new(value);
            public override string ToString() => _date.ToString("yyyy-MM-dd");
        }

        public readonly struct Classification
        {
            private Classification(string code) => Code = code;
            public string Code { get; }
            public static Classification Parse(string text) => new(text.Trim().ToUpperInvariant());
        }

        public sealed class Item
        {
            public Item(ItemKind kind, Classification classification, string? description = null) => (Kind, Classification, Description) = (kind, classification, description);
            public ItemKind Kind { get; }
            public Classification Classification { get; }
            public string? Description { get; }
            public static Item Ear99(ItemKind kind, string? description = null) => new(kind, Classification.Parse("EAR99"), description);
        }

        public sealed class Party
        {
            private Party(string name, string? country) => (Name, Country) = (name, country);
            public string Name { get; }
            public string? Country { get; }
            public static Party EndUser(string name, string? country = null) => new(name, country);
        }

        public sealed class ExportRequest
        {
            public ExportRequest(CalendarDate date, Item item, IEnumerable<Party> parties, string? reference = null)
            {
                Date = date;
                Item = item;
                Parties = parties.ToList();
                Reference = reference;
            }
            public CalendarDate Date { get; }
            public Item Item { get; }
            public IReadOnlyList<Party> Parties { get; }
            public string? Reference { get; }
        }

        public readonly struct Decision
        {
            public Decision(Outcome outcome) => Outcome = outcome;
            public Outcome Outcome { get; }
            public bool IsPermitted => Outcome == Outcome.Permitted;
            public string Summary => Outcome.ToString();
        }

        public sealed class Clearance
        {
            public Clearance(Decision decision) => Decision = decision;
            public Decision Decision { get; }
        }

        public sealed class ExportDeniedException : Exception
        {
            public ExportDeniedException(Decision decision) : base("Export not permitted: " + decision.Summary) => Decision = decision;
            public Decision Decision { get; }
        }

        public sealed class ExportPolicy
        {
            private readonly Func<ExportRequest, Outcome> _decide;
            public ExportPolicy(Func<ExportRequest, Outcome> decide) => _decide = decide;
            public Decision Evaluate(ExportRequest request) => new(_decide(request));
            public Clearance EnsurePermitted(ExportRequest request)
            {
                var decision = Evaluate(request);
                return decision.IsPermitted ? new Clearance(decision) : throw new ExportDeniedException(decision);
            }
            public bool TryClear(ExportRequest request, [NotNullWhen(true)] out Clearance? clearance)
            {
                var decision = Evaluate(request);
                clearance = decision.IsPermitted ? new Clearance(decision) : null;
                return clearance is not null;
            }
        }
        """);

    private static GeneratedFile Template(string path, string text) => GeneratedFile.From(new CodeWriter(path).Lines(text));
}
