using System;
using System.Linq;

namespace PolicyKit.Analyzers.Benchmarks.Generation;

/// <summary>
/// Generates a deterministic business code base (<c>Acme.*</c>): per entity a domain file, a repository,
/// a validator, a mapper and a service; <see cref="ExportMethodShare"/> of all methods call an export
/// function, about <see cref="CheckedShare"/> of those behind a policy check. The same seed gives the
/// same code for both <see cref="GuardApi"/> variants, apart from the namespace of the policy API.
/// </summary>
internal sealed class CodeBaseGenerator
{
    public const int DefaultSeed = 20250101;
    public const double ExportMethodShare = 0.05;
    public const double CheckedShare = 0.9;

    /// <summary>Files per entity: domain, repository, validator, mapper, service.</summary>
    private const int FilesPerEntity = 5;

    private readonly int _seed;

    public CodeBaseGenerator(int seed = DefaultSeed) => _seed = seed;

    /// <summary>Generates about <paramref name="files"/> files (whole entities, plus the shared files) calling the policy API of <paramref name="api"/>.</summary>
    public GeneratedCodeBase Generate(int files, GuardApi api)
    {
        var random = new Random(_seed);
        var quota = new ExportQuota(ExportMethodShare);
        var exports = new ExportMethodWriter(random, api, CheckedShare);
        var output = SharedFiles.Write(api).ToList();
        // Sized on the PolicyKit variant, so that both variants have the same entities.
        var entities = Math.Max(1, (files - SharedFiles.Write(GuardApi.PolicyKit).Count() + FilesPerEntity - 1) / FilesPerEntity);
        foreach (var entity in EntityModel.Enumerate(entities, random))
        {
            GeneratedFile[] others =
            [
                DomainFile.Write(entity, random),
                RepositoryFile.Write(entity, random),
                ValidatorFile.Write(entity, random),
                MapperFile.Write(entity, random),
            ];
            output.AddRange(others);
            output.Add(ServiceFile.Write(entity, random, api, others.Sum(f => f.WrittenMethods), quota, exports));
        }
        return new GeneratedCodeBase(api, output, exports.CallSites, exports.Expected);
    }
}
