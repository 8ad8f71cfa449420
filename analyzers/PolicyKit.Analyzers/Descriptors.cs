using Microsoft.CodeAnalysis;

namespace PolicyKit.Analyzers;

/// <summary>The diagnostic ids PolicyKit reports.</summary>
public static class DiagnosticIds
{
    /// <summary>An export function is called without a permitted policy check on every path.</summary>
    public const string UncheckedExportCall = "PK0001";

    /// <summary>The result of a policy check is discarded.</summary>
    public const string DiscardedCheck = "PK0002";

    /// <summary>A rule predicate reads the ambient clock.</summary>
    public const string AmbientClockInRule = "PK0003";

    /// <summary>An export function is turned into a delegate.</summary>
    public const string ExportFunctionAsDelegate = "PK0004";

    /// <summary>A line of <c>PolicyKit.ExportFunctions.txt</c> is not a documentation comment id.</summary>
    public const string InvalidExportFunctionEntry = "PK0005";
}

/// <summary>The descriptors of every PolicyKit diagnostic; help links point at <c>docs/rules/&lt;id&gt;.md</c>.</summary>
internal static class Descriptors
{
    /// <summary>Where the rule pages live; a test checks that every link names an existing page.</summary>
    internal const string HelpLinkBase = "https://github.com/policykit/policykit/blob/main/docs/rules/";

    private const string ExportControl = "PolicyKit.ExportControl";
    private const string Configuration = "PolicyKit.Configuration";
    private const string RuleAuthoring = "PolicyKit.RuleAuthoring";

    internal static readonly DiagnosticDescriptor UncheckedExportCall = Create(
        DiagnosticIds.UncheckedExportCall,
        "Export function called without a permitted policy check on every path",
        "'{0}' exports, but not every path to this call has a permitted policy check{1}",
        ExportControl,
        "An export function may only run after EnsurePermitted returned, TryClear or an [ExportCheck] method returned true, or a Decision from Evaluate was tested as permitted, on every control-flow path that reaches the call. Mark the calling member [ExportFunction] to pass the obligation to its callers.");

    internal static readonly DiagnosticDescriptor DiscardedCheck = Create(
        DiagnosticIds.DiscardedCheck,
        "The result of a policy check is discarded",
        "The result of '{0}' is discarded, so the check guards nothing",
        ExportControl,
        "Evaluate, TryClear and bool [ExportCheck] methods report their answer in their result; ignoring it leaves the export unchecked. Test the result, or call EnsurePermitted, which throws when the export is not permitted.");

    internal static readonly DiagnosticDescriptor AmbientClockInRule = Create(
        DiagnosticIds.AmbientClockInRule,
        "Rule predicate reads the ambient clock",
        "This rule predicate reads the ambient clock through '{0}'; use the request's date (context.Date) so that as-of evaluation stays exact",
        RuleAuthoring,
        "A rule must decide as the law stood on the request's date. Reading the machine's clock makes the same request evaluate differently tomorrow and breaks evaluation of past dates.");

    internal static readonly DiagnosticDescriptor ExportFunctionAsDelegate = Create(
        DiagnosticIds.ExportFunctionAsDelegate,
        "Export function turned into a delegate",
        "Export function '{0}' is turned into a delegate; calls through the delegate escape the policy check",
        ExportControl,
        "The analyzer follows direct calls only. A delegate or method group can be invoked anywhere, with no check in sight. Wrap the call in a lambda that checks first, or pass a Clearance.");

    internal static readonly DiagnosticDescriptor InvalidExportFunctionEntry = Create(
        DiagnosticIds.InvalidExportFunctionEntry,
        "Invalid entry in PolicyKit.ExportFunctions.txt",
        "'{0}' is not a valid export function entry: {1}",
        Configuration,
        "Each line of PolicyKit.ExportFunctions.txt names one export function by documentation comment id (M: or P:), or a type whose public methods and properties all export (T:). Text after # is a comment.");

    private static DiagnosticDescriptor Create(string id, string title, string message, string category, string description) =>
        new(id, title, message, category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: description, helpLinkUri: HelpLinkBase + id + ".md");
}
