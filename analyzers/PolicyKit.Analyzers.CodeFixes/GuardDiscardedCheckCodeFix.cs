using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Operations;

namespace PolicyKit.Analyzers.CodeFixes;

/// <summary>
/// Fixes PK0002 (discarded check) by making the check guard what follows it. Title: <c>Turn into a guard</c>.
/// </summary>
/// <remarks>
/// <para><c>policy.Evaluate(r);</c> and <c>_ = policy.Evaluate(r);</c> become <c>policy.EnsurePermitted(r);</c>,
/// which throws when the export is not permitted.</para>
/// <para>A discarded bool check (<c>policy.TryClear(r, out var c);</c>, a bool <c>[ExportCheck]</c> method,
/// also awaited or after <c>_ =</c>) becomes <c>if (!call) return;</c> where a plain <c>return;</c> compiles:
/// the enclosing method, local function or lambda returns void or is async and returns Task or ValueTask,
/// or it is a constructor, setter, event accessor or top-level code without an exit code, and the
/// statement is not in a <c>finally</c> block. Otherwise it becomes
/// <c>if (!call) throw new InvalidOperationException("Export not permitted: call returned false.");</c>,
/// with <c>System.</c> kept unless <c>System</c> is imported. A check through <c>?.</c> (a bool?) is tested
/// with <c>!= true</c>, so a null receiver also stops. An <c>out var</c> in the call stays in scope after the
/// new <c>if</c>, as C# scopes it to the enclosing block.</para>
/// <para>Leading and trailing trivia of the statement are kept. The new <c>if</c> is wrapped in braces where
/// it would otherwise capture a following <c>else</c>.</para>
/// <para><c>Evaluate</c> as the expression body of a void lambda or method is renamed in place. A bool check
/// discarded that way, and a <c>Task&lt;bool&gt;</c> check that is not awaited, get no fix: there is no
/// statement to turn into a guard, or no answer to test without changing the method.</para>
/// </remarks>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(GuardDiscardedCheckCodeFix)), Shared]
public sealed class GuardDiscardedCheckCodeFix : CodeFixProvider
{
    /// <summary>The title of the fix.</summary>
    public const string Title = "Turn into a guard";

    /// <summary>The equivalence key of the fix.</summary>
    public const string EquivalenceKey = "PK0002.TurnIntoGuard";

    private static readonly FixAllProvider FixAll = CodeFixHelpers.DocumentFixAll(FixDocumentAsync);

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.DiscardedCheck);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => FixAll;

    /// <inheritdoc />
    public override Task RegisterCodeFixesAsync(CodeFixContext context) =>
        CodeFixHelpers.RegisterAsync(context, (root, model, diagnostic, cancellationToken) => Plan(root, model, diagnostic, cancellationToken) is null ? null : Title,
            FixDocumentAsync, EquivalenceKey);

    private enum GuardKind
    {
        /// <summary><c>Evaluate</c> becomes <c>EnsurePermitted</c>.</summary>
        EnsurePermitted,

        /// <summary><c>if (!call) return;</c></summary>
        Return,

        /// <summary><c>if (!call) throw new InvalidOperationException(...);</c></summary>
        Throw,
    }

    private sealed class Guard
    {
        public Guard(SyntaxNode target, GuardKind kind, bool nullableResult, string message)
        {
            Target = target;
            Kind = kind;
            NullableResult = nullableResult;
            Message = message;
        }

        /// <summary>The statement to rewrite; for <c>Evaluate</c> as an expression body, the call itself.</summary>
        public SyntaxNode Target { get; }

        public GuardKind Kind { get; }

        /// <summary>The check is reached through <c>?.</c>, so its result is a bool?.</summary>
        public bool NullableResult { get; }

        public string Message { get; }
    }

    private static async Task<Document> FixDocumentAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null) return document;

        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var done = new HashSet<SyntaxNode>();
        foreach (var diagnostic in diagnostics.WithId(DiagnosticIds.DiscardedCheck))
        {
            if (Plan(root, model, diagnostic, cancellationToken) is not { } guard || !done.Add(guard.Target)) continue;
            // The callback form: a statement in a lambda inside this one may have been rewritten already.
            editor.ReplaceNode(guard.Target, (current, _) => current is InvocationExpressionSyntax call
                ? RenameToEnsurePermitted(call)
                : Rewrite((ExpressionStatementSyntax)current, guard));
        }
        return await CodeFixHelpers.CleanUpAsync(editor.GetChangedDocument(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The rewrite for a diagnostic, or null when the fix is not offered for it.</summary>
    private static Guard? Plan(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        // The span covers the discarded value ('await Checks.MayShipAsync(r)', 'policy?.TryClear(...)') or the call itself.
        if (CodeFixHelpers.FindReportedNode(root, diagnostic) is not { } reported || InnermostCall(reported) is not { } invocation) return null;
        if (model.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol method) return null;
        var evaluate = method.Name == "Evaluate" && method.ContainingType?.ToDisplayString() == CodeFixHelpers.ExportPolicyMetadataName;

        // Up from the call to the value that is thrown away: through parentheses, await and '?.'.
        ExpressionSyntax discarded = invocation;
        while (true)
        {
            if (discarded.Parent is ParenthesizedExpressionSyntax or AwaitExpressionSyntax) discarded = (ExpressionSyntax)discarded.Parent;
            else if (discarded.Parent is ConditionalAccessExpressionSyntax access && access.WhenNotNull == discarded) discarded = access;
            else break;
        }

        ExpressionStatementSyntax statement;
        if (discarded.Parent is ExpressionStatementSyntax expressionStatement)
        {
            statement = expressionStatement;
        }
        else if (discarded.Parent is AssignmentExpressionSyntax { Parent: ExpressionStatementSyntax assignmentStatement } assignment
            && assignment.Right == discarded
            && model.GetOperation(assignment, cancellationToken) is ISimpleAssignmentOperation { Target: IDiscardOperation })
        {
            statement = assignmentStatement;
        }
        else if (evaluate && discarded.Parent is ArrowExpressionClauseSyntax or AnonymousFunctionExpressionSyntax)
        {
            // The body of a void lambda or method: EnsurePermitted fits there as well as Evaluate did.
            return new Guard(invocation, GuardKind.EnsurePermitted, nullableResult: false, message: "");
        }
        else
        {
            return null;
        }

        if (evaluate) return new Guard(statement, GuardKind.EnsurePermitted, nullableResult: false, message: "");

        var type = model.GetTypeInfo(discarded, cancellationToken).Type;
        var nullable = type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } wrapper
            && wrapper.TypeArguments[0].SpecialType == SpecialType.System_Boolean;
        if (type?.SpecialType != SpecialType.System_Boolean && !nullable) return null;

        var kind = CodeFixHelpers.CanReturnWithoutValue(model, statement, cancellationToken) ? GuardKind.Return : GuardKind.Throw;
        // One line of message, whatever the call's layout.
        var callText = discarded.WithoutTrivia().NormalizeWhitespace(indentation: "", eol: " ").ToFullString().Trim();
        return new Guard(statement, kind, nullable, $"Export not permitted: {callText} returned false.");
    }

    private static SyntaxNode Rewrite(ExpressionStatementSyntax statement, Guard guard)
    {
        // The discarded value, after '_ =' if any.
        var expression = statement.Expression is AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "_" } } discard
            ? discard.Right
            : statement.Expression;

        if (guard.Kind == GuardKind.EnsurePermitted)
        {
            // Plan only accepts values with a call inside.
            var call = InnermostCall(expression)!;
            var renamed = expression.ReplaceNode(call, RenameToEnsurePermitted(call));
            return statement.WithExpression(renamed.WithoutTrivia()
                .WithLeadingTrivia(statement.Expression.GetLeadingTrivia())
                .WithTrailingTrivia(statement.Expression.GetTrailingTrivia()));
        }

        var placeholder = "__policykit_check__";
        var condition = guard.NullableResult ? placeholder + " != true" : "!" + placeholder;
        var exit = guard.Kind == GuardKind.Return
            ? "return;"
            : "throw new System.InvalidOperationException(" + SyntaxFactory.Literal(guard.Message).Text + ");";
        var parsed = (IfStatementSyntax)SyntaxFactory.ParseStatement($"if ({condition}) {exit}");

        var ifStatement = parsed.ReplaceNodes(
            parsed.DescendantNodes(),
            (original, rewritten) => original switch
            {
                IdentifierNameSyntax { Identifier.ValueText: "__policykit_check__" } => expression.WithoutTrivia().WithTriviaFrom(original),
                QualifiedNameSyntax { Parent: ObjectCreationExpressionSyntax } => CodeFixHelpers.FullyQualifiedName("System.InvalidOperationException", addImport: false).WithTriviaFrom(rewritten),
                _ => rewritten,
            });

        StatementSyntax result = ifStatement;
        if (statement.Parent is IfStatementSyntax { Else: not null } outer && outer.Statement == statement)
        {
            // 'if (a) if (!check) return; else ...' would hand the else to the new if: keep it with the outer one.
            result = SyntaxFactory.Block(
                SyntaxFactory.Token(SyntaxKind.OpenBraceToken).WithTrailingTrivia(SyntaxFactory.Space),
                SyntaxFactory.SingletonList(result),
                SyntaxFactory.Token(SyntaxKind.CloseBraceToken).WithLeadingTrivia(SyntaxFactory.Space));
        }
        return result.WithLeadingTrivia(statement.GetLeadingTrivia()).WithTrailingTrivia(statement.GetTrailingTrivia());
    }

    /// <summary>The call inside a discarded value: through parentheses, <c>await</c> and <c>?.</c>.</summary>
    private static InvocationExpressionSyntax? InnermostCall(ExpressionSyntax expression)
    {
        while (true)
        {
            switch (expression)
            {
                case InvocationExpressionSyntax invocation:
                    return invocation;
                case ParenthesizedExpressionSyntax parenthesized:
                    expression = parenthesized.Expression;
                    break;
                case AwaitExpressionSyntax awaited:
                    expression = awaited.Expression;
                    break;
                case ConditionalAccessExpressionSyntax access:
                    expression = access.WhenNotNull;
                    break;
                default:
                    return null;
            }
        }
    }

    private static InvocationExpressionSyntax RenameToEnsurePermitted(InvocationExpressionSyntax invocation)
    {
        SimpleNameSyntax Rename(SimpleNameSyntax name) =>
            SyntaxFactory.IdentifierName(SyntaxFactory.Identifier(name.Identifier.LeadingTrivia, "EnsurePermitted", name.Identifier.TrailingTrivia));

        return invocation.Expression switch
        {
            MemberAccessExpressionSyntax access => invocation.WithExpression(access.WithName(Rename(access.Name))),
            MemberBindingExpressionSyntax binding => invocation.WithExpression(binding.WithName(Rename(binding.Name))),
            SimpleNameSyntax name => invocation.WithExpression(Rename(name)),
            _ => invocation,
        };
    }
}
