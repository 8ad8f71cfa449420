using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace PolicyKit.Analyzers.CodeFixes;

/// <summary>
/// Fixes PK0001 (unchecked export call) by marking the calling member <c>[ExportFunction]</c>, which passes
/// the obligation to check on to its callers. Title: <c>Add [ExportFunction] to 'Caller'</c>.
/// </summary>
/// <remarks>
/// <para>The attribute goes on the innermost method, constructor, operator, local function (C# 9 and later)
/// or property (for an accessor or an expression-bodied property or indexer) that contains the call.</para>
/// <para>Not offered where no caller could take the obligation: inside a lambda, anonymous method or query
/// (the body runs whenever the delegate is invoked), in top-level statements, field and property
/// initializers, static constructors and finalizers, event accessors, or when the compilation does not
/// see <c>PolicyKit.ExportFunctionAttribute</c>.</para>
/// <para>The attribute is written fully qualified and then shortened to <c>[ExportFunction]</c> where that
/// binds to PolicyKit's attribute: <c>using PolicyKit;</c> is added first when the namespace is not already
/// in scope (through a using, a global using or an enclosing namespace) and importing it makes no name
/// ambiguous; otherwise the shortest qualified name that binds stays.</para>
/// <para>Fix All marks each member once, however many diagnostics it has.</para>
/// </remarks>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddExportFunctionAttributeCodeFix)), Shared]
public sealed class AddExportFunctionAttributeCodeFix : CodeFixProvider
{
    /// <summary>The equivalence key of every action of this provider, the same for all members so that Fix All groups them.</summary>
    public const string EquivalenceKey = "PK0001.AddExportFunctionAttribute";

    private static readonly FixAllProvider FixAll = CodeFixHelpers.DocumentFixAll(FixDocumentAsync);

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UncheckedExportCall);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => FixAll;

    /// <inheritdoc />
    public override Task RegisterCodeFixesAsync(CodeFixContext context) =>
        CodeFixHelpers.RegisterAsync(context,
            (root, model, diagnostic, cancellationToken) => FindTarget(root, model, diagnostic, cancellationToken) is { } target ? $"Add [ExportFunction] to '{DisplayName(target)}'" : null,
            FixDocumentAsync, EquivalenceKey);

    private static async Task<Document> FixDocumentAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null) return document;

        // Distinct: a member with several unchecked calls gets one attribute.
        var targets = new HashSet<SyntaxNode>();
        foreach (var diagnostic in diagnostics.WithId(DiagnosticIds.UncheckedExportCall))
        {
            if (FindTarget(root, model, diagnostic, cancellationToken) is { } target) targets.Add(target);
        }
        if (targets.Count == 0) return document;

        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var endOfLine = CodeFixHelpers.EndOfLine(root);
        foreach (var target in targets)
        {
            // The callback form sees edits already made inside the node (a marked local function in a marked method).
            editor.ReplaceNode(target, (current, _) => AddAttribute(current, endOfLine));
        }
        return await CodeFixHelpers.CleanUpAsync(editor.GetChangedDocument(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The declaration to mark for the call a diagnostic reports, or null when the fix does not apply.</summary>
    private static SyntaxNode? FindTarget(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var attribute = model.Compilation.GetTypeByMetadataName(CodeFixHelpers.ExportFunctionAttributeMetadataName);
        if (attribute is null || CodeFixHelpers.FindReportedNode(root, diagnostic) is not { } reported) return null;

        var target = EnclosingDeclaration(reported);
        if (target is null) return null;
        if (target is LocalFunctionStatementSyntax && ((CSharpParseOptions)root.SyntaxTree.Options).LanguageVersion < LanguageVersion.CSharp9) return null;

        // Already marked: the obligation is passed on, so the diagnostic comes from something this fix cannot change.
        var symbol = model.GetDeclaredSymbol(target, cancellationToken);
        if (symbol is null || symbol.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attribute))) return null;
        return target;
    }

    private static SyntaxNode? EnclosingDeclaration(SyntaxNode reported)
    {
        for (var node = reported; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case AnonymousFunctionExpressionSyntax or QueryExpressionSyntax:
                    return null;
                case LocalFunctionStatementSyntax or MethodDeclarationSyntax or OperatorDeclarationSyntax or ConversionOperatorDeclarationSyntax:
                    return node;
                case ConstructorDeclarationSyntax constructor:
                    // Nobody calls a static constructor, so nobody could take the obligation.
                    return constructor.Modifiers.Any(SyntaxKind.StaticKeyword) ? null : constructor;
                case AccessorDeclarationSyntax accessor:
                    return accessor.Parent?.Parent is PropertyDeclarationSyntax or IndexerDeclarationSyntax ? accessor.Parent.Parent : null;
                case PropertyDeclarationSyntax property:
                    // The expression body is the getter; the initializer runs in constructors, like a field initializer.
                    return property.ExpressionBody?.Span.Contains(reported.Span) == true ? property : null;
                case IndexerDeclarationSyntax indexer:
                    return indexer.ExpressionBody?.Span.Contains(reported.Span) == true ? indexer : null;
                case MemberDeclarationSyntax or ParameterSyntax or AttributeSyntax or CompilationUnitSyntax:
                    return null;
            }
        }
        return null;
    }

    /// <summary>The name in the title: the member, or for an accessor its property.</summary>
    private static string DisplayName(SyntaxNode declaration) => declaration switch
    {
        MethodDeclarationSyntax method => method.Identifier.ValueText,
        ConstructorDeclarationSyntax constructor => constructor.Identifier.ValueText,
        LocalFunctionStatementSyntax local => local.Identifier.ValueText,
        PropertyDeclarationSyntax property => property.Identifier.ValueText,
        IndexerDeclarationSyntax => "this[]",
        OperatorDeclarationSyntax op => "operator " + op.OperatorToken.ValueText,
        ConversionOperatorDeclarationSyntax conversion => conversion.ImplicitOrExplicitKeyword.ValueText + " operator " + conversion.Type,
        _ => declaration.ToString(),
    };

    /// <summary>
    /// Adds <c>[global::PolicyKit.ExportFunction]</c> (simplified later) as the declaration's last attribute
    /// list: on a line of its own when the declaration's attributes or the declaration itself start a line,
    /// after the leading comments and directives, with the declaration's indentation.
    /// </summary>
    private static SyntaxNode AddAttribute(SyntaxNode declaration, SyntaxTrivia endOfLine)
    {
        // Brackets with explicit (empty) trivia rather than elastic, for the same reason the name is parsed.
        var list = SyntaxFactory.AttributeList(
            SyntaxFactory.Token(SyntaxFactory.TriviaList(), SyntaxKind.OpenBracketToken, SyntaxFactory.TriviaList()),
            null,
            SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Attribute(CodeFixHelpers.FullyQualifiedName("PolicyKit.ExportFunction", addImport: true))),
            SyntaxFactory.Token(SyntaxFactory.TriviaList(), SyntaxKind.CloseBracketToken, SyntaxFactory.TriviaList()));
        var lists = AttributeLists(declaration);

        if (lists.Count > 0)
        {
            var last = lists[lists.Count - 1];
            if (last.GetTrailingTrivia().Any(SyntaxKind.EndOfLineTrivia))
            {
                var next = last.GetLastToken().GetNextToken();
                list = list.WithLeadingTrivia(CodeFixHelpers.Indentation(next.LeadingTrivia)).WithTrailingTrivia(endOfLine);
            }
            else
            {
                list = list.WithTrailingTrivia(SyntaxFactory.Space);
            }
            return WithAttributeLists(declaration, lists.Add(list));
        }

        var first = declaration.GetFirstToken();
        var leading = first.LeadingTrivia;
        var ownLine = CodeFixHelpers.StartsLine(declaration);
        list = list.WithLeadingTrivia(leading).WithTrailingTrivia(ownLine ? endOfLine : SyntaxFactory.Space);
        declaration = declaration.ReplaceToken(first, first.WithLeadingTrivia(ownLine ? CodeFixHelpers.Indentation(leading) : default));
        return WithAttributeLists(declaration, SyntaxFactory.SingletonList(list));
    }

    private static SyntaxList<AttributeListSyntax> AttributeLists(SyntaxNode declaration) => declaration switch
    {
        MemberDeclarationSyntax member => member.AttributeLists,
        LocalFunctionStatementSyntax local => local.AttributeLists,
        _ => default,
    };

    private static SyntaxNode WithAttributeLists(SyntaxNode declaration, SyntaxList<AttributeListSyntax> lists) => declaration switch
    {
        MethodDeclarationSyntax method => method.WithAttributeLists(lists),
        ConstructorDeclarationSyntax constructor => constructor.WithAttributeLists(lists),
        OperatorDeclarationSyntax op => op.WithAttributeLists(lists),
        ConversionOperatorDeclarationSyntax conversion => conversion.WithAttributeLists(lists),
        PropertyDeclarationSyntax property => property.WithAttributeLists(lists),
        IndexerDeclarationSyntax indexer => indexer.WithAttributeLists(lists),
        LocalFunctionStatementSyntax local => local.WithAttributeLists(lists),
        _ => declaration,
    };
}
