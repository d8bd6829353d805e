using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace RoleTaxonomy.Generator.Tests.Infrastructure;

/// <summary>
/// What must hold after any generator run, whatever the content: shared by the mutation tests and the fuzz harness
/// (tests/fuzz), which links this file. Uses only the compiler's public API.
/// </summary>
internal static class GeneratorInvariants
{
    /// <summary>
    /// Every broken promise of one run, in words; empty when all hold:
    /// no exception escapes the generator (the compiler would report CS8785 and drop the code); every diagnostic
    /// is an RT diagnostic placed inside a content file, none is RT0099; an error means no code at all; code that
    /// is generated parses without a warning, doc comments included.
    /// </summary>
    /// <param name="result">The driver's result for the run.</param>
    /// <param name="diagnostics">The diagnostics the run reported.</param>
    /// <param name="contents">The content files' paths and texts, to check locations against.</param>
    public static List<string> Violations(GeneratorDriverRunResult result, ImmutableArray<Diagnostic> diagnostics, IReadOnlyDictionary<string, string> contents)
    {
        var violations = new List<string>();
        var generator = result.Results.Single();
        if (generator.Exception is { } exception)
        {
            violations.Add("the generator threw " + exception);
        }

        foreach (var diagnostic in diagnostics.Concat(generator.Diagnostics).Distinct())
        {
            if (!diagnostic.Id.StartsWith("RT", System.StringComparison.Ordinal) || diagnostic.Id == "RT0099")
            {
                violations.Add("unexpected diagnostic " + diagnostic);
                continue;
            }

            if (diagnostic.Id != "RT0018" && !IsInsideContent(diagnostic.Location, contents))
            {
                violations.Add("diagnostic without a place in a content file: " + diagnostic);
            }
        }

        var hasErrors = diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
        if (hasErrors && !generator.GeneratedSources.IsEmpty)
        {
            violations.Add("code was generated despite errors");
        }

        foreach (var source in generator.GeneratedSources)
        {
            foreach (var problem in source.SyntaxTree.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning))
            {
                violations.Add("generated code does not parse cleanly: " + problem);
            }
        }

        return violations;
    }

    private static bool IsInsideContent(Location location, IReadOnlyDictionary<string, string> contents)
    {
        if (location.Kind != LocationKind.ExternalFile)
        {
            return false;
        }

        var span = location.GetLineSpan();
        if (!contents.TryGetValue(span.Path, out var text))
        {
            return false;
        }

        // YamlDotNet places an empty value just after its line; anything further is a wrong place.
        return span.StartLinePosition.Line <= SourceText.From(text).Lines.Count;
    }
}
