using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RoleTaxonomy.Testing;

namespace RoleTaxonomy.Generator.Tests.Infrastructure;

/// <summary>What one generator run produced.</summary>
internal sealed record GeneratorRun(
    GeneratorDriver Driver,
    GeneratorDriverRunResult Result,
    Compilation OutputCompilation,
    ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public ImmutableArray<GeneratedSourceResult> Sources => Result.Results.Single().GeneratedSources;

    public string Source(string hintName) => Sources.Single(s => s.HintName == hintName).SourceText.ToString();

    /// <summary>Compiler diagnostics of the generated code (and the test's own C#), warnings and worse.</summary>
    public ImmutableArray<Diagnostic> CompilationProblems => OutputCompilation.GetDiagnostics()
        .Where(d => d.Severity >= DiagnosticSeverity.Warning)
        .ToImmutableArray();
}

/// <summary>Runs <see cref="TaxonomyGenerator"/> in memory, the way the compiler would (see <see cref="GeneratorSetup"/>).</summary>
internal static class GeneratorHarness
{
    public static CSharpParseOptions ParseOptions => GeneratorSetup.ParseOptions;

    public static CSharpParseOptions ConsumerParseOptions => GeneratorSetup.ConsumerParseOptions;

    public static CSharpCompilation CreateCompilation(string source = "", LanguageVersion languageVersion = LanguageVersion.Latest) =>
        GeneratorSetup.CreateCompilation(source, languageVersion);

    public static GeneratorDriver CreateDriver(IEnumerable<YamlFile> files, IReadOnlyDictionary<string, string>? properties = null, LanguageVersion languageVersion = LanguageVersion.Latest)
    {
        var list = files.ToList();
        return GeneratorSetup.CreateDriver(
            list.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToList(),
            list.Where(f => f.IsContent).Select(f => f.Path),
            properties,
            languageVersion);
    }

    public static GeneratorRun Run(IEnumerable<YamlFile> files, string source = "", IReadOnlyDictionary<string, string>? properties = null)
    {
        var compilation = CreateCompilation(source);
        var driver = CreateDriver(files, properties).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorRun(driver, driver.GetRunResult(), output, diagnostics);
    }

    public static GeneratorRun Run(params YamlFile[] files) => Run(files, source: "");

    /// <summary>A driver over <paramref name="texts"/>, of which those at <paramref name="contentPaths"/> are taxonomy content.</summary>
    public static GeneratorDriver CreateDriver(IReadOnlyList<AdditionalText> texts, IEnumerable<string> contentPaths) =>
        GeneratorSetup.CreateDriver(texts, contentPaths);

    /// <summary>Runs over additional files given as the host gives them (any encoding, already decoded), all opted in as content.</summary>
    public static GeneratorRun Run(IReadOnlyList<AdditionalText> texts)
    {
        var compilation = CreateCompilation();
        var driver = GeneratorSetup.CreateDriver(texts, texts.Select(t => t.Path)).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorRun(driver, driver.GetRunResult(), output, diagnostics);
    }
}
