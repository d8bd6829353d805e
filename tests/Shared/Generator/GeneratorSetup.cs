using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using RoleTaxonomy.Generator;

namespace RoleTaxonomy.Testing;

/// <summary>
/// Sets <see cref="TaxonomyGenerator"/> up the way the compiler runs it: YAML as additional files, opted in as content
/// through analyzer-config metadata, MSBuild properties as global options. Shared by the generator tests and the benchmarks.
/// </summary>
internal static class GeneratorSetup
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

    /// <param name="withoutAssemblies">File names of framework assemblies the consumer does not reference, such as <c>System.Text.Json.dll</c>.</param>
    public static CSharpCompilation CreateCompilation(
        string source = "", LanguageVersion languageVersion = LanguageVersion.Latest, IReadOnlyCollection<string>? withoutAssemblies = null) =>
        CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText(source, ConsumerParseOptions.WithLanguageVersion(languageVersion), path: "Consumer.cs") },
            withoutAssemblies is null
                ? References.Value
                : References.Value.Where(r => !withoutAssemblies.Contains(System.IO.Path.GetFileName(r.Display ?? string.Empty))),
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                warningLevel: 9999));

    /// <summary>Where <see cref="WithNumbers"/> puts the numbers file it writes.</summary>
    public const string NumbersPath = "numbers.yaml";

    /// <summary>A driver over <paramref name="texts"/>, of which those at <paramref name="contentPaths"/> are taxonomy content.</summary>
    /// <param name="trackSteps">Records every step's run reasons, as tests need; the compiler itself runs without.</param>
    /// <param name="addNumbers">
    /// Content without a numbers file gets the one <c>roletaxonomy numbers</c> would write, as a real taxonomy has
    /// one; false for tests of what happens without it.
    /// </param>
    public static GeneratorDriver CreateDriver(
        IReadOnlyList<AdditionalText> texts,
        IEnumerable<string> contentPaths,
        IReadOnlyDictionary<string, string>? properties = null,
        LanguageVersion languageVersion = LanguageVersion.Latest,
        bool trackSteps = true,
        bool addNumbers = true)
    {
        var paths = contentPaths.ToList();
        if (addNumbers)
        {
            (texts, paths) = WithNumbers(texts, paths);
        }

        return CSharpGeneratorDriver.Create(
            new[] { new TaxonomyGenerator().AsSourceGenerator() },
            texts,
            ParseOptions.WithLanguageVersion(languageVersion),
            new ContentOptionsProvider(properties ?? new Dictionary<string, string>(), paths),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
    }

    /// <summary>
    /// The content as given, and a numbers file for it when it has none (written by the engine's own writer, as
    /// <c>roletaxonomy numbers</c> writes it). Content that already has one is left as it is.
    /// </summary>
    public static (IReadOnlyList<AdditionalText> Texts, List<string> ContentPaths) WithNumbers(
        IReadOnlyList<AdditionalText> texts, List<string> contentPaths)
    {
        var content = new HashSet<string>(contentPaths, StringComparer.Ordinal);
        var bound = texts.Where(t => content.Contains(t.Path))
            .Select(t => TaxonomyEngine.BindFile(t.Path, t.GetText()?.ToString(), CancellationToken.None))
            .ToList();
        if (bound.Count == 0 || bound.Any(f => f.Numbers is not null))
        {
            return (texts, contentPaths);
        }

        var numbers = new InMemoryAdditionalText(NumbersPath, RoleTaxonomy.Generator.Linking.NumbersFileWriter.Write(bound).Text);
        return (texts.Append(numbers).ToList(), contentPaths.Append(NumbersPath).ToList());
    }

    /// <summary>Every text given is content.</summary>
    public static GeneratorDriver CreateDriver(IReadOnlyList<AdditionalText> texts, bool trackSteps = true) =>
        CreateDriver(texts, texts.Select(t => t.Path), trackSteps: trackSteps);

    private sealed class ContentOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private static readonly DictionaryOptions Content = new(new Dictionary<string, string> { [OptionsReader.ContentMetadata] = "true" });

        private readonly HashSet<string> _contentPaths;

        public ContentOptionsProvider(IReadOnlyDictionary<string, string> properties, IEnumerable<string> contentPaths)
        {
            GlobalOptions = new DictionaryOptions(properties.ToDictionary(p => "build_property." + p.Key, p => p.Value));
            _contentPaths = new HashSet<string>(contentPaths, StringComparer.Ordinal);
        }

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            _contentPaths.Contains(textFile.Path) ? Content : DictionaryOptions.Empty;
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

/// <summary>An additional file held in memory; counts how often its text is read, so that tests can see what was re-read.</summary>
internal sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText? _text;
    private int _reads;

    public InMemoryAdditionalText(string path, string? text)
        : this(path, text is null ? null : SourceText.From(text, Encoding.UTF8))
    {
    }

    /// <summary>Text as the host decoded it, in whatever encoding the file had.</summary>
    public InMemoryAdditionalText(string path, SourceText? text)
    {
        Path = path;
        _text = text;
    }

    public override string Path { get; }

    /// <summary>How many times <see cref="GetText"/> has been called.</summary>
    public int Reads => Volatile.Read(ref _reads);

    // Null stands for a file the host could not read, as GetText is allowed to return.
    public override SourceText? GetText(CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _reads);
        return _text;
    }
}
