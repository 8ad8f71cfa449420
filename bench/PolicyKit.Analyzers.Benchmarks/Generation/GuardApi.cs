namespace PolicyKit.Analyzers.Benchmarks.Generation;

/// <summary>
/// The policy API the generated code calls. <see cref="PolicyKit"/> is the library itself;
/// <see cref="LookAlike"/> is the same API declared by the code base in its own namespace, so that the
/// second variant has the same shape but no PolicyKit reference (the analyzers must bail out on it).
/// </summary>
internal sealed class GuardApi
{
    public static readonly GuardApi PolicyKit = new("PolicyKit", referencesPolicyKit: true);
    public static readonly GuardApi LookAlike = new("Acme.Compliance.InHouse", referencesPolicyKit: false);

    private GuardApi(string @namespace, bool referencesPolicyKit)
    {
        Namespace = @namespace;
        ReferencesPolicyKit = referencesPolicyKit;
    }

    /// <summary>The namespace of ExportPolicy, ExportRequest, Decision, [ExportFunction]…</summary>
    public string Namespace { get; }

    /// <summary>True when the compilation must reference PolicyKit.dll; false when the code base declares the API itself.</summary>
    public bool ReferencesPolicyKit { get; }
}
