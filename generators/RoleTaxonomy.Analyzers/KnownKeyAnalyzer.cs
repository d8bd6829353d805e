using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RoleTaxonomy.Analyzers;

/// <summary>
/// RT1003: a constant that is a current item's key, where the typed member says the same and is checked by the
/// compiler; its properties carry that typed value for the fix. An analyzer of its own because a command-line build
/// runs no analyzer whose diagnostics are all suggestions: at its default severity this one costs such a build nothing,
/// where the compiler's handling of every suggestion it reports had been most of what the key checks cost
/// (docs/performance.md).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class KnownKeyAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(KeyDescriptors.KnownKey);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        KeyConstants.Register(context, Check);
    }

    private static void Check(OperationAnalysisContext context, KeyConstant constant)
    {
        if (constant.Keys.TryGet(constant.Text, out var item) && item.Deprecation is null)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                KeyDescriptors.KnownKey,
                constant.Value.Syntax.GetLocation(),
                constant.KnownProperties(item),
                constant.Text,
                constant.Keys.Kind,
                item.Member));
        }
    }
}
