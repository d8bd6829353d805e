using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using RoleTaxonomy.Testing;

namespace RoleTaxonomy.Analyzers.Tests;

/// <summary>
/// Roslyn's analyzer and code-fix tests, set up offline: the running framework's assemblies and RoleTaxonomy.dll
/// instead of reference packages the test framework would download.
/// </summary>
internal static class Verifier
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> Framework = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal)
                || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray());

    /// <summary>A team's taxonomy, the custom-taxonomy sample's YAML, generated as internal code of Contoso.Champions.</summary>
    public static readonly Lazy<ImmutableArray<(string Name, string Text)>> OwnTaxonomy = new(GenerateOwnTaxonomy);

    /// <summary>RT1001 and its fix, with RT1002, the other diagnostic of <see cref="KeyLiteralAnalyzer"/>.</summary>
    public static CSharpCodeFixTest<KeyLiteralAnalyzer, ReplaceWithNearestKeyFix, DefaultVerifier> Test(
        string source, bool withOwnTaxonomy = false, string? fixedSource = null) =>
        Test<KeyLiteralAnalyzer, ReplaceWithNearestKeyFix>(source, withOwnTaxonomy, fixedSource);

    public static CSharpCodeFixTest<TAnalyzer, TFix, DefaultVerifier> Test<TAnalyzer, TFix>(
        string source, bool withOwnTaxonomy = false, string? fixedSource = null)
        where TAnalyzer : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer, new()
        where TFix : Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TFix, DefaultVerifier>
        {
            TestCode = source,
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
        };
        test.TestState.AdditionalReferences.AddRange(Framework.Value);
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(RoleId).Assembly.Location));
        if (withOwnTaxonomy)
        {
            foreach (var (name, text) in OwnTaxonomy.Value)
            {
                test.TestState.Sources.Add((name, text));
            }
        }

        if (fixedSource is not null)
        {
            test.FixedCode = fixedSource;
            if (withOwnTaxonomy)
            {
                foreach (var (name, text) in OwnTaxonomy.Value)
                {
                    test.FixedState.Sources.Add((name, text));
                }
            }
        }

        return test;
    }

    private static ImmutableArray<(string Name, string Text)> GenerateOwnTaxonomy()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "samples", "RoleTaxonomy.CustomTaxonomy", "taxonomy");
        var texts = Directory.GetFiles(folder, "*.yaml").OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (Microsoft.CodeAnalysis.AdditionalText)new InMemoryAdditionalText(
                "taxonomy/" + Path.GetFileName(path), File.ReadAllText(path)))
            .ToList();
        var driver = GeneratorSetup.CreateDriver(
            texts,
            texts.Select(text => text.Path),
            new System.Collections.Generic.Dictionary<string, string>
            {
                ["RoleTaxonomyNamespace"] = "Contoso.Champions",
                ["RoleTaxonomyVisibility"] = "internal",
            },
            addNumbers: false);
        var result = driver.RunGenerators(GeneratorSetup.CreateCompilation(), CancellationToken.None).GetRunResult();
        var generated = result.Results.Single();
        if (generated.Diagnostics.Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error))
        {
            throw new InvalidOperationException(string.Join("\n", generated.Diagnostics));
        }

        return generated.GeneratedSources.Select(source => ("Generated/" + source.HintName, source.SourceText.ToString())).ToImmutableArray();
    }
}
