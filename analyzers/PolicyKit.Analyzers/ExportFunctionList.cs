using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PolicyKit.Analyzers;

/// <summary>
/// Export functions that the application cannot annotate (a vendor's ERP client, say), listed by
/// documentation comment id in an AdditionalFiles item named <c>PolicyKit.ExportFunctions.txt</c>:
/// one id per line, <c>#</c> starts a comment. <c>M:</c> and <c>P:</c> name one method or property;
/// <c>T:</c> names a type whose every public method and property exports.
/// </summary>
internal sealed class ExportFunctionList
{
    public const string FileName = "PolicyKit.ExportFunctions.txt";

    private static readonly ExportFunctionList Empty = new(
        new HashSet<ISymbol>(SymbolEqualityComparer.Default), new HashSet<ISymbol>(SymbolEqualityComparer.Default), ImmutableArray<Diagnostic>.Empty);

    private readonly HashSet<ISymbol> _members;
    private readonly HashSet<ISymbol> _types;

    private ExportFunctionList(HashSet<ISymbol> members, HashSet<ISymbol> types, ImmutableArray<Diagnostic> diagnostics)
    {
        _members = members;
        _types = types;
        Diagnostics = diagnostics;
    }

    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public bool IsEmpty => _members.Count == 0 && _types.Count == 0;

    public bool Contains(ISymbol member)
    {
        if (_members.Contains(member)) return true;
        return member.ContainingType is { } type
            && _types.Contains(type.OriginalDefinition)
            && member.DeclaredAccessibility == Accessibility.Public
            && member switch
            {
                IMethodSymbol method => method.MethodKind == MethodKind.Ordinary && !OverridesObjectMember(method),
                IPropertySymbol => true,
                _ => false,
            };
    }

    public static ExportFunctionList Read(Compilation compilation, ImmutableArray<AdditionalText> files, CancellationToken cancellationToken)
    {
        HashSet<ISymbol>? members = null, types = null;
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var file in files)
        {
            if (!string.Equals(Path.GetFileName(file.Path), FileName, StringComparison.OrdinalIgnoreCase)) continue;
            var text = file.GetText(cancellationToken);
            if (text is null) continue;
            members ??= new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            types ??= new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            foreach (var line in text.Lines)
            {
                var entry = Entry(text, line);
                if (entry.Length == 0) continue;
                var id = text.ToString(entry);
                if (!IsSupportedId(id))
                {
                    diagnostics.Add(Diagnostic.Create(Descriptors.InvalidExportFunctionEntry,
                        Location.Create(file.Path, entry, text.Lines.GetLinePositionSpan(entry)), id,
                        "expected a documentation comment id starting with M:, P: or T:, e.g. M:Acme.Erp.ErpClient.Ship(Acme.Erp.Order)"));
                    continue;
                }
                // An id that resolves to nothing is not an error: one file is often shared by projects
                // that do not all reference the vendor assembly it names.
                foreach (var symbol in DocumentationCommentId.GetSymbolsForDeclarationId(id, compilation))
                {
                    (symbol is ITypeSymbol ? types : members).Add(symbol.OriginalDefinition);
                }
            }
        }
        return members is null || types is null ? Empty : new ExportFunctionList(members, types, diagnostics.ToImmutable());
    }

    /// <summary>The line's id: without the comment and surrounding blanks.</summary>
    private static TextSpan Entry(SourceText text, TextLine line)
    {
        int start = line.Start, end = line.End;
        for (var i = start; i < end; i++)
        {
            if (text[i] == '#') { end = i; break; }
        }
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return TextSpan.FromBounds(start, end);
    }

    private static bool IsSupportedId(string id) =>
        id.Length > 2 && id[1] == ':' && (id[0] is 'M' or 'P' or 'T') && id.IndexOf(' ') < 0;

    private static bool OverridesObjectMember(IMethodSymbol method)
    {
        for (var m = method.OverriddenMethod; m is not null; m = m.OverriddenMethod)
        {
            if (m.ContainingType.SpecialType == SpecialType.System_Object) return true;
        }
        return false;
    }
}
