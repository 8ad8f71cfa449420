using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;

namespace PolicyKit.Analyzers.Benchmarks;

/// <summary>Paths fixed at build time (see the AssemblyMetadata items in the project file) and a description of the machine.</summary>
internal static class BenchEnvironment
{
    /// <summary>The folder of BannedApiAnalyzers' C# analyzer assemblies in the NuGet package cache.</summary>
    public static string BannedApiAnalyzersDirectory => ExistingDirectory("BannedApiAnalyzersDirectory");

    /// <summary>The net10.0 reference assemblies of the SDK's targeting pack.</summary>
    public static string FrameworkReferenceDirectory => ExistingDirectory("FrameworkReferenceDirectory");

    /// <summary>The bench project's folder, where results.md is written.</summary>
    public static string ProjectDirectory => ExistingDirectory("ProjectDirectory");

    /// <summary>Processor count, OS, runtime and compiler version, for the results header.</summary>
    public static string Describe()
    {
        var roslyn = typeof(Compilation).Assembly;
        var roslynVersion = FileVersionInfo.GetVersionInfo(roslyn.Location).ProductVersion ?? roslyn.GetName().Version?.ToString();
        return $"{Environment.ProcessorCount} logical processors, {RuntimeInformation.OSDescription} ({RuntimeInformation.OSArchitecture}), "
            + $"{RuntimeInformation.FrameworkDescription} ({RuntimeInformation.ProcessArchitecture}), Roslyn {roslynVersion}, "
            + $"GC {(GCSettings.IsServerGC ? "server" : "workstation")}";
    }

    private static string ExistingDirectory(string key)
    {
        var value = typeof(BenchEnvironment).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == key)?.Value;
        if (string.IsNullOrEmpty(value) || !Directory.Exists(value))
        {
            throw new InvalidOperationException($"{key} '{value}' does not exist; rebuild the harness with `dotnet run -c Release --project bench/PolicyKit.Analyzers.Benchmarks`.");
        }
        return Path.GetFullPath(value);
    }
}
