using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace RoleTaxonomy.Analyzers;

/// <summary>
/// RT1003's fix: a known key written as a string becomes the typed member that says the same.
/// <c>role.Key == "appsec-engineer"</c> becomes <c>role.Id == RoleId.AppSecEngineer</c>;
/// <c>RoleIdExtensions.Parse("appsec-engineer")</c> becomes <c>RoleId.AppSecEngineer</c>; and
/// <c>if (Roles.TryGet("appsec-engineer", out var role)) { … }</c>, which always succeeds, becomes
/// <c>var role = Roles.AppSecEngineer;</c> and the body.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseTypedMemberFix))]
[Shared]
public sealed class UseTypedMemberFix : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(KeyDescriptors.KnownKey.Id);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(KeyDescriptors.Shape, out var shape)
                || !diagnostic.Properties.TryGetValue(KeyDescriptors.TypedValue, out var typedValue) || typedValue is null
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal)
            {
                continue;
            }

            var value = Simplifiable(SyntaxFactory.ParseExpression(typedValue));
            var rewritten = shape switch
            {
                KeyDescriptors.ShapeComparison => CompareIds(root, literal, value, diagnostic.Properties[KeyDescriptors.IdProperty]),
                KeyDescriptors.ShapeParse => literal.FirstAncestorOrSelf<InvocationExpressionSyntax>() is { } parse
                    ? root.ReplaceNode(parse, value.WithTriviaFrom(parse))
                    : null,
                KeyDescriptors.ShapeTry => AssignWhatTryGives(root, literal, value),
                _ => null,
            };
            if (rewritten is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Use {diagnostic.Properties[KeyDescriptors.TypedValueShown]}",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(rewritten)),
                    equivalenceKey: KeyDescriptors.KnownKey.Id + shape),
                diagnostic);
        }
    }

    /// <summary>
    /// The value is written fully qualified; each of its member accesses is marked for the simplifier, which reduces
    /// them to what the file's usings allow (an annotation on the whole expression leaves a call's parts qualified).
    /// </summary>
    private static ExpressionSyntax Simplifiable(ExpressionSyntax value) =>
        value.ReplaceNodes(
            value.DescendantNodesAndSelf().OfType<MemberAccessExpressionSyntax>(),
            (_, rewritten) => rewritten.WithAdditionalAnnotations(Simplifier.Annotation));

    /// <summary><c>role.Key == "k"</c> → <c>role.Id == RoleId.Member</c>, either way round.</summary>
    private static SyntaxNode? CompareIds(SyntaxNode root, LiteralExpressionSyntax literal, ExpressionSyntax member, string? idProperty)
    {
        if (idProperty is null || literal.Parent is not BinaryExpressionSyntax comparison)
        {
            return null;
        }

        var key = comparison.Left == literal ? comparison.Right : comparison.Left;
        ExpressionSyntax? id = key switch
        {
            MemberAccessExpressionSyntax access => access.WithName(SyntaxFactory.IdentifierName(idProperty)),
            IdentifierNameSyntax name => SyntaxFactory.IdentifierName(idProperty).WithTriviaFrom(name),
            _ => null,
        };
        if (id is null)
        {
            return null;
        }

        var replaced = comparison.Left == literal
            ? comparison.WithLeft(member.WithTriviaFrom(literal)).WithRight(id)
            : comparison.WithLeft(id).WithRight(member.WithTriviaFrom(literal));
        return root.ReplaceNode(comparison, replaced);
    }

    /// <summary>
    /// A <c>Try…</c> call with a known key always succeeds: as an <c>if</c> condition, its out variable gets the value and
    /// the body follows (the else branch never ran); as a statement, the call becomes the assignment.
    /// </summary>
    private static SyntaxNode? AssignWhatTryGives(SyntaxNode root, LiteralExpressionSyntax literal, ExpressionSyntax value)
    {
        if (literal.Parent is not ArgumentSyntax keyArgument
            || keyArgument.Parent is not ArgumentListSyntax arguments
            || arguments.Parent is not InvocationExpressionSyntax call
            || arguments.Arguments.FirstOrDefault(a => a.RefKindKeyword.IsKind(SyntaxKind.OutKeyword)) is not { } output
            || Assignment(output.Expression, value) is not { } assignment)
        {
            return null;
        }

        if (call.Parent is ExpressionStatementSyntax statement)
        {
            return root.ReplaceNode(statement, assignment.WithTriviaFrom(statement));
        }

        if (call.Parent is not IfStatementSyntax ifStatement || ifStatement.Condition != call)
        {
            return null;
        }

        var body = ifStatement.Statement is BlockSyntax block ? block.Statements.ToList() : new List<StatementSyntax> { ifStatement.Statement };
        var statements = new List<StatementSyntax> { assignment.WithLeadingTrivia(ifStatement.GetLeadingTrivia()) };
        statements.AddRange(body.Select(s => s.WithAdditionalAnnotations(Formatter.Annotation)));
        return ifStatement.Parent switch
        {
            BlockSyntax or SwitchSectionSyntax => root.ReplaceNode(ifStatement, statements),
            GlobalStatementSyntax global => root.ReplaceNode(global, statements.Select(SyntaxFactory.GlobalStatement)),
            _ => null,
        };
    }

    /// <summary><c>out var role</c> → <c>var role = value;</c>, <c>out Role? role</c> → <c>Role? role = value;</c>, <c>out role</c> → <c>role = value;</c>.</summary>
    private static StatementSyntax? Assignment(ExpressionSyntax output, ExpressionSyntax value)
    {
        switch (output)
        {
            case DeclarationExpressionSyntax { Designation: SingleVariableDesignationSyntax variable } declaration:
                return SyntaxFactory.LocalDeclarationStatement(
                    SyntaxFactory.VariableDeclaration(
                        declaration.Type.WithoutTrivia().WithTrailingTrivia(SyntaxFactory.Space),
                        SyntaxFactory.SingletonSeparatedList(
                            SyntaxFactory.VariableDeclarator(variable.Identifier.WithoutTrivia())
                                .WithInitializer(SyntaxFactory.EqualsValueClause(value)))))
                    .WithAdditionalAnnotations(Formatter.Annotation);
            case IdentifierNameSyntax or MemberAccessExpressionSyntax when !IsDiscard(output):
                return SyntaxFactory.ExpressionStatement(
                        SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, output.WithoutTrivia(), value))
                    .WithAdditionalAnnotations(Formatter.Annotation);
            default:
                return null;
        }
    }

    private static bool IsDiscard(ExpressionSyntax output) => output is IdentifierNameSyntax { Identifier.ValueText: "_" };
}
