using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Options;
using Microsoft.CodeAnalysis.Simplification;

namespace PolicyKit.Analyzers.CodeFixes;

/// <summary>What the PolicyKit code fixes share: locating the reported node, the enclosing function, trivia, clean-up.</summary>
internal static class CodeFixHelpers
{
    public const string ExportPolicyMetadataName = "PolicyKit.ExportPolicy";
    public const string ExportRequestMetadataName = "PolicyKit.ExportRequest";
    public const string ExportFunctionAttributeMetadataName = "PolicyKit.ExportFunctionAttribute";

    /// <summary>
    /// A fix-all provider that fixes each document in one pass over its syntax root, so that edits which
    /// nest or share a node (two diagnostics in one member or statement) never conflict, as they can with
    /// the batch fixer's text merge.
    /// </summary>
    public static FixAllProvider DocumentFixAll(Func<Document, ImmutableArray<Diagnostic>, CancellationToken, Task<Document>> fix) =>
        FixAllProvider.Create(async (context, document, diagnostics) =>
            diagnostics.IsDefaultOrEmpty ? document : await fix(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

    /// <summary>
    /// Offers one action per diagnostic that <paramref name="titleOf"/> gives a title (null: not offered).
    /// The action runs the same document fix as Fix All, on that one diagnostic.
    /// </summary>
    public static async Task RegisterAsync(
        CodeFixContext context,
        Func<SyntaxNode, SemanticModel, Diagnostic, CancellationToken, string?> titleOf,
        Func<Document, ImmutableArray<Diagnostic>, CancellationToken, Task<Document>> fix,
        string equivalenceKey)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null) return;

        var document = context.Document;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (titleOf(root, model, diagnostic, context.CancellationToken) is not { } title) continue;
            context.RegisterCodeFix(
                CodeAction.Create(title, cancellationToken => fix(document, ImmutableArray.Create(diagnostic), cancellationToken), equivalenceKey),
                diagnostic);
        }
    }

    /// <summary>
    /// The expression a diagnostic was reported at: the invocation, object creation or property access.
    /// A span on just the called name (<c>Send</c> in <c>e.Send(r)</c>) widens to the whole call; a span
    /// that is no expression (say, in code disabled by <c>#if</c>) gives null.
    /// </summary>
    public static ExpressionSyntax? FindReportedNode(SyntaxNode root, Diagnostic diagnostic)
    {
        var span = diagnostic.Location.SourceSpan;
        if (!diagnostic.Location.IsInSource || !root.FullSpan.Contains(span)) return null;
        // Innermost for a tie: an argument has the same span as the call it holds.
        if (root.FindNode(span, getInnermostNodeForTie: true) is not ExpressionSyntax node) return null;
        while (true)
        {
            switch (node.Parent)
            {
                case MemberAccessExpressionSyntax access when access.Name == node:
                case MemberBindingExpressionSyntax binding when binding.Name == node:
                case InvocationExpressionSyntax invocation when invocation.Expression == node
                    && node is SimpleNameSyntax or MemberAccessExpressionSyntax or MemberBindingExpressionSyntax:
                case ObjectCreationExpressionSyntax creation when creation.Type == node:
                    node = (ExpressionSyntax)node.Parent;
                    continue;
                default:
                    return node;
            }
        }
    }

    /// <summary>Marks the fully qualified names a fix writes, to be shortened by <see cref="CleanUpAsync"/>.</summary>
    public static readonly SyntaxAnnotation ShortenAnnotation = new("PolicyKit.ShortenName");

    /// <summary>
    /// A fully qualified name, <c>global::A.B</c>: it binds correctly whatever the file declares or imports.
    /// <see cref="CleanUpAsync"/> shortens it as far as the file's imports allow; with
    /// <paramref name="addImport"/> it first imports the namespace when that is safe.
    /// </summary>
    public static NameSyntax FullyQualifiedName(string dottedName, bool addImport)
    {
        // Parsed, not built with SyntaxFactory: parsed tokens carry no elastic trivia, which would invite
        // the formatter to rewrite the user's spacing around the name.
        var name = SyntaxFactory.ParseName("global::" + dottedName);
        return addImport
            ? name.WithAdditionalAnnotations(ShortenAnnotation, Simplifier.AddImportsAnnotation)
            : name.WithAdditionalAnnotations(ShortenAnnotation);
    }

    /// <summary>
    /// Runs the clean-ups the fixes ask for with annotations: adds imports (where that creates no ambiguity),
    /// shortens the names marked with <see cref="ShortenAnnotation"/>, then formats what was marked with
    /// <see cref="Formatter.Annotation"/>. Each step runs only when something asks for it, so a fix
    /// leaves the rest of the file byte for byte.
    /// </summary>
    public static async Task<Document> CleanUpAsync(Document document, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null) return document;
        // The formatter writes the workspace's line ending where it breaks lines; make that the document's own.
        var options = document.Project.Solution.Options.WithChangedOption(FormattingOptions.NewLine, LanguageNames.CSharp, EndOfLine(root).ToString());

        document = await AddImportsAsync(document, options, cancellationToken).ConfigureAwait(false);
        document = await ShortenNamesAsync(document, cancellationToken).ConfigureAwait(false);
        root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is not null && root.GetAnnotatedNodesAndTokens(Formatter.Annotation).Any())
        {
            document = await Formatter.FormatAsync(document, Formatter.Annotation, options, cancellationToken).ConfigureAwait(false);
        }
        return document;
    }

    /// <summary>
    /// Imports the namespaces of marked names that do not bind by their simple name. The import adder
    /// reformats the import block even when its import turns out useless (it may add one that makes the
    /// simple name ambiguous), so it runs only when needed and its result is kept only when every marked
    /// name then binds by its simple name; the new directives are formatted, nothing else.
    /// </summary>
    private static async Task<Document> AddImportsAsync(Document document, OptionSet options, CancellationToken cancellationToken)
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (model is null || !AnyLongNames(model, cancellationToken)) return document;

        var imported = await ImportAdder.AddImportsAsync(document, Simplifier.AddImportsAnnotation, options, cancellationToken).ConfigureAwait(false);
        var importedModel = await imported.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (importedModel is null || AnyLongNames(importedModel, cancellationToken)) return document;

        var before = new HashSet<string>(Usings(model.SyntaxTree.GetRoot(cancellationToken)).Select(u => u.ToString()));
        var added = Usings(importedModel.SyntaxTree.GetRoot(cancellationToken)).Where(u => !before.Contains(u.ToString())).Select(u => u.FullSpan).ToList();
        return added.Count == 0 ? document : await Formatter.FormatAsync(imported, added, options, cancellationToken).ConfigureAwait(false);
    }

    private static bool AnyLongNames(SemanticModel model, CancellationToken cancellationToken) =>
        model.SyntaxTree.GetRoot(cancellationToken).GetAnnotatedNodes(Simplifier.AddImportsAnnotation).OfType<NameSyntax>()
            .Any(name => ShortestName(model, name, cancellationToken) is not SimpleNameSyntax);

    private static IEnumerable<UsingDirectiveSyntax> Usings(SyntaxNode root) =>
        root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax).OfType<UsingDirectiveSyntax>();

    /// <summary>
    /// Replaces each name marked with <see cref="ShortenAnnotation"/> by its shortest suffix that binds to
    /// the same symbol in place (<c>ExportFunction</c>, then <c>PolicyKit.ExportFunction</c>). The simplifier
    /// would do the same, but it also reformats the tokens next to the name.
    /// </summary>
    private static async Task<Document> ShortenNamesAsync(Document document, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null) return document;
        var names = root.GetAnnotatedNodes(ShortenAnnotation).OfType<NameSyntax>().ToList();
        if (names.Count == 0) return document;
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (model is null) return document;

        var shorter = new Dictionary<SyntaxNode, SyntaxNode>();
        foreach (var name in names)
        {
            shorter[name] = ShortestName(model, name, cancellationToken).WithTriviaFrom(name);
        }
        return document.WithSyntaxRoot(root.ReplaceNodes(shorter.Keys, (original, _) => shorter[original]));
    }

    /// <summary>The shortest suffix of a fully qualified <paramref name="name"/> that binds to the same symbol in place, or the name itself.</summary>
    private static NameSyntax ShortestName(SemanticModel model, NameSyntax name, CancellationToken cancellationToken)
    {
        var target = Bind(model, name, name, cancellationToken);
        if (target is null) return name;
        var parts = name.ToString().Replace("global::", "").Split('.');
        for (var take = 1; take <= parts.Length; take++)
        {
            var candidate = SyntaxFactory.ParseName(string.Join(".", parts.Skip(parts.Length - take)));
            if (SymbolEqualityComparer.Default.Equals(Bind(model, name, candidate, cancellationToken), target)) return candidate;
        }
        return name;
    }

    /// <summary>The type <paramref name="candidate"/> names when written where <paramref name="original"/> stands (for an attribute, the attribute's type).</summary>
    private static ISymbol? Bind(SemanticModel model, NameSyntax original, NameSyntax candidate, CancellationToken cancellationToken)
    {
        if (original.Parent is AttributeSyntax attribute)
        {
            var symbol = candidate == original
                ? model.GetSymbolInfo(attribute, cancellationToken).Symbol
                : model.GetSpeculativeSymbolInfo(attribute.SpanStart, attribute.WithName(candidate)).Symbol;
            return symbol?.ContainingType;
        }
        return candidate == original
            ? model.GetSymbolInfo(original, cancellationToken).Symbol
            : model.GetSpeculativeSymbolInfo(original.SpanStart, candidate, SpeculativeBindingOption.BindAsTypeOrNamespace).Symbol;
    }

    /// <summary>The identifier for a symbol name, escaped with <c>@</c> when it is a keyword.</summary>
    public static IdentifierNameSyntax IdentifierFor(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None
            ? SyntaxFactory.IdentifierName(SyntaxFactory.VerbatimIdentifier(default, "@" + name, name, default))
            : SyntaxFactory.IdentifierName(name);

    /// <summary>The document's line ending, taken from its first line break.</summary>
    public static SyntaxTrivia EndOfLine(SyntaxNode root)
    {
        foreach (var trivia in root.DescendantTrivia(descendIntoTrivia: true))
        {
            if (trivia.IsKind(SyntaxKind.EndOfLineTrivia)) return trivia;
        }
        return SyntaxFactory.CarriageReturnLineFeed;
    }

    /// <summary>True when <paramref name="node"/> starts its line (only whitespace before it on the line).</summary>
    public static bool StartsLine(SyntaxNode node)
    {
        var first = node.GetFirstToken();
        if (first.LeadingTrivia.Any(SyntaxKind.EndOfLineTrivia)) return true;
        var previous = first.GetPreviousToken();
        return previous.IsKind(SyntaxKind.None) || previous.TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia);
    }

    /// <summary>
    /// The indentation of the line a token with this leading trivia is on: the whitespace after the last line
    /// break (or directive, which ends its line) in the trivia, or, when the line began before the trivia, its
    /// first whitespace. Nothing when the token is at the start of its line.
    /// </summary>
    public static SyntaxTriviaList Indentation(SyntaxTriviaList leading)
    {
        var start = 0;
        for (var i = leading.Count - 1; i >= 0; i--)
        {
            if (EndsLine(leading[i]))
            {
                start = i + 1;
                break;
            }
        }
        return start < leading.Count && leading[start].IsKind(SyntaxKind.WhitespaceTrivia)
            ? SyntaxFactory.TriviaList(leading[start])
            : SyntaxFactory.TriviaList();
    }

    /// <summary>
    /// Splits the leading trivia of a statement that gets a new statement inserted before it. The new one
    /// takes the directives (so it lands in the same <c>#if</c> branch), the blank lines and the indentation;
    /// the old one keeps its comments (they describe it) behind its indentation.
    /// </summary>
    public static (SyntaxTriviaList Inserted, SyntaxTriviaList Kept) SplitLeadingTrivia(SyntaxTriviaList leading)
    {
        var indentation = Indentation(leading);
        var split = 0;
        for (var i = leading.Count - 1; i >= 0; i--)
        {
            if (leading[i].IsDirective || leading[i].IsKind(SyntaxKind.DisabledTextTrivia))
            {
                split = i + 1;
                break;
            }
        }
        // After the directives: blank lines and indentation up to the first comment go to the new statement.
        while (split < leading.Count && (leading[split].IsKind(SyntaxKind.EndOfLineTrivia) || leading[split].IsKind(SyntaxKind.WhitespaceTrivia)))
        {
            split++;
        }
        if (split == leading.Count) return (leading, indentation);

        // The new statement ends with the whitespace in front of the comment, its indentation; the comment keeps a copy.
        var inserted = SyntaxFactory.TriviaList(leading.Take(split));
        var commentIndentation = split > 0 && leading[split - 1].IsKind(SyntaxKind.WhitespaceTrivia)
            ? SyntaxFactory.TriviaList(leading[split - 1])
            : SyntaxFactory.TriviaList();
        if (commentIndentation.Count == 0) inserted = inserted.AddRange(indentation);
        return (inserted, commentIndentation.AddRange(leading.Skip(split)));
    }

    private static bool EndsLine(SyntaxTrivia trivia) =>
        trivia.IsKind(SyntaxKind.EndOfLineTrivia) || trivia.IsDirective || trivia.IsKind(SyntaxKind.DisabledTextTrivia)
        || trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia);

    /// <summary>
    /// True when a statement can be replaced by, or preceded by, other statements in place: it sits in a
    /// block, a switch section or the top level. Otherwise it is an embedded statement (<c>if (x) Call();</c>)
    /// and must first be wrapped in a block.
    /// </summary>
    public static bool IsInStatementList(StatementSyntax statement) =>
        statement.Parent is BlockSyntax or SwitchSectionSyntax or GlobalStatementSyntax;

    /// <summary>
    /// The function whose body a return statement at <paramref name="statement"/> leaves: true when
    /// <c>return;</c> compiles there (void, async Task or ValueTask, constructors, setters, top-level statements
    /// that return no exit code) and is not in a <c>finally</c> block, where a return is not allowed.
    /// </summary>
    public static bool CanReturnWithoutValue(SemanticModel model, StatementSyntax statement, CancellationToken cancellationToken)
    {
        for (SyntaxNode? node = statement; node is not null; node = node.Parent)
        {
            if (node is FinallyClauseSyntax) return false;
            if (IsFunctionBoundary(node)) break;
        }

        if (model.GetEnclosingSymbol(statement.SpanStart, cancellationToken) is not IMethodSymbol method) return false;
        if (method.ReturnsVoid) return true;
        // Top-level statements with an await and no exit code compile to an entry point returning Task.
        var topLevel = method.Name == WellKnownMemberNames.TopLevelStatementsEntryPointMethodName;
        return (method.IsAsync || topLevel) && IsNonGenericTask(method.ReturnType);
    }

    /// <summary>True for a method body's return type that carries no value when awaited: Task or ValueTask.</summary>
    public static bool IsNonGenericTask(ITypeSymbol type) =>
        type is INamedTypeSymbol { Arity: 0, Name: "Task" or "ValueTask" } named
        && named.ContainingNamespace?.ToDisplayString() == "System.Threading.Tasks";

    /// <summary>True when <paramref name="method"/>'s body must end in <c>return value;</c> rather than a plain statement.</summary>
    public static bool ReturnsValue(IMethodSymbol method) =>
        !method.ReturnsVoid && !(method.IsAsync && IsNonGenericTask(method.ReturnType));

    /// <summary>A node whose body runs at another time than the code around it, or is a member of its own.</summary>
    public static bool IsFunctionBoundary(SyntaxNode node) =>
        node is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or BaseMethodDeclarationSyntax
            or AccessorDeclarationSyntax or BasePropertyDeclarationSyntax or CompilationUnitSyntax
            or BaseFieldDeclarationSyntax or QueryExpressionSyntax or TypeDeclarationSyntax;

    /// <summary>Keeps only diagnostics with <paramref name="id"/>, for fix-all contexts that may hand over others.</summary>
    public static IEnumerable<Diagnostic> WithId(this IEnumerable<Diagnostic> diagnostics, string id) =>
        diagnostics.Where(d => d.Id == id);
}
