using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RoleTaxonomy.Generator.Diagnostics;

namespace RoleTaxonomy.Analyzers;

/// <summary>
/// Checks each constant string the code passes where the generated API marks a key, or compares with a key property:
/// a text that is no key is RT1001, with the nearest key for its fix, and a deprecated item's key RT1002.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class KeyLiteralAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(KeyDescriptors.NotAKey, KeyDescriptors.DeprecatedKey);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        KeyConstants.Register(context, Check);
    }

    private static void Check(OperationAnalysisContext context, KeyConstant constant)
    {
        var (text, keys) = (constant.Text, constant.Keys);
        var location = constant.Value.Syntax.GetLocation();
        if (!keys.TryGet(text, out var item))
        {
            var nearest = Suggestions.Nearest(text, keys.InOrder);
            var hint = nearest is not null
                ? $"; did you mean '{nearest}'?"
                : $"; the keys are {string.Join(", ", keys.InOrder.Take(8).Select(key => $"'{key}'"))}{(keys.InOrder.Count > 8 ? ", …" : string.Empty)}";
            var properties = nearest is null
                ? ImmutableDictionary<string, string?>.Empty
                : ImmutableDictionary<string, string?>.Empty.Add(KeyDescriptors.NearestKey, nearest);
            context.ReportDiagnostic(Diagnostic.Create(KeyDescriptors.NotAKey, location, properties, text, keys.Kind, hint));
        }
        else if (item.Deprecation is { } deprecation)
        {
            context.ReportDiagnostic(Diagnostic.Create(KeyDescriptors.DeprecatedKey, location, text, keys.Kind, deprecation));
        }
    }
}
