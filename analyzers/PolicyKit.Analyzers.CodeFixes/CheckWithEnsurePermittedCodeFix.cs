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
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Operations;

namespace PolicyKit.Analyzers.CodeFixes;

/// <summary>
/// Fixes PK0001 (unchecked export call) by inserting <c>policy.EnsurePermitted(request);</c> as a statement
/// just before the statement that contains the call. Title: <c>Check with EnsurePermitted</c>.
/// </summary>
/// <remarks>
/// <para><b>Which policy and request.</b> The policy is the one <c>ExportPolicy</c> in scope at the call:
/// locals declared before the statement, parameters (also of enclosing lambdas and local functions, unless a
/// <c>static</c> one is in between), and fields and properties of the containing type (instance ones only
/// from instance code). The request is the export call's own <c>ExportRequest</c> argument when it has one,
/// provided that argument is such a variable; otherwise the one <c>ExportRequest</c> in scope. The fix is not
/// offered when there is no policy or more than one, when the call's request argument is an expression
/// other than a variable (or there are several different ones), or when no unique request is in scope.</para>
/// <para><b>Where the check goes.</b> Before the statement containing the call, taking its blank lines and
/// indentation while its comments stay with it. An embedded statement (<c>if (ok) Ship(r);</c>) is wrapped in
/// a block first. An expression body of a method, local function, accessor, property, indexer or lambda is
/// converted to a block body (<c>return</c> of the expression unless the function returns nothing). Not
/// offered where no statement can go: field and property initializers, constructor initializers, parameter
/// defaults, and queries.</para>
/// <para><b>Fix All</b> inserts one check per statement and distinct policy and request, however many
/// diagnostics the statement has.</para>
/// </remarks>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CheckWithEnsurePermittedCodeFix)), Shared]
public sealed class CheckWithEnsurePermittedCodeFix : CodeFixProvider
{
    /// <summary>The title of the fix.</summary>
    public const string Title = "Check with EnsurePermitted";

    /// <summary>The equivalence key of the fix.</summary>
    public const string EquivalenceKey = "PK0001.CheckWithEnsurePermitted";

    private static readonly FixAllProvider FixAll = CodeFixHelpers.DocumentFixAll(FixDocumentAsync);

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UncheckedExportCall);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => FixAll;

    /// <inheritdoc />
    public override Task RegisterCodeFixesAsync(CodeFixContext context) =>
        CodeFixHelpers.RegisterAsync(context, (root, model, diagnostic, cancellationToken) => Plan(root, model, diagnostic, cancellationToken) is null ? null : Title,
            FixDocumentAsync, EquivalenceKey);

    /// <summary>One check to insert: where (a statement or an expression body) and what it checks.</summary>
    private sealed class Check
    {
        public Check(SyntaxNode anchor, ExpressionSyntax policy, ExpressionSyntax request)
        {
            Anchor = anchor;
            Policy = policy;
            Request = request;
        }

        /// <summary>The statement the check goes before, or the expression body it goes in front of.</summary>
        public SyntaxNode Anchor { get; }

        public ExpressionSyntax Policy { get; }

        public ExpressionSyntax Request { get; }

        /// <summary>Identifies a check within its anchor, so that Fix All inserts each one once.</summary>
        public string Key => Policy + "|" + Request;

        /// <summary>
        /// The statement, parsed rather than built so that it has no elastic trivia: where it is inserted
        /// into a statement list, nothing reformats the lines around it.
        /// </summary>
        public ExpressionStatementSyntax ToStatement() =>
            (ExpressionStatementSyntax)SyntaxFactory.ParseStatement(Policy + ".EnsurePermitted(" + Request + ");");
    }

    private static async Task<Document> FixDocumentAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null) return document;

        // Anchor -> its distinct checks, in diagnostic order.
        var byAnchor = new Dictionary<SyntaxNode, List<Check>>();
        var anchors = new List<SyntaxNode>();
        foreach (var diagnostic in diagnostics.WithId(DiagnosticIds.UncheckedExportCall))
        {
            if (Plan(root, model, diagnostic, cancellationToken) is not { } check) continue;
            if (!byAnchor.TryGetValue(check.Anchor, out var checks))
            {
                byAnchor[check.Anchor] = checks = new List<Check>();
                anchors.Add(check.Anchor);
            }
            if (!checks.Any(c => c.Key == check.Key)) checks.Add(check);
        }
        if (anchors.Count == 0) return document;

        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var endOfLine = CodeFixHelpers.EndOfLine(root);
        foreach (var anchor in anchors)
        {
            var statements = byAnchor[anchor].Select(c => c.ToStatement()).ToList();
            switch (anchor)
            {
                case StatementSyntax statement:
                    InsertBefore(editor, statement, statements, endOfLine);
                    break;
                case ArrowExpressionClauseSyntax arrow:
                    var returnsValue = ReturnsValue(model, arrow.Parent!, cancellationToken);
                    editor.ReplaceNode(arrow.Parent!, (current, _) => ToBlockBody(current, statements, returnsValue, endOfLine));
                    break;
                case ExpressionSyntax { Parent: AnonymousFunctionExpressionSyntax lambda }:
                    var lambdaReturnsValue = ReturnsValue(model, lambda, cancellationToken);
                    editor.ReplaceNode(lambda, (current, _) => ToBlockBody(current, statements, lambdaReturnsValue, endOfLine));
                    break;
            }
        }
        return await CodeFixHelpers.CleanUpAsync(editor.GetChangedDocument(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The check for a diagnostic, or null when the fix is not offered for it.</summary>
    private static Check? Plan(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (CodeFixHelpers.FindReportedNode(root, diagnostic) is not { } reported) return null;
        var policyType = model.Compilation.GetTypeByMetadataName(CodeFixHelpers.ExportPolicyMetadataName);
        var requestType = model.Compilation.GetTypeByMetadataName(CodeFixHelpers.ExportRequestMetadataName);
        if (policyType is null || requestType is null) return null;
        if (FindAnchor(reported) is not { } anchor) return null;

        var scope = new Scope(model, reported.SpanStart, anchor, cancellationToken);
        var policies = scope.Variables(policyType);
        if (policies.Count != 1) return null;

        ExpressionSyntax request;
        var requestArguments = RequestArguments(model, reported, requestType, cancellationToken);
        if (requestArguments.IsDefault)
        {
            return null;
        }
        if (requestArguments.Length > 0)
        {
            // The call says which request it exports; check that one, if it is a variable readable before the statement.
            var symbols = requestArguments.Select(a => a.Symbol).Distinct(SymbolEqualityComparer.Default).ToList();
            if (symbols.Count != 1 || !scope.IsUsable(symbols[0]!)) return null;
            request = requestArguments[0].Syntax;
        }
        else
        {
            var requests = scope.Variables(requestType);
            if (requests.Count != 1) return null;
            request = CodeFixHelpers.IdentifierFor(requests[0].Name);
        }
        return new Check(anchor, CodeFixHelpers.IdentifierFor(policies[0].Name), request.WithoutTrivia());
    }

    /// <summary>
    /// The statement the check goes before, or the expression body (of a member or lambda) that becomes a
    /// block; null where the call is in no statement.
    /// </summary>
    private static SyntaxNode? FindAnchor(SyntaxNode reported)
    {
        for (var node = reported; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case ArrowExpressionClauseSyntax arrow:
                    return arrow.Parent is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax
                        or PropertyDeclarationSyntax or IndexerDeclarationSyntax ? arrow : null;
                case AnonymousFunctionExpressionSyntax lambda:
                    // Reached from a block body we would have met a statement first: this is the expression body.
                    return lambda.ExpressionBody;
                case LocalFunctionStatementSyntax:
                    return null; // a parameter default or attribute of the local function
                case StatementSyntax statement:
                    return statement;
                case QueryExpressionSyntax or ConstructorInitializerSyntax or MemberDeclarationSyntax or ParameterSyntax
                    or AttributeSyntax or CompilationUnitSyntax:
                    return null;
            }
        }
        return null;
    }

    /// <summary>
    /// The call's explicit <c>ExportRequest</c> arguments (the receiver of an extension call included), each as
    /// the variable it reads; empty when there are none, default when one is not a plain variable.
    /// </summary>
    private static ImmutableArray<(ISymbol Symbol, ExpressionSyntax Syntax)> RequestArguments(
        SemanticModel model, SyntaxNode reported, INamedTypeSymbol requestType, CancellationToken cancellationToken)
    {
        var arguments = model.GetOperation(reported, cancellationToken) switch
        {
            IInvocationOperation invocation => invocation.Arguments,
            IObjectCreationOperation creation => creation.Arguments,
            IPropertyReferenceOperation property => property.Arguments,
            _ => ImmutableArray<IArgumentOperation>.Empty,
        };
        var result = ImmutableArray.CreateBuilder<(ISymbol, ExpressionSyntax)>();
        foreach (var argument in arguments)
        {
            if (argument.ArgumentKind != ArgumentKind.Explicit) continue;
            var value = argument.Value;
            while (value is IConversionOperation { IsImplicit: true } conversion) value = conversion.Operand;
            if (!SymbolEqualityComparer.Default.Equals(value.Type, requestType)) continue;

            ISymbol? symbol = value switch
            {
                ILocalReferenceOperation local => local.Local,
                IParameterReferenceOperation parameter => parameter.Parameter,
                IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation } field => field.Field,
                IPropertyReferenceOperation { Instance: null or IInstanceReferenceOperation, Arguments.Length: 0 } property => property.Property,
                _ => null,
            };
            if (symbol is null || value.Syntax is not ExpressionSyntax syntax) return default;
            result.Add((symbol, syntax));
        }
        return result.ToImmutable();
    }

    /// <summary>What can be read just before the anchor, seen from the call.</summary>
    private sealed class Scope
    {
        private readonly SemanticModel _model;
        private readonly int _position;
        private readonly SyntaxNode _anchor;
        private readonly ISymbol? _enclosing;
        private readonly ISymbol? _member;
        private readonly bool _instanceContext;

        public Scope(SemanticModel model, int position, SyntaxNode anchor, CancellationToken cancellationToken)
        {
            _model = model;
            _position = position;
            _anchor = anchor;
            _enclosing = model.GetEnclosingSymbol(position, cancellationToken);

            // Walk out of lambdas and local functions to the member; a static one in between cuts off 'this'.
            _instanceContext = true;
            var symbol = _enclosing;
            while (symbol is IMethodSymbol { MethodKind: MethodKind.LocalFunction or MethodKind.AnonymousFunction } function)
            {
                if (function.IsStatic) _instanceContext = false;
                symbol = symbol.ContainingSymbol;
            }
            _member = symbol;
            if (_member is null || _member.IsStatic || _member is not (IMethodSymbol or IPropertySymbol)) _instanceContext = false;
        }

        /// <summary>The distinct readable variables of <paramref name="type"/> in scope.</summary>
        public List<ISymbol> Variables(INamedTypeSymbol type) =>
            _model.LookupSymbols(_position)
                .Where(s => SymbolEqualityComparer.Default.Equals(TypeOf(s), type) && IsUsable(s))
                .Distinct(SymbolEqualityComparer.Default)
                .ToList();

        public bool IsUsable(ISymbol symbol)
        {
            switch (symbol)
            {
                case ILocalSymbol local:
                    // Declared before the statement, not inside it: the check runs before the statement does.
                    var declaration = local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
                    return declaration is not null && declaration.SpanStart < _anchor.SpanStart && !_anchor.Span.Contains(declaration.Span)
                        && IsCapturable(local.ContainingSymbol);
                case IParameterSymbol parameter:
                    if (parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor
                        && constructor.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is TypeDeclarationSyntax)
                    {
                        return _instanceContext; // a primary constructor parameter, read like a field
                    }
                    return IsCapturable(parameter.ContainingSymbol);
                case IFieldSymbol field:
                    return field.IsStatic || (_instanceContext && IsInstanceMemberOfThis(field));
                case IPropertySymbol property:
                    return property.GetMethod is not null && !property.IsIndexer
                        && !SymbolEqualityComparer.Default.Equals(property, (_member as IMethodSymbol)?.AssociatedSymbol ?? _member)
                        && (property.IsStatic || (_instanceContext && IsInstanceMemberOfThis(property)));
                default:
                    return false;
            }
        }

        /// <summary>True when a local or parameter of <paramref name="owner"/> is visible here, not cut off by a static lambda or local function.</summary>
        private bool IsCapturable(ISymbol owner)
        {
            for (var symbol = _enclosing; symbol is not null; symbol = symbol.ContainingSymbol)
            {
                if (SymbolEqualityComparer.Default.Equals(symbol, owner)) return true;
                if (symbol is not IMethodSymbol { MethodKind: MethodKind.LocalFunction or MethodKind.AnonymousFunction } function || function.IsStatic) return false;
            }
            return false;
        }

        /// <summary>An instance member of this type or a base type (not of an enclosing type, which has no 'this' here).</summary>
        private bool IsInstanceMemberOfThis(ISymbol member)
        {
            for (var type = _member?.ContainingType; type is not null; type = type.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(type, member.ContainingType)) return true;
            }
            return false;
        }

        private static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
        {
            ILocalSymbol local => local.Type,
            IParameterSymbol parameter => parameter.Type,
            IFieldSymbol field => field.Type,
            IPropertySymbol property => property.Type,
            _ => null,
        };
    }

    /// <summary>Inserts the checks before a statement, wrapping an embedded statement in a block first.</summary>
    private static void InsertBefore(SyntaxEditor editor, StatementSyntax statement, List<ExpressionStatementSyntax> checks, SyntaxTrivia endOfLine)
    {
        if (!CodeFixHelpers.IsInStatementList(statement))
        {
            editor.ReplaceNode(statement, (current, _) =>
                NewBlock(checks.Cast<StatementSyntax>().Append(((StatementSyntax)current).WithoutTrivia()), endOfLine)
                    .WithLeadingTrivia(current.GetLeadingTrivia())
                    .WithTrailingTrivia(current.GetTrailingTrivia()));
            return;
        }

        // At the top level the list holds global statements, not statements.
        SyntaxNode listed = statement.Parent is GlobalStatementSyntax global ? global : statement;
        var leading = listed.GetLeadingTrivia();
        var inserted = new List<SyntaxNode>();
        if (CodeFixHelpers.StartsLine(listed))
        {
            var (insertedTrivia, keptTrivia) = CodeFixHelpers.SplitLeadingTrivia(leading);
            var indentation = CodeFixHelpers.Indentation(leading);
            for (var i = 0; i < checks.Count; i++)
            {
                inserted.Add(checks[i].WithLeadingTrivia(i == 0 ? insertedTrivia : indentation).WithTrailingTrivia(endOfLine));
            }
            editor.ReplaceNode(listed, (current, _) => current.WithLeadingTrivia(keptTrivia));
        }
        else
        {
            // Several statements on one line: stay on it.
            inserted.AddRange(checks.Select(c => c.WithTrailingTrivia(SyntaxFactory.Space)));
        }
        editor.InsertBefore(listed, listed is GlobalStatementSyntax
            ? inserted.Select(s => SyntaxFactory.GlobalStatement((StatementSyntax)s))
            : inserted);
    }

    /// <summary>True when the function with this expression body must return the expression's value.</summary>
    private static bool ReturnsValue(SemanticModel model, SyntaxNode owner, CancellationToken cancellationToken)
    {
        var symbol = owner switch
        {
            AnonymousFunctionExpressionSyntax lambda => model.GetSymbolInfo(lambda, cancellationToken).Symbol,
            BasePropertyDeclarationSyntax property => (model.GetDeclaredSymbol(property, cancellationToken) as IPropertySymbol)?.GetMethod,
            _ => model.GetDeclaredSymbol(owner, cancellationToken),
        };
        return symbol is IMethodSymbol method && CodeFixHelpers.ReturnsValue(method);
    }

    /// <summary>Turns <c>=&gt; expression</c> into <c>{ checks; return expression; }</c> (or <c>expression;</c> when nothing is returned).</summary>
    private static SyntaxNode ToBlockBody(SyntaxNode owner, List<ExpressionStatementSyntax> checks, bool returnsValue, SyntaxTrivia endOfLine)
    {
        var expression = owner switch
        {
            AnonymousFunctionExpressionSyntax lambda => lambda.ExpressionBody,
            BaseMethodDeclarationSyntax method => method.ExpressionBody?.Expression,
            LocalFunctionStatementSyntax local => local.ExpressionBody?.Expression,
            AccessorDeclarationSyntax accessor => accessor.ExpressionBody?.Expression,
            PropertyDeclarationSyntax property => property.ExpressionBody?.Expression,
            IndexerDeclarationSyntax indexer => indexer.ExpressionBody?.Expression,
            _ => null,
        };
        if (expression is null) return owner;

        expression = expression.WithoutTrivia();
        StatementSyntax last = expression switch
        {
            ThrowExpressionSyntax @throw => SyntaxFactory.ThrowStatement(@throw.Expression),
            _ when returnsValue => SyntaxFactory.ReturnStatement(expression),
            _ => SyntaxFactory.ExpressionStatement(expression),
        };
        var block = NewBlock(checks.Cast<StatementSyntax>().Append(last), endOfLine);

        switch (owner)
        {
            case AnonymousFunctionExpressionSyntax lambda:
                return lambda.WithExpressionBody(null).WithBlock(block.WithTrailingTrivia(lambda.GetTrailingTrivia()))
                    .WithAdditionalAnnotations(Formatter.Annotation);
            case PropertyDeclarationSyntax property:
                return property.WithExpressionBody(null).WithSemicolonToken(default)
                    .WithAccessorList(AccessorListWithGetter(block, property.SemicolonToken, endOfLine))
                    .WithAdditionalAnnotations(Formatter.Annotation);
            case IndexerDeclarationSyntax indexer:
                return indexer.WithExpressionBody(null).WithSemicolonToken(default)
                    .WithAccessorList(AccessorListWithGetter(block, indexer.SemicolonToken, endOfLine))
                    .WithAdditionalAnnotations(Formatter.Annotation);
        }

        // Method-like: the body replaces '=> expression;', keeping what followed the semicolon.
        var semicolon = owner switch
        {
            BaseMethodDeclarationSyntax method => method.SemicolonToken,
            LocalFunctionStatementSyntax local => local.SemicolonToken,
            AccessorDeclarationSyntax accessor => accessor.SemicolonToken,
            _ => default,
        };
        block = block.WithTrailingTrivia(semicolon.TrailingTrivia);
        SyntaxNode converted = owner switch
        {
            MethodDeclarationSyntax method => method.WithExpressionBody(null).WithSemicolonToken(default).WithBody(block),
            ConstructorDeclarationSyntax constructor => constructor.WithExpressionBody(null).WithSemicolonToken(default).WithBody(block),
            DestructorDeclarationSyntax destructor => destructor.WithExpressionBody(null).WithSemicolonToken(default).WithBody(block),
            OperatorDeclarationSyntax op => op.WithExpressionBody(null).WithSemicolonToken(default).WithBody(block),
            ConversionOperatorDeclarationSyntax conversion => conversion.WithExpressionBody(null).WithSemicolonToken(default).WithBody(block),
            LocalFunctionStatementSyntax local => local.WithExpressionBody(null).WithSemicolonToken(default).WithBody(block),
            AccessorDeclarationSyntax accessor => accessor.WithExpressionBody(null).WithSemicolonToken(default).WithBody(block),
            _ => owner,
        };
        return converted.WithAdditionalAnnotations(Formatter.Annotation);
    }

    /// <summary>
    /// A block for the formatter to lay out: elastic line breaks after the brace and each statement make
    /// it one statement per line (without them it may keep the block on one line, as written).
    /// </summary>
    private static BlockSyntax NewBlock(IEnumerable<StatementSyntax> statements, SyntaxTrivia endOfLine)
    {
        var newLine = SyntaxFactory.ElasticEndOfLine(endOfLine.ToString());
        return SyntaxFactory.Block(
                SyntaxFactory.Token(SyntaxKind.OpenBraceToken).WithTrailingTrivia(newLine),
                SyntaxFactory.List(statements.Select(s => s.WithTrailingTrivia(newLine))),
                SyntaxFactory.Token(SyntaxKind.CloseBraceToken))
            .WithAdditionalAnnotations(Formatter.Annotation);
    }

    private static AccessorListSyntax AccessorListWithGetter(BlockSyntax body, SyntaxToken semicolon, SyntaxTrivia endOfLine) =>
        SyntaxFactory.AccessorList(SyntaxFactory.SingletonList(SyntaxFactory.AccessorDeclaration(SyntaxKind.GetAccessorDeclaration, body)))
            .WithTrailingTrivia(semicolon.TrailingTrivia.Any() ? semicolon.TrailingTrivia : SyntaxFactory.TriviaList(endOfLine));
}
