using System;
using System.Collections.Generic;
using System.Linq;

namespace PolicyKit.Analyzers.Benchmarks.Generation;

/// <summary>
/// Writes <c>Acme/{Module}/Services/{Entity}Service.cs</c>: the use cases of an entity (async, try/catch,
/// switch, loops, LINQ) and, interleaved with them, the export methods the quota assigns to it.
/// </summary>
internal static class ServiceFile
{
    /// <summary>Writes one ordinary use case; the table below lists them all.</summary>
    private delegate void UseCase(CodeWriter w, EntityModel e);

    public static GeneratedFile Write(EntityModel e, Random random, GuardApi api, int methodsInOtherFiles, ExportQuota quota, ExportMethodWriter exports)
    {
        var n = e.Name;
        var w = new CodeWriter(e.FilePath("Services", n + "Service"));
        w.Lines($$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading;
            using System.Threading.Tasks;
            using Acme.Cloud;
            using Acme.Common;
            using Acme.Compliance;
            using Acme.Portal;
            using Acme.Shipping;
            using Acme.Support;
            using {{e.Namespace("Data")}};
            using {{e.Namespace("Domain")}};
            using {{e.Namespace("Mapping")}};
            using {{e.Namespace("Validation")}};
            using {{api.Namespace}};

            namespace {{e.Namespace("Services")}};

            """);
        w.Line($"/// <summary>The use cases of {n}.</summary>").Open($"public sealed class {n}Service");
        w.Lines($$"""
            private readonly I{{n}}Repository _repository;
            private readonly {{n}}Validator _validator;
            private readonly ExportPolicy _policy;
            private readonly FileShare _fileShare;
            private readonly IAuditLog _audit;

            """);
        w.Method("Creates the service with its collaborators.", $"public {n}Service(I{n}Repository repository, {n}Validator validator, ExportPolicy policy, FileShare fileShare, IAuditLog audit)", """
            _repository = repository ?? throw new ArgumentNullException(nameof(repository));
            _validator = validator ?? throw new ArgumentNullException(nameof(validator));
            _policy = policy ?? throw new ArgumentNullException(nameof(policy));
            _fileShare = fileShare ?? throw new ArgumentNullException(nameof(fileShare));
            _audit = audit ?? throw new ArgumentNullException(nameof(audit));
            """);

        // Core use cases always, the others by chance, so that services differ in size and content.
        var useCases = UseCases.Where((_, i) => i < 3 || random.Next(100) < 60).ToList();
        var exportCount = quota.Take(methodsInOtherFiles + 1 + useCases.Count);
        var slots = useCases.Select(u => (Action)(() => u(w, e))).ToList();
        for (var i = 0; i < exportCount; i++)
        {
            slots.Insert(random.Next(slots.Count + 1), () => exports.Write(w, e));
        }
        foreach (var slot in slots) slot();
        w.Close();
        return GeneratedFile.From(w);
    }

    private static readonly UseCase[] UseCases =
    [
        (w, e) => w.Method($"Validates and stores a new {e.Name}.", $"public async Task<{e.Name}Dto> CreateAsync({e.Name} {e.Variable}, CancellationToken cancellationToken = default)", $$"""
            var validation = _validator.Validate({{e.Variable}});
            if (!validation.IsValid)
            {
                throw new ValidationException(validation);
            }
            try
            {
                await _repository.SaveAsync({{e.Variable}}, cancellationToken).ConfigureAwait(false);
                _audit.Write("{{e.Name}}", {{e.Variable}}.Id, "created");
            }
            catch (InvalidOperationException ex)
            {
                _audit.Write("{{e.Name}}", {{e.Variable}}.Id, "create failed: " + ex.Message);
                throw;
            }
            return {{e.Variable}}.ToDto();
            """),
        (w, e) => w.Method($"Approves a submitted {e.Name}.", $"public async Task<bool> ApproveAsync(Guid id, CancellationToken cancellationToken = default)", $$"""
            var entity = await _repository.FindAsync(id, cancellationToken).ConfigureAwait(false);
            if (entity is null) return false;
            switch (entity.Status)
            {
                case {{e.Name}}Status.Approved:
                    return true;
                case {{e.Name}}Status.Submitted:
                    var check = _validator.ValidateTransition(entity, {{e.Name}}Status.Approved);
                    if (!check.IsValid)
                    {
                        _audit.Write("{{e.Name}}", id, check.ToString());
                        return false;
                    }
                    entity.TransitionTo({{e.Name}}Status.Approved);
                    await _repository.SaveAsync(entity, cancellationToken).ConfigureAwait(false);
                    return true;
                default:
                    _audit.Write("{{e.Name}}", id, $"cannot approve in status {entity.Status}");
                    return false;
            }
            """),
        (w, e) => w.Method($"A summary line per destination country of the {e.Name} entities in a status.", $"public async Task<IReadOnlyList<string>> SummarizeAsync({e.Name}Status status, CancellationToken cancellationToken = default)", """
            var items = await _repository.ListByStatusAsync(status, cancellationToken).ConfigureAwait(false);
            return items
                .GroupBy(x => x.DestinationCountry)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Key}: {g.Count()} item(s), {g.Sum(x => x.Total()):0.00} total, largest {g.Max(x => x.Amount):0.00}")
                .ToList();
            """),
        (w, e) => w.Method("Applies volume discounts to the lines and returns the new total.", $"public decimal ApplyVolumeDiscounts({e.Name} {e.Variable})", $$"""
            ArgumentNullException.ThrowIfNull({{e.Variable}});
            for (var i = 0; i < {{e.Variable}}.Lines.Count; i++)
            {
                var line = {{e.Variable}}.Lines[i];
                decimal factor;
                if (line.Quantity >= 1000) factor = 0.85m;
                else if (line.Quantity >= 100) factor = 0.9m;
                else if (line.Quantity >= 10) factor = 0.95m;
                else factor = 1m;
                line.UnitPrice = Math.Round(line.UnitPrice * factor, 2, MidpointRounding.ToEven);
            }
            {{e.Variable}}.Amount = {{e.Variable}}.Total();
            return {{e.Variable}}.Amount;
            """),
        (w, e) => w.Method($"Cancels the drafts older than the given age; returns how many failed.", "public async Task<int> CancelStaleDraftsAsync(TimeSpan age, CancellationToken cancellationToken = default)", $$"""
            var cutoff = DateTime.UtcNow - age;
            var drafts = await _repository.ListByStatusAsync({{e.Name}}Status.Draft, cancellationToken).ConfigureAwait(false);
            var failures = 0;
            foreach (var draft in drafts.Where(d => d.CreatedAt < cutoff))
            {
                try
                {
                    draft.TransitionTo({{e.Name}}Status.Cancelled);
                    await _repository.SaveAsync(draft, cancellationToken).ConfigureAwait(false);
                }
                catch (InvalidOperationException ex) when (!cancellationToken.IsCancellationRequested)
                {
                    failures++;
                    _audit.Write("{{e.Name}}", draft.Id, ex.Message);
                }
            }
            return failures;
            """),
        (w, e) => w.Method($"Imports DTOs, skipping invalid ones; returns the problems found.", $"public async Task<IReadOnlyList<string>> ImportAsync(IEnumerable<{e.Name}Dto> items, CancellationToken cancellationToken = default)", """
            var problems = new List<string>();
            foreach (var dto in items)
            {
                var entity = dto.ToEntity();
                var validation = _validator.Validate(entity);
                if (!validation.IsValid)
                {
                    problems.Add($"{dto.Reference}: {validation}");
                    continue;
                }
                await _repository.SaveAsync(entity, cancellationToken).ConfigureAwait(false);
            }
            return problems;
            """),
        (w, e) => w.Method($"Loads many {e.Name} entities at once, skipping unknown ids.", $"public async Task<IReadOnlyList<{e.Name}>> LoadManyAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken = default)", $$"""
            var tasks = ids.Distinct().Select(id => _repository.FindAsync(id, cancellationToken));
            var found = await Task.WhenAll(tasks).ConfigureAwait(false);
            var result = new List<{{e.Name}}>(found.Length);
            foreach (var item in found)
            {
                if (item is not null) result.Add(item);
            }
            return result;
            """),
        (w, e) => w.ExpressionMethod("Builds the next reference in the AAA-YYYYMM-NNNNNN scheme.", "public static string BuildReference(DateTime month, int sequence)",
            $"$\"{e.ReferencePrefix}-{{month:yyyyMM}}-{{sequence:D6}}\""),
        (w, e) => w.Method("Reads the sequence number out of a reference.", "public static bool TryParseSequence(string reference, out int sequence)", $$"""
            sequence = 0;
            if (!{{e.Name}}Validator.IsValidReference(reference)) return false;
            var dash = reference.LastIndexOf('-');
            return dash > 0 && int.TryParse(reference.AsSpan(dash + 1), out sequence);
            """),
        (w, e) => w.Method($"Cancels a {e.Name} with a reason, unless it has shipped.", $"public async Task<string> CancelAsync(Guid id, string reason, CancellationToken cancellationToken = default)", $$"""
            if (string.IsNullOrWhiteSpace(reason)) throw new ArgumentException("A reason is required.", nameof(reason));
            var entity = await _repository.FindAsync(id, cancellationToken).ConfigureAwait(false);
            var outcome = entity?.Status switch
            {
                null => "not found",
                {{e.Name}}Status.Shipped => "already shipped",
                {{e.Name}}Status.Cancelled => "already cancelled",
                _ => "cancelled",
            };
            if (entity is not null && outcome == "cancelled")
            {
                entity.TransitionTo({{e.Name}}Status.Cancelled);
                entity.Notes = (entity.Notes is null ? "" : entity.Notes + Environment.NewLine) + reason.Trim();
                await _repository.SaveAsync(entity, cancellationToken).ConfigureAwait(false);
            }
            _audit.Write("{{e.Name}}", id, outcome);
            return outcome;
            """),
    ];
}
