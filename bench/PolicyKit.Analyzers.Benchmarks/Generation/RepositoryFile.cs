using System;

namespace PolicyKit.Analyzers.Benchmarks.Generation;

/// <summary>Writes <c>Acme/{Module}/Data/{Entity}Repository.cs</c>: the repository interface and an in-memory implementation full of LINQ.</summary>
internal static class RepositoryFile
{
    public static GeneratedFile Write(EntityModel e, Random random)
    {
        var (n, s) = (e.Name, e.Name + "Status");
        var w = new CodeWriter(e.FilePath("Data", n + "Repository"));
        w.Lines($$"""
            using System;
            using System.Collections.Concurrent;
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading;
            using System.Threading.Tasks;
            using {{e.Namespace("Domain")}};

            namespace {{e.Namespace("Data")}};

            /// <summary>Stores {{n}} entities.</summary>
            public interface I{{n}}Repository
            {
                Task<{{n}}?> FindAsync(Guid id, CancellationToken cancellationToken = default);
                Task<IReadOnlyList<{{n}}>> ListByStatusAsync({{s}} status, CancellationToken cancellationToken = default);
                Task SaveAsync({{n}} entity, CancellationToken cancellationToken = default);
                Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default);
                Task<IReadOnlyDictionary<string, decimal>> TotalsByCountryAsync(CancellationToken cancellationToken = default);
                Task<IReadOnlyList<{{n}}>> SearchAsync(string text, int page, int pageSize, CancellationToken cancellationToken = default);
            }

            """);
        w.Line($"/// <summary>An in-memory {n} store for tests and demos.</summary>").Open($"public sealed class InMemory{n}Repository : I{n}Repository");
        w.Line($"private readonly ConcurrentDictionary<Guid, {n}> _items = new();").Line();
        w.Method("Finds an entity by id.", $"public Task<{n}?> FindAsync(Guid id, CancellationToken cancellationToken = default)", """
            cancellationToken.ThrowIfCancellationRequested();
            return Task.FromResult(_items.TryGetValue(id, out var entity) ? entity : null);
            """);
        w.Method("Lists the entities in a status, newest first.", $"public Task<IReadOnlyList<{n}>> ListByStatusAsync({s} status, CancellationToken cancellationToken = default)", $$"""
            cancellationToken.ThrowIfCancellationRequested();
            IReadOnlyList<{{n}}> result = _items.Values
                .Where(e => e.Status == status)
                .OrderByDescending(e => e.CreatedAt)
                .ThenBy(e => e.Reference, StringComparer.Ordinal)
                .ToList();
            return Task.FromResult(result);
            """);
        w.Method("Adds or replaces an entity.", $"public Task SaveAsync({n} entity, CancellationToken cancellationToken = default)", """
            ArgumentNullException.ThrowIfNull(entity);
            cancellationToken.ThrowIfCancellationRequested();
            if (string.IsNullOrWhiteSpace(entity.Reference))
            {
                throw new InvalidOperationException("An entity needs a reference before it is saved.");
            }
            entity.UpdatedAt = DateTime.UtcNow;
            _items.AddOrUpdate(entity.Id, entity, (_, _) => entity);
            return Task.CompletedTask;
            """);
        w.Method("Removes an entity; false when it was not there.", "public Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default)", """
            cancellationToken.ThrowIfCancellationRequested();
            return Task.FromResult(_items.TryRemove(id, out _));
            """);
        w.Method("The total amount per destination country.", "public Task<IReadOnlyDictionary<string, decimal>> TotalsByCountryAsync(CancellationToken cancellationToken = default)", $$"""
            cancellationToken.ThrowIfCancellationRequested();
            IReadOnlyDictionary<string, decimal> totals = _items.Values
                .Where(e => e.Status != {{s}}.Cancelled)
                .GroupBy(e => e.DestinationCountry, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.Sum(e => e.Amount), StringComparer.OrdinalIgnoreCase);
            return Task.FromResult(totals);
            """);
        w.Method("Finds entities whose reference, customer or notes contain the text, one page at a time.", $"public Task<IReadOnlyList<{n}>> SearchAsync(string text, int page, int pageSize, CancellationToken cancellationToken = default)", $$"""
            if (page < 1) throw new ArgumentOutOfRangeException(nameof(page));
            if (pageSize is < 1 or > 500) throw new ArgumentOutOfRangeException(nameof(pageSize));
            var query = from e in _items.Values
                        where e.Reference.Contains(text, StringComparison.OrdinalIgnoreCase)
                            || e.CustomerName.Contains(text, StringComparison.OrdinalIgnoreCase)
                            || (e.Notes != null && e.Notes.Contains(text, StringComparison.OrdinalIgnoreCase))
                        orderby e.CreatedAt descending
                        select e;
            IReadOnlyList<{{n}}> result = query.Skip((page - 1) * pageSize).Take(pageSize).ToList();
            return Task.FromResult(result);
            """);
        if (random.Next(2) == 0)
        {
            w.Method("The customers with the largest open amounts.", "public IReadOnlyList<(string Customer, decimal Open)> TopCustomers(int count)", $$"""
                return _items.Values
                    .Where(e => e.Status is {{s}}.Submitted or {{s}}.Approved)
                    .GroupBy(e => e.CustomerName)
                    .Select(g => (Customer: g.Key, Open: g.Sum(e => e.Amount)))
                    .OrderByDescending(t => t.Open)
                    .Take(count)
                    .ToList();
                """);
        }
        if (random.Next(2) == 0)
        {
            w.Method("Counts the entities per status, including statuses with none.", $"public IReadOnlyDictionary<{s}, int> CountByStatus()", $$"""
                var counts = Enum.GetValues<{{s}}>().ToDictionary(status => status, _ => 0);
                foreach (var entity in _items.Values)
                {
                    counts[entity.Status]++;
                }
                return counts;
                """);
        }
        w.Close();
        return GeneratedFile.From(w);
    }
}
