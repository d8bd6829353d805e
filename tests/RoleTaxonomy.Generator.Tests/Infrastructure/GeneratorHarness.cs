using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

using RoleTaxonomy.Testing;

namespace RoleTaxonomy.Generator.Tests.Infrastructure;

/// <summary>A YAML file as the generator sees it: an additional file, opted in as content unless told otherwise.</summary>
internal sealed record ContentText(string Path, string? Text, bool IsContent = true);

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

/// <summary>Runs <see cref="TaxonomyGenerator"/> in memory, the way the compiler would.</summary>
internal static class GeneratorHarness
{
    /// <summary>Generated code is parsed as a project with a documentation file parses it: doc comments are checked.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    /// <summary>The tests' own C# carries no doc comments, and need not.</summary>
    public static readonly CSharpParseOptions ConsumerParseOptions = ParseOptions.WithDocumentationMode(DocumentationMode.Parse);

    /// <summary>The running framework's own assemblies: everything a consumer of the generated code references.</summary>
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(System.IO.Path.PathSeparator)
            .Where(p => System.IO.Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal)
                || System.IO.Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray());

    public static IReadOnlyList<ContentText> RealContent() => Directory
        .EnumerateFiles(RepositoryPaths.Content, "*.yaml", SearchOption.AllDirectories)
        .OrderBy(p => p, StringComparer.Ordinal)
        .Select(p => new ContentText(
            Path.GetRelativePath(RepositoryPaths.Root, p).Replace('\\', '/'),
            File.ReadAllText(p, Encoding.UTF8)))
        .ToList();

    public static CSharpCompilation CreateCompilation(string source = "", LanguageVersion languageVersion = LanguageVersion.Latest) =>
        CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText(source, ConsumerParseOptions.WithLanguageVersion(languageVersion), path: "Consumer.cs") },
            References.Value,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                warningLevel: 9999));

    public static GeneratorDriver CreateDriver(IEnumerable<ContentText> files, IReadOnlyDictionary<string, string>? properties = null, LanguageVersion languageVersion = LanguageVersion.Latest)
    {
        var list = files.ToList();
        return CreateDriver(
            list.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToList(),
            list.Where(f => f.IsContent).Select(f => f.Path),
            properties,
            languageVersion);
    }

    public static GeneratorDriver CreateDriver(
        IReadOnlyList<AdditionalText> texts,
        IEnumerable<string> contentPaths,
        IReadOnlyDictionary<string, string>? properties = null,
        LanguageVersion languageVersion = LanguageVersion.Latest) =>
        CSharpGeneratorDriver.Create(
            new[] { new TaxonomyGenerator().AsSourceGenerator() },
            texts,
            ParseOptions.WithLanguageVersion(languageVersion),
            new TestOptionsProvider(properties ?? new Dictionary<string, string>(), contentPaths),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static GeneratorRun Run(IEnumerable<ContentText> files, string source = "", IReadOnlyDictionary<string, string>? properties = null)
    {
        var compilation = CreateCompilation(source);
        var driver = CreateDriver(files, properties).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorRun(driver, driver.GetRunResult(), output, diagnostics);
    }

    public static GeneratorRun Run(params ContentText[] files) => Run(files, source: "");

    /// <summary>Runs over additional files given as the host gives them (any encoding, already decoded), all opted in as content.</summary>
    public static GeneratorRun Run(IReadOnlyList<AdditionalText> texts)
    {
        var compilation = CreateCompilation();
        var driver = CreateDriver(texts, texts.Select(t => t.Path)).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorRun(driver, driver.GetRunResult(), output, diagnostics);
    }

    internal sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText? _text;

        public InMemoryAdditionalText(string path, string? text)
            : this(path, text is null ? null : SourceText.From(text, Encoding.UTF8))
        {
        }

        public InMemoryAdditionalText(string path, SourceText? text)
        {
            Path = path;
            _text = text;
        }

        public override string Path { get; }

        // Null stands for a file the host could not read, as GetText is allowed to return.
        public override SourceText? GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly HashSet<string> _contentPaths;

        public TestOptionsProvider(IReadOnlyDictionary<string, string> properties, IEnumerable<string> contentPaths)
        {
            GlobalOptions = new DictionaryOptions(properties.ToDictionary(p => "build_property." + p.Key, p => p.Value));
            _contentPaths = new HashSet<string>(contentPaths, StringComparer.Ordinal);
        }

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _contentPaths.Contains(textFile.Path)
            ? new DictionaryOptions(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.RoleTaxonomyContent"] = "true" })
            : DictionaryOptions.Empty;
    }

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

        private readonly Dictionary<string, string> _values;

        public DictionaryOptions(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
            _values.TryGetValue(key, out value);
    }
}
