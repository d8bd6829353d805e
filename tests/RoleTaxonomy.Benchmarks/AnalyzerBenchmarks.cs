using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;
using RoleTaxonomy.Analyzers;

namespace RoleTaxonomy.Benchmarks;

/// <summary>
/// What the analyzers of the code that uses a taxonomy (generators/RoleTaxonomy.Analyzers, every analyzer of the assembly)
/// add to a consumer's build: the compiler's work on a synthetic consumer of <see cref="Files"/> C# files that uses the
/// RoleTaxonomy package (<see cref="SyntheticConsumer"/>), written at run time.
/// </summary>
/// <remarks>
/// <para>
/// Every invocation parses the files and creates its compilation anew, as csc does: a compilation keeps what it bound
/// (symbols, diagnostics, semantic models) and a syntax tree the nodes it realized, so a benchmark that reused them would
/// time the cache. A second <c>GetDiagnostics()</c> on the same compilation took about 5% of the first, at 200 files.
/// </para>
/// <para>
/// csc makes one pass: <c>Emit</c> binds every method body once and reports every compiler diagnostic with its output, and
/// the analyzers run beside it, fed by the events that pass raises, binding the bodies again through semantic models for
/// their operation trees. The public API cannot attach analyzers to an emit: <see cref="CompilationWithAnalyzers"/> raises
/// those events by calling <c>GetDiagnostics()</c>, a second pass of the compiler that costs about as much as the emit's
/// own binding (measured: <c>GetDiagnostics()</c> then <c>Emit</c> took about the sum of the two). A build with the analyzers
/// through that API would therefore double-count the compiler, and a baseline of <c>GetDiagnostics()</c> then <c>Emit</c>
/// would count it twice too and halve the ratio. So the analyzers' cost is measured as the difference between the same
/// pass with and without them (<see cref="AnalyzerDiagnostics"/> against <see cref="CompilerDiagnostics"/>), and related to
/// csc's build (<see cref="Build"/>): a build with the analyzers is <see cref="Build"/> plus that difference.
/// </para>
/// </remarks>
[AnalyzerJob]
public class AnalyzerBenchmarks
{
    /// <summary>The sizes, in C# files, the table shows: the target is about a consumer of 200.</summary>
    public const int Small = 50;
    public const int Target = 200;
    public const int Large = 800;

    /// <summary>
    /// Time spent in each analyzer's callbacks (<see cref="AnalyzerTelemetryInfo.ExecutionTime"/>), by consumer size, from
    /// one analysis after <see cref="AnalyzerDiagnostics"/>'s measured iterations. The benchmarks run in this process, so the
    /// report reads it here.
    /// </summary>
    public static readonly ConcurrentDictionary<int, IReadOnlyList<(string Analyzer, TimeSpan Time)>> CallbackTimes = new();

    /// <summary>Sizes whose consumer was checked: compiled and analyzed once, whichever benchmark set up first.</summary>
    private static readonly ConcurrentDictionary<int, bool> Checked = new();

    private ImmutableArray<SourceText> _texts = ImmutableArray<SourceText>.Empty;

    [Params(Small, Target, Large)]
    public int Files { get; set; } = Target;

    [GlobalSetup]
    public void Setup()
    {
        _texts = SyntheticConsumer.Write(Files).Select(text => SourceText.From(text, Encoding.UTF8)).ToImmutableArray();
        if (Checked.TryAdd(Files, true))
        {
            SyntheticConsumer.EnsureAnalyzersWork();
            EnsureClean(Compile());
        }
    }

    /// <summary>One more analysis, with the analyzers' callbacks timed, once the measured ones are done (the code is warm).</summary>
    [GlobalCleanup(Target = nameof(AnalyzerDiagnostics))]
    public void RecordCallbackTimes()
    {
        var analyzers = SyntheticConsumer.Analyzers.Value;
        var analysis = Compile().WithAnalyzers(analyzers, SyntheticConsumer.AnalysisOptions(logExecutionTime: true));
        _ = analysis.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        CallbackTimes[Files] = analyzers
            .Select(a => (a.GetType().Name, analysis.GetAnalyzerTelemetryInfoAsync(a, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime))
            .ToList();
    }

    /// <summary>
    /// What csc does without analyzers: parse, bind and write the assembly, its PDB and its reference assembly, as the SDK
    /// asks by default. The emit's result holds every compiler diagnostic (parse, declaration, method bodies).
    /// </summary>
    [Benchmark(Baseline = true)]
    public EmitResult Build()
    {
        using var pe = new MemoryStream();
        using var pdb = new MemoryStream();
        using var reference = new MemoryStream();
        var result = Compile().Emit(pe, pdb, metadataPEStream: reference, options: SyntheticConsumer.EmitOptions);
        return result.Success ? result : throw new InvalidOperationException("The consumer does not build: " + result.Diagnostics.First());
    }

    /// <summary>The compiler's pass through which <see cref="CompilationWithAnalyzers"/> raises its events, without analyzers.</summary>
    [Benchmark]
    public ImmutableArray<Diagnostic> CompilerDiagnostics() => Compile().GetDiagnostics();

    /// <summary>
    /// The same pass with every analyzer fed by its events, run concurrently as csc runs them: what this adds to
    /// <see cref="CompilerDiagnostics"/> is what the analyzers add to a build (their semantic models' binding, their
    /// operation trees, their callbacks, the driver).
    /// </summary>
    [Benchmark]
    public Task<ImmutableArray<Diagnostic>> AnalyzerDiagnostics() =>
        Compile().WithAnalyzers(SyntheticConsumer.Analyzers.Value, SyntheticConsumer.AnalysisOptions(logExecutionTime: false))
            .GetAnalyzerDiagnosticsAsync();

    /// <summary>Parse every file, in parallel as csc does, and create the compilation.</summary>
    private CSharpCompilation Compile()
    {
        var trees = new SyntaxTree[_texts.Length];
        Parallel.For(0, trees.Length, i => trees[i] = CSharpSyntaxTree.ParseText(_texts[i], SyntheticConsumer.ParseOptions, SyntheticConsumer.PathOf(i)));
        return SyntheticConsumer.Compilation(trees);
    }

    /// <summary>
    /// A consumer with errors, or whose constant keys the analyzers reject, or on which an analyzer throws (AD0001: the
    /// driver reports it and goes on), would measure something else than a build.
    /// </summary>
    private static void EnsureClean(CSharpCompilation compilation)
    {
        var analysis = compilation.WithAnalyzers(SyntheticConsumer.Analyzers.Value, SyntheticConsumer.AnalysisOptions(logExecutionTime: false));
        var diagnostics = analysis.GetAllDiagnosticsAsync().GetAwaiter().GetResult();
        var wrong = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error || d.Id is "RT1001" or "RT1002" or "AD0001").ToList();
        if (wrong.Count > 0)
        {
            throw new InvalidOperationException($"The synthetic consumer is not clean ({wrong.Count} diagnostics): " +
                string.Join("; ", wrong.Take(5).Select(d => d.ToString())));
        }
    }
}

/// <summary>
/// A consumer of the RoleTaxonomy package, written by code and never committed: file <c>i</c> is a class of a dozen
/// methods, half of which use the taxonomy as real code does (lookups by variable and by constant keys, key comparisons,
/// parsing, keys and names in messages and logging, loops over all roles), the other half plain code (strings, arithmetic,
/// a LINQ query, a call into the previous file's class), so that the analyzers see taxonomy code in its usual share.
/// </summary>
internal static class SyntheticConsumer
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>A library with nullable reference types on, as a new project is.</summary>
    public static readonly CSharpCompilationOptions Options = new(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);

    /// <summary>
    /// The SDK's defaults: a portable PDB beside the assembly, and a reference assembly without private members (csc's
    /// <c>/refout</c>).
    /// </summary>
    public static readonly EmitOptions EmitOptions = new(debugInformationFormat: DebugInformationFormat.PortablePdb, includePrivateMembers: false);

    private const string LoggingAssembly = "Microsoft.Extensions.Logging.Abstractions.dll";

    /// <summary>The constant keys the consumer uses: all valid, so the analyzers check them and report nothing.</summary>
    private static readonly string[] Keys = { "appsec-engineer", "devsecops-engineer", "product-security-manager", "product-security-director" };

    /// <summary>
    /// The running framework's assemblies (logging too, when this process has it: the ASP.NET Core shared framework) and
    /// RoleTaxonomy.dll, as a consumer of the package references them. The references are shared by every compilation, as
    /// the compiler server keeps them from one build to the next.
    /// </summary>
    public static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal)
                || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll" or LoggingAssembly)
            .Append(typeof(RoleId).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray());

    /// <summary>
    /// Every analyzer of the assembly that a command-line build runs, found as the compiler finds them (non-abstract,
    /// <c>[DiagnosticAnalyzer]</c> for C#), so that analyzers added to it are measured without a change here. Those
    /// that report only suggestions or hidden diagnostics are left out, as csc leaves them out: it shows neither.
    /// </summary>
    public static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> Analyzers = new(() =>
        typeof(KeyLiteralAnalyzer).Assembly.GetTypes()
            .Where(type => typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && !type.IsAbstract
                && type.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any(a => a.Languages.Contains(LanguageNames.CSharp)))
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
            .Where(analyzer => analyzer.SupportedDiagnostics.Any(d => d.DefaultSeverity >= DiagnosticSeverity.Warning))
            .ToImmutableArray());

    private static readonly Lazy<bool> Logging = new(() => References.Value.Any(r => Path.GetFileName(r.Display) == LoggingAssembly));

    /// <summary>As csc runs analyzers: concurrently, with their execution times logged only when asked (<c>/reportanalyzer</c>).</summary>
    public static CompilationWithAnalyzersOptions AnalysisOptions(bool logExecutionTime) => new(
        new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: true,
        logAnalyzerExecutionTime: logExecutionTime, reportSuppressedDiagnostics: false);

    public static CSharpCompilation Compilation(IEnumerable<SyntaxTree> trees) => CSharpCompilation.Create("Consumer", trees, References.Value, Options);

    public static string PathOf(int index) => $"Area{index % 10}/Service{index}.cs";

    /// <summary>
    /// The consumer as a project on disk, on the RoleTaxonomy package of this build's version, for whole builds timed from
    /// outside (docs/performance.md). <c>-p:WithoutTaxonomyAnalyzers=true</c> builds it without the package's analyzers,
    /// and nothing else changes: the generator is not in the package, and the SDK's own analyzers run in both.
    /// </summary>
    public static void WriteProject(string folder, int files)
    {
        var version = typeof(RoleId).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];
        Directory.CreateDirectory(folder);
        System.IO.File.WriteAllText(Path.Combine(folder, "Consumer.csproj"), $$"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <!-- Microsoft.Extensions.Logging, as a web app has it. -->
                <FrameworkReference Include="Microsoft.AspNetCore.App" />
                <PackageReference Include="RoleTaxonomy" Version="{{version}}" />
              </ItemGroup>
              <Target Name="RemoveTaxonomyAnalyzers" BeforeTargets="CoreCompile" Condition="'$(WithoutTaxonomyAnalyzers)' == 'true'">
                <ItemGroup>
                  <Analyzer Remove="@(Analyzer)" Condition="'%(Filename)' == 'RoleTaxonomy.Analyzers' Or '%(Filename)' == 'RoleTaxonomy.Analyzers.CodeFixes'" />
                </ItemGroup>
              </Target>
            </Project>

            """);
        var texts = Write(files);
        for (var i = 0; i < texts.Count; i++)
        {
            var path = Path.Combine(folder, PathOf(i));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            System.IO.File.WriteAllText(path, texts[i]);
        }
    }

    public static IReadOnlyList<string> Write(int files) => Enumerable.Range(0, files).Select(i => File(i, Logging.Value)).ToList();

    /// <summary>
    /// A benchmark of analyzers that do not recognize the package's API would measure analyzers with nothing to do: one
    /// constant that is no key must be reported.
    /// </summary>
    public static void EnsureAnalyzersWork()
    {
        const string Probe = "public static class Probe { public static bool Find() => RoleTaxonomy.Roles.TryGet(\"appsec-enginer\", out _); }";
        var compilation = Compilation(new[] { CSharpSyntaxTree.ParseText(Probe, ParseOptions, "Probe.cs") });
        var diagnostics = compilation.WithAnalyzers(Analyzers.Value, AnalysisOptions(logExecutionTime: false)).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        if (Analyzers.Value.IsEmpty || !diagnostics.Any(d => d.Id == "RT1001"))
        {
            throw new InvalidOperationException($"The analyzers ({Analyzers.Value.Length}) do not report RT1001 on a key that does not exist.");
        }
    }

    private static string File(int i, bool logging)
    {
        var key = Keys[i % Keys.Length];
        var other = Keys[(i + 1) % Keys.Length];
        var previous = Math.Max(i - 1, 0);
        var c = CultureInfo.InvariantCulture;
        var s = new StringBuilder();
        s.Append(c, $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Text;
            {{(logging ? "using Microsoft.Extensions.Logging;\n" : string.Empty)}}using RoleTaxonomy;

            namespace Consumer.Area{{i % 10}};

            /// <summary>One of the consumer's services.</summary>
            public sealed class Service{{i}}
            {
                private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
                private readonly List<string> _history = new();

            """);
        if (logging)
        {
            s.Append(c, $$"""
                    private readonly ILogger _logger;

                    public Service{{i}}(ILogger logger) => _logger = logger;

                """);
        }

        s.Append(c, $$"""
                public string Describe(string key)
                {
                    if (Roles.TryGet(key, out var role))
                    {
                        return $"{role.Name} ({role.Key}): {role.Summary}";
                    }

                    return "unknown role: " + key;
                }

                public string Preferred() => Roles.TryGet("{{key}}", out var role) ? role.Name : string.Empty;

                public bool IsFirstChoice(Role role) => role.Key == "{{key}}" || role.Key == "{{other}}";

                public bool IsManager(Role role) => role.Key == "product-security-manager";

                public int CountKnown(IEnumerable<string> keys)
                {
                    var known = 0;
                    foreach (var key in keys)
                    {
                        if (RoleIdExtensions.TryParse(key, out var id))
                        {
                            var text = id.ToKey();
                            _counts[text] = _counts.TryGetValue(text, out var count) ? count + 1 : 1;
                            known++;
                        }
                    }

                    return known;
                }

                public RoleKey? Parse(string? text) => RoleKey.TryParse(text, out var key) ? key : null;

                public bool Default(out RoleId id) => RoleIdExtensions.TryParse("{{other}}", out id);

                public IReadOnlyList<string> Summaries(int take)
                {
                    var lines = new List<string>();
                    foreach (var role in Roles.All)
                    {
                        if (lines.Count >= take)
                        {
                            break;
                        }

                        lines.Add($"{role.Name}: {role.TaskPatterns.Count} task patterns, key {role.Id.ToKey()}");
                    }

                    return lines;
                }

            """);
        if (logging)
        {
            s.Append(c, $$"""
                    public void Assigned(Role role, string user) =>
                        _logger.LogInformation("Assigned {Role} ({Key}) to {User}", role.Name, role.Id.ToKey(), user);

                """);
        }

        s.Append(c, $$"""
                public void Remember(string entry)
                {
                    _history.Add(entry.Trim());
                    if (_history.Count > {{16 + (i % 7)}})
                    {
                        _history.RemoveAt(0);
                    }
                }

                public static string Slug(string title)
                {
                    var builder = new StringBuilder(title.Length);
                    foreach (var ch in title.Trim())
                    {
                        builder.Append(char.IsLetterOrDigit(ch) ? char.ToLowerInvariant(ch) : '-');
                    }

                    return builder.ToString().Trim('-');
                }

                public static double Mean(IReadOnlyList<double> values)
                {
                    if (values.Count == 0)
                    {
                        return 0;
                    }

                    var sum = 0.0;
                    for (var k = 0; k < values.Count; k++)
                    {
                        sum += values[k] * {{1 + (i % 5)}};
                    }

                    return sum / values.Count / {{1 + (i % 5)}};
                }

                public static IReadOnlyList<(string Word, int Count)> TopWords(string text, int count) =>
                    text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                        .GroupBy(word => word.ToLowerInvariant())
                        .OrderByDescending(group => group.Count())
                        .ThenBy(group => group.Key, StringComparer.Ordinal)
                        .Take(count)
                        .Select(group => (group.Key, group.Count()))
                        .ToList();

                public static int Checksum(int seed)
                {
                    var hash = seed;
                    for (var k = 0; k < {{8 + (i % 9)}}; k++)
                    {
                        hash = unchecked((hash * 31) + (k * {{i + 7}}));
                    }

                    return hash ^ global::Consumer.Area{{previous % 10}}.Service{{previous}}.Seed;
                }

                public static int Seed => {{i * 13 % 97}};

                public string Report() => string.Join(", ", _history.Select((entry, index) => $"{index + 1}. {entry}"));
            }

            """);
        return s.ToString();
    }
}
