using System;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RoleTaxonomy.Analyzers;

/// <summary>
/// RT1004's fix: the identity is written by its key. <c>id.ToString()</c> becomes <c>id.ToKey()</c>, and an identity
/// formatted as it is (<c>$"{id}"</c>, <c>"…" + id</c>, a logging argument) becomes <c>id.ToKey()</c>, with the using of
/// the generated extension's namespace when the file has none.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CallToKeyFix))]
[Shared]
public sealed class CallToKeyFix : CodeFixProvider
{
    private const string ToKey = "ToKey";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(KeyDescriptors.FormattedByName.Id);

    /// <inheritdoc/>
    /// <remarks>All of a document's at once, so that the using is added once, not once per diagnostic.</remarks>
    public override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create(async (_, document, diagnostics) =>
            await document.GetSyntaxRootAsync().ConfigureAwait(false) is CompilationUnitSyntax unit
                ? document.WithSyntaxRoot(Fix(unit, diagnostics))
                : document);

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is not CompilationUnitSyntax unit)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (Formatted(unit, diagnostic) is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Write its key: ToKey()",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(Fix(unit, ImmutableArray.Create(diagnostic)))),
                    equivalenceKey: KeyDescriptors.FormattedByName.Id),
                diagnostic);
        }
    }

    private static CompilationUnitSyntax Fix(CompilationUnitSyntax unit, ImmutableArray<Diagnostic> diagnostics)
    {
        var fixes = diagnostics
            .Select(diagnostic => (Node: Formatted(unit, diagnostic), Namespace: diagnostic.Properties[KeyDescriptors.ToKeyNamespace]))
            .Where(fix => fix.Node is not null && fix.Namespace is not null)
            .ToList();
        var usings = fixes.Where(fix => !Finds(fix.Node!, unit, fix.Namespace!)).Select(fix => fix.Namespace!).Distinct().ToList();
        var fixedUnit = unit.ReplaceNodes(fixes.Select(fix => fix.Node!), (original, _) => WithKey(original).WithTriviaFrom(original));
        return usings.Aggregate(fixedUnit, WithUsing);
    }

    /// <summary>The formatted expression, with the parentheses the operation leaves out: <c>$"{(a ? b : c)}"</c>.</summary>
    private static ExpressionSyntax? Formatted(CompilationUnitSyntax unit, Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.ContainsKey(KeyDescriptors.ToKeyNamespace)
            || unit.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax formatted)
        {
            return null;
        }

        while (formatted.Parent is ParenthesizedExpressionSyntax parenthesized)
        {
            formatted = parenthesized;
        }

        return formatted;
    }

    /// <summary><c>id.ToString()</c> → <c>id.ToKey()</c>; any other formatted identity gets <c>.ToKey()</c>.</summary>
    private static InvocationExpressionSyntax WithKey(ExpressionSyntax formatted) =>
        formatted is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax toString } call
        && toString.Name.Identifier.ValueText == nameof(ToString)
            ? call.WithExpression(toString.WithName(SyntaxFactory.IdentifierName(ToKey)))
            : CallOn(formatted);

    /// <summary><c>id</c> → <c>id.ToKey()</c>; an expression that is not a primary one is parenthesized first.</summary>
    private static InvocationExpressionSyntax CallOn(ExpressionSyntax value)
    {
        var target = value is IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax
            or ElementAccessExpressionSyntax or ParenthesizedExpressionSyntax or ThisExpressionSyntax
            ? value.WithoutTrivia()
            : SyntaxFactory.ParenthesizedExpression(value.WithoutTrivia());
        return SyntaxFactory.InvocationExpression(
            SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, target, SyntaxFactory.IdentifierName(ToKey)));
    }

    /// <summary>
    /// True when code at <paramref name="formatted"/> finds the extension without a new using: the file imports its
    /// namespace, or the code is inside that namespace.
    /// </summary>
    private static bool Finds(SyntaxNode formatted, CompilationUnitSyntax unit, string extensionNamespace)
    {
        var namespaces = formatted.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().ToList();
        return namespaces.Select(declaration => declaration.Name.ToString())
                .Any(name => name == extensionNamespace || name.StartsWith(extensionNamespace + ".", StringComparison.Ordinal))
            || unit.Usings.Concat(namespaces.SelectMany(declaration => declaration.Usings))
                .Any(directive => directive.Alias is null && directive.StaticKeyword.IsKind(SyntaxKind.None)
                    && directive.Name?.ToString() == extensionNamespace);
    }

    private static CompilationUnitSyntax WithUsing(CompilationUnitSyntax unit, string extensionNamespace)
    {
        // The file's own line ending, so that the new line matches the others.
        var lineEnding = unit.DescendantTrivia().FirstOrDefault(trivia => trivia.IsKind(SyntaxKind.EndOfLineTrivia));
        var directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(extensionNamespace).WithLeadingTrivia(SyntaxFactory.Space))
            .WithTrailingTrivia(lineEnding.IsKind(SyntaxKind.EndOfLineTrivia) ? lineEnding : SyntaxFactory.LineFeed);
        return unit.AddUsings(directive);
    }
}
