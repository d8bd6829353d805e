using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Reports;

namespace RoleTaxonomy.Benchmarks;

/// <summary>
/// The targets side by side, from the summaries of one run and the evidence collected before it: the tables that
/// docs/performance.md shows.
/// </summary>
internal sealed class PerformanceReport
{
    private const double MaxGenerationOverParse = 2.0;
    private const double MaxRerunShare = 0.05;
    private const double MinLookupSpeedup = 10.0;
    private const double MinApiRateShare = 0.8;

    /// <summary>A build with the analyzers against the same build without them, at <see cref="AnalyzerBenchmarks.Target"/> files.</summary>
    private const double MaxAnalyzerOverBuild = 1.05;

    /// <summary>"Flat": what the analyzers add per file at the largest consumer against the smallest.</summary>
    private const double MaxAnalyzerPerFileGrowth = 1.5;

    private static readonly int[] AnalyzerSizes = { AnalyzerBenchmarks.Small, AnalyzerBenchmarks.Target, AnalyzerBenchmarks.Large };

    /// <summary>The consumer's compile of the generated code against the generator's own run, at 1,000 roles.</summary>
    private const double MaxCompileOverGeneration = 10.0;

    /// <summary>
    /// How much that compile may grow from 300 to 1,000 roles: 3.33× the roles, so linear growth and a margin for what
    /// a larger compilation costs the garbage collector.
    /// </summary>
    private const double MaxCompileGrowth = 4.5;

    private static readonly string[] CompileSizes = { Inputs.Roles100, Inputs.Roles300, Inputs.Roles1000 };

    /// <summary>The generated lookups from a key against a <c>FrozenDictionary&lt;string, T&gt;</c>, at every size.</summary>
    private const double MinScaleLookupSpeedup = 2.0;

    private static readonly int[] LookupScaleSizes = { 10, 1000, 10000 };

    /// <summary>How much the live heap's trend over one endpoint's measured batches under load may grow (see <see cref="ApiLoadDiagnoser"/>).</summary>
    private const long MaxHeapGrowth = 1024 * 1024;

    /// <summary>The size of the smallest object on a 64-bit runtime (header, method table, one field's slot).</summary>
    private const long SmallestObject = 24;

    /// <summary>
    /// The three requests, by benchmark method: <see cref="ApiBenchmarks"/> and <see cref="ApiLoadBenchmarks"/> name theirs
    /// alike, so the API's lookups say which class they read.
    /// </summary>
    private static readonly (string Method, string Path)[] ApiRequests =
    {
        (nameof(ApiBenchmarks.Trivial), ApiHost.TrivialPath),
        (nameof(ApiBenchmarks.Taxonomy), ApiHost.TaxonomyPath),
        (nameof(ApiBenchmarks.RoleByKey), ApiHost.RolePath),
    };

    /// <summary>Under load, also the export's bytes from a trivial endpoint, which only <see cref="ApiLoadBenchmarks"/> measures.</summary>
    private static readonly (string Method, string Path)[] ApiLoadRequests =
        ApiRequests.Take(1).Append((nameof(ApiLoadBenchmarks.ExportBytes), ApiHost.ExportBytesPath)).Concat(ApiRequests.Skip(1)).ToArray();

    private static readonly string[] ApiEndpoints = { nameof(ApiBenchmarks.Taxonomy), nameof(ApiBenchmarks.RoleByKey) };

    private static readonly string[] FromIdLookups = { nameof(LookupBenchmarks.ToKey), nameof(LookupBenchmarks.ToDisplayName), nameof(LookupBenchmarks.RolesGet) };
    private static readonly string[] FromKeyLookups = { nameof(LookupBenchmarks.TryParse), nameof(LookupBenchmarks.RolesTryGet) };

    private readonly List<BenchmarkReport> _reports;
    private readonly Evidence _evidence;
    private readonly StringBuilder _md = new();

    private readonly string? _loadBefore;
    private readonly string? _loadAfter;

    private PerformanceReport(IEnumerable<Summary> summaries, Evidence evidence, string? loadBefore, string? loadAfter)
    {
        _reports = summaries.SelectMany(s => s.Reports).ToList();
        _evidence = evidence;
        _loadBefore = loadBefore;
        _loadAfter = loadAfter;
    }

    /// <summary>The machine's load average, where the system tells it (Linux): other work on the machine skews timings.</summary>
    public static string? LoadAverage() => System.IO.File.Exists("/proc/loadavg")
        ? string.Join(", ", System.IO.File.ReadAllText("/proc/loadavg").Split(' ').Take(3))
        : null;

    /// <summary>True when every target holds; false when one misses or could not be measured.</summary>
    public bool AllHold { get; private set; } = true;

    public static (string Markdown, bool AllHold) Render(
        IReadOnlyList<Summary> summaries, Evidence evidence, string command, string? loadBefore, string? loadAfter)
    {
        var report = new PerformanceReport(summaries, evidence, loadBefore, loadAfter);
        var markdown = report.Write(summaries, command);
        return (markdown, report.AllHold);
    }

    private string Write(IReadOnlyList<Summary> summaries, string command)
    {
        _md.Append("Commit: `").Append(Commit()).Append("` · command: `").Append(command).Append("`\n\n");
        if (Jobs.Short)
        {
            _md.Append("**Smoke run (`--short`): one invocation per benchmark. These numbers show that everything runs, not how fast.**\n\n");
        }

        if (summaries.Count > 0 && summaries[0] is { } first)
        {
            _md.Append("```\n").Append(string.Join("\n", first.HostEnvironmentInfo.ToFormattedString())).Append("\n```\n\n");
        }

        if (_loadBefore is not null && _loadAfter is not null)
        {
            _md.Append(CultureInfo.InvariantCulture, $"Load average (1, 5, 15 min) before the run: {_loadBefore}; after: {_loadAfter}.\n\n");
        }

        Targets();
        Generation();
        Incremental();
        Scaling();
        ConsumerCompile();
        Lookups();
        LookupsAtScale();
        ColdStart();
        Api();
        ApiLoad();
        Analyzers();
        return _md.ToString();
    }

    /// <summary>
    /// The commit these benchmarks were built from: the SDK writes it into the informational version
    /// (<c>1.0.0+&lt;sha&gt;</c>) when it builds in a git checkout.
    /// </summary>
    private static string Commit()
    {
        var version = typeof(PerformanceReport).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), inherit: false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>()
            .FirstOrDefault()?.InformationalVersion;
        var plus = version?.IndexOf('+') ?? -1;
        return plus < 0 ? "unknown (built outside a git checkout)" : version!.Substring(plus + 1, System.Math.Min(7, version.Length - plus - 1));
    }

    private void Targets()
    {
        _md.Append("### Targets\n\n| target | measured | holds |\n| --- | --- | --- |\n");

        var generations = new[] { Inputs.Roles100, Inputs.Roles1000 }
            .Select(t => (Roles: Inputs.RoleCount(t), Parse: Mean(nameof(GenerationBenchmarks.ParseYamlOnly), t),
                Full: Mean(nameof(GenerationBenchmarks.FullGeneration), t)))
            .ToList();
        Row("a full generation at 100 and at 1,000 roles costs at most 2× parsing the same YAML alone",
            string.Join("; ", generations.Select(g => $"{Ratio(g.Full / g.Parse)} at {g.Roles:N0} roles ({Time(g.Full)} against {Time(g.Parse)})")),
            generations.All(g => g.Full / g.Parse <= MaxGenerationOverParse));

        var compiles = CompileSizes.Select(CompileOf).ToList();
        var (compile300, compile1000) = (CompileOf(Inputs.Roles300), CompileOf(Inputs.Roles1000));
        var compileGrowth = compile1000.Compile / compile300.Compile;
        Row("at 1,000 roles, compiling the generated code costs at most 10× the generator's own run, " +
            "and grows at most 4.5× from 300 to 1,000 roles",
            string.Join("; ", compiles.Select(c => $"{Ratio(c.Ratio)} at {c.Roles:N0} roles")) +
            $" ({Time(compile1000.Compile)} against {Time(compile1000.Generate)} at 1,000); " +
            $"{Ratio(compileGrowth)} from 300 to 1,000 roles",
            compile1000.Ratio <= MaxCompileOverGeneration && compileGrowth <= MaxCompileGrowth);

        var shares = new[] { Inputs.Content, Inputs.Files100 }
            .Select(t => (Taxonomy: t, Share: Mean(nameof(IncrementalBenchmarks.RerunAfterCSharpEdit), t) / Mean(nameof(IncrementalBenchmarks.FullRun), t),
                Evidence: _evidence.Rerun(t, Evidence.CSharpEdit)))
            .ToList();
        Row("a rerun after an unrelated C# edit costs at most 5% of a full run, with no YAML re-parsed",
            string.Join("; ", shares.Select(s => $"{s.Taxonomy}: {Percent(s.Share)} of a full run, {s.Evidence.Reparsed} of {s.Evidence.Files} files re-parsed " +
                $"(BoundFiles: {s.Evidence.Bound}), {s.Evidence.TextsRead} texts read")),
            shares.All(s => s.Share <= MaxRerunShare && s.Evidence.Reparsed == 0 && s.Evidence.TextsRead == 0));

        var yaml = _evidence.Rerun(Inputs.Files100, Evidence.YamlEdit);
        Row("one edited YAML file among 100 re-parses that one file only",
            $"{yaml.Reparsed} of {yaml.Files} files re-parsed (BoundFiles: {yaml.Bound}), {yaml.TextsRead} text read",
            yaml.Files == 100 && yaml.Reparsed == 1 && yaml.Bound.Cached == 99 && yaml.TextsRead == 1);

        var lookups = FromIdLookups.Select(m => (Method: m, Baseline: nameof(LookupBenchmarks.EnumToString)))
            .Concat(FromKeyLookups.Select(m => (Method: m, Baseline: nameof(LookupBenchmarks.EnumTryParse))))
            .Select(l => (l.Method, l.Baseline, Speedup: Mean(l.Baseline, null) / Mean(l.Method, null), Allocated: Allocated(l.Method, null)))
            .ToList();
        Row("run-time lookups allocate nothing and are at least 10× faster than Enum.ToString / Enum.TryParse",
            string.Join("; ", lookups.Select(l => $"{l.Method}: {Speedup(l.Speedup)} {l.Baseline}, {Bytes(l.Allocated)}")),
            lookups.All(l => l.Speedup >= MinLookupSpeedup && l.Allocated == 0));

        var scaled = LookupScaleSizes.Select(LookupScaleOf).ToList();
        Row("lookups from a key at 10, 1,000 and 10,000 items in one enum allocate nothing " +
            "and are at least 2× faster than a FrozenDictionary<string, T>",
            string.Join("; ", scaled.Select(l => $"{l.Items:N0} items: " +
                $"TryParse(string) {Speedup(l.GeneratedSpeedup)} Frozen, {Bytes(l.GeneratedAllocated)}, " +
                $"TryParse(span) {Speedup(l.GeneratedSpanSpeedup)} Frozen, {Bytes(l.GeneratedSpanAllocated)}")),
            scaled.All(l => l.GeneratedSpeedup >= MinScaleLookupSpeedup && l.GeneratedSpanSpeedup >= MinScaleLookupSpeedup
                && l.GeneratedAllocated == 0 && l.GeneratedSpanAllocated == 0));

        ApiRateRow("the taxonomy API serves at least 0.8× the requests per second of a trivial endpoint on the same host", typeof(ApiBenchmarks));
        ApiRateRow($"with {ApiLoadBenchmarks.Concurrency} requests in flight, the taxonomy API serves at least 0.8× the requests per second of the trivial endpoint",
            typeof(ApiLoadBenchmarks));

        var heaps = ApiLoadRequests.Select(r => (r.Method, Trend: Size(r.Method, ApiLoadDiagnoser.HeapTrend),
            Before: Size(r.Method, ApiLoadDiagnoser.HeapBefore), After: Size(r.Method, ApiLoadDiagnoser.HeapAfter))).ToList();
        Row($"under load, the live managed heap after a full GC grows by at most {Bytes(MaxHeapGrowth)} over each endpoint's measured batches " +
            $"(its trend: the median step between samples every {ApiLoadDiagnoser.SampleEvery} batches, times the steps)",
            string.Join("; ", heaps.Select(h => $"{h.Method}: {SignedBytes(h.Trend)} ({Bytes(h.Before)} at the start, {Bytes(h.After)} at the end)")),
            heaps.All(h => h.Trend <= MaxHeapGrowth));

        var target = AnalyzerBuild(AnalyzerBenchmarks.Target);
        var (small, large) = (AnalyzerBuild(AnalyzerBenchmarks.Small), AnalyzerBuild(AnalyzerBenchmarks.Large));
        Row($"the analyzers add at most 5% to a build of a {AnalyzerBenchmarks.Target}-file consumer, and their time per file stays flat " +
            $"from {AnalyzerBenchmarks.Small} to {AnalyzerBenchmarks.Large} files",
            $"{Ratio(target.Ratio)} at {target.Files} files ({Time(target.With)} against {Time(target.Build)}); added per file: " +
            string.Join(", ", AnalyzerSizes.Select(f => $"{Time(AnalyzerBuild(f).AddedPerFile)} at {f}")) +
            $" ({Ratio(large.AddedPerFile / small.AddedPerFile)} from {small.Files} to {large.Files})",
            target.Ratio <= MaxAnalyzerOverBuild && large.AddedPerFile <= MaxAnalyzerPerFileGrowth * small.AddedPerFile);
        _md.Append('\n');
    }

    /// <summary>
    /// A consumer's build without and with the analyzers (see <see cref="AnalyzerBenchmarks"/>): csc's build, and what the
    /// analyzers add to the compiler's pass that feeds them; NaN where a benchmark did not run.
    /// </summary>
    private AnalyzerBuildResult AnalyzerBuild(int files)
    {
        var build = Mean(nameof(AnalyzerBenchmarks.Build), files);
        var compiler = Mean(nameof(AnalyzerBenchmarks.CompilerDiagnostics), files);
        var analyzers = Mean(nameof(AnalyzerBenchmarks.AnalyzerDiagnostics), files);
        var (buildBytes, compilerBytes, analyzerBytes) = (Allocated(nameof(AnalyzerBenchmarks.Build), files),
            Allocated(nameof(AnalyzerBenchmarks.CompilerDiagnostics), files), Allocated(nameof(AnalyzerBenchmarks.AnalyzerDiagnostics), files));
        return new AnalyzerBuildResult(files, build, compiler, analyzers, buildBytes, buildBytes + (analyzerBytes - compilerBytes));
    }

    private sealed record AnalyzerBuildResult(int Files, double Build, double Compiler, double Analyzers, long? BuildAllocated, long? WithAllocated)
    {
        public double Added => Analyzers - Compiler;

        public double With => Build + Added;

        public double Ratio => With / Build;

        public double AddedPerFile => Added / Files;
    }

    /// <summary>
    /// The generator's run and the consumer's compile of what it wrote (see <see cref="ConsumerCompileBenchmarks"/>);
    /// NaN where a benchmark did not run.
    /// </summary>
    private CompileResult CompileOf(string taxonomy)
    {
        var benchmarks = typeof(ConsumerCompileBenchmarks);
        return new CompileResult(
            Inputs.RoleCount(taxonomy),
            Mean(nameof(ConsumerCompileBenchmarks.Generate), taxonomy, benchmarks),
            Mean(nameof(ConsumerCompileBenchmarks.CompileGenerated), taxonomy, benchmarks),
            Allocated(nameof(ConsumerCompileBenchmarks.Generate), taxonomy, benchmarks),
            Allocated(nameof(ConsumerCompileBenchmarks.CompileGenerated), taxonomy, benchmarks));
    }

    private sealed record CompileResult(int Roles, double Generate, double Compile, long? GenerateAllocated, long? CompileAllocated)
    {
        public double Ratio => Compile / Generate;
    }

    /// <summary>
    /// One lookup from a key in an enum of <paramref name="items"/> members, per lookup (see
    /// <see cref="KeyLookupScaleBenchmarks"/>); NaN where a benchmark did not run.
    /// </summary>
    private LookupScaleResult LookupScaleOf(int items)
    {
        var (frozen, generated, span) = (nameof(KeyLookupScaleBenchmarks.Frozen), nameof(KeyLookupScaleBenchmarks.Generated),
            nameof(KeyLookupScaleBenchmarks.GeneratedSpan));
        return new LookupScaleResult(items, ScaleMean(frozen, items), ScaleMean(generated, items), ScaleMean(span, items),
            ScaleAllocated(generated, items), ScaleAllocated(span, items));
    }

    private sealed record LookupScaleResult(
        int Items, double Frozen, double Generated, double GeneratedSpan, long? GeneratedAllocated, long? GeneratedSpanAllocated)
    {
        public double GeneratedSpeedup => Frozen / Generated;

        public double GeneratedSpanSpeedup => Frozen / GeneratedSpan;
    }

    private void ApiRateRow(string target, Type benchmarks)
    {
        var trivial = Mean(nameof(ApiBenchmarks.Trivial), null, benchmarks);
        var rates = ApiEndpoints.Select(m => (Method: m, Share: trivial / Mean(m, null, benchmarks))).ToList();
        Row(target,
            string.Join("; ", rates.Select(r => $"{r.Method}: {Ratio(r.Share)} of {nameof(ApiBenchmarks.Trivial)}'s rate")),
            rates.All(r => r.Share >= MinApiRateShare));
    }

    private void Generation()
    {
        _md.Append("### Generation (`GenerationBenchmarks`)\n\n")
            .Append("| taxonomy | benchmark | mean | ratio to parsing alone | allocated |\n| --- | --- | ---: | ---: | ---: |\n");
        foreach (var taxonomy in new[] { Inputs.Content, Inputs.Roles10, Inputs.Roles100, Inputs.Roles1000 })
        {
            var parse = Mean(nameof(GenerationBenchmarks.ParseYamlOnly), taxonomy);
            foreach (var method in new[]
            {
                nameof(GenerationBenchmarks.ParseYamlOnly), nameof(GenerationBenchmarks.ReadYamlSyntax), nameof(GenerationBenchmarks.BindFiles),
                nameof(GenerationBenchmarks.BindLinkEmit), nameof(GenerationBenchmarks.FullGeneration),
            })
            {
                var mean = Mean(method, taxonomy);
                _md.Append(CultureInfo.InvariantCulture, $"| {taxonomy} | {method} | {Time(mean)} | {Ratio(mean / parse)} | {Bytes(Allocated(method, taxonomy))} |\n");
            }
        }

        _md.Append('\n');
    }

    private void Incremental()
    {
        _md.Append("### Incremental (`IncrementalBenchmarks`)\n\n")
            .Append("| taxonomy | benchmark | mean | share of a full run | allocated | files re-parsed | YAML texts read |\n| --- | --- | ---: | ---: | ---: | ---: | ---: |\n");
        foreach (var taxonomy in new[] { Inputs.Content, Inputs.Files100 })
        {
            var fullRun = Mean(nameof(IncrementalBenchmarks.FullRun), taxonomy);
            foreach (var (method, edit) in new[]
            {
                (nameof(IncrementalBenchmarks.FullRun), (string?)null),
                (nameof(IncrementalBenchmarks.RerunAfterCSharpEdit), Evidence.CSharpEdit),
                (nameof(IncrementalBenchmarks.RerunAfterYamlEdit), Evidence.YamlEdit),
            })
            {
                var mean = Mean(method, taxonomy);
                var evidence = edit is null ? null : _evidence.Rerun(taxonomy, edit);
                _md.Append(CultureInfo.InvariantCulture, $"| {taxonomy} | {method} | {Time(mean)} | {Percent(mean / fullRun)} | {Bytes(Allocated(method, taxonomy))} | ")
                    .Append(evidence is null ? "all" : $"{evidence.Reparsed} of {evidence.Files}").Append(" | ")
                    .Append(evidence is null ? "all" : evidence.TextsRead.ToString(CultureInfo.InvariantCulture)).Append(" |\n");
            }
        }

        _md.Append('\n');
    }

    private void Scaling()
    {
        _md.Append("### Scaling (ten task patterns per role; growth is against the row above, ten times fewer roles)\n\n")
            .Append("| roles | full generation | growth | per role | allocated | growth | per role | parsing alone, per role | YAML per role | emitted C# | per role |\n")
            .Append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        var (previousMean, previousAllocated) = (double.NaN, (long?)null);
        foreach (var taxonomy in new[] { Inputs.Roles10, Inputs.Roles100, Inputs.Roles1000 })
        {
            var size = _evidence.Sizes.Single(s => s.Taxonomy == taxonomy);
            var mean = Mean(nameof(GenerationBenchmarks.FullGeneration), taxonomy);
            var allocated = Allocated(nameof(GenerationBenchmarks.FullGeneration), taxonomy);
            var parse = Mean(nameof(GenerationBenchmarks.ParseYamlOnly), taxonomy);
            var allocatedGrowth = allocated is { } a && previousAllocated is { } p and > 0 ? (double)a / p : double.NaN;
            _md.Append(CultureInfo.InvariantCulture, $"| {size.Roles:N0} | {Time(mean)} | {Ratio(mean / previousMean)} | {Time(mean / size.Roles)} | ")
                .Append(CultureInfo.InvariantCulture, $"{Bytes(allocated)} | {Ratio(allocatedGrowth)} | {Bytes(allocated / size.Roles)} | ")
                .Append(CultureInfo.InvariantCulture, $"{Time(parse / size.Roles)} | {Characters((long)size.YamlCharactersPerRole)} | ")
                .Append(CultureInfo.InvariantCulture, $"{Characters(size.Characters)} in {size.Sources} files | {Characters((long)size.CharactersPerRole)} |\n");
            (previousMean, previousAllocated) = (mean, allocated);
        }

        var content = _evidence.Sizes.Single(s => s.Taxonomy == Inputs.Content);
        _md.Append(CultureInfo.InvariantCulture, $"\nThe real content ({content.Roles} roles, five task patterns each, nine vocabularies and the page: ")
            .Append(CultureInfo.InvariantCulture, $"{Characters(content.YamlCharacters)} of YAML) emits {Characters(content.Characters)} in {content.Sources} files.\n\n");
    }

    private void ConsumerCompile()
    {
        _md.Append("### Compiling the generated code (`ConsumerCompileBenchmarks`)\n\n")
            .Append("| roles | generator's run | compile of the generated code | ratio | growth against the row above (roles' growth) | ")
            .Append("allocated (generator's run; compile) |\n| ---: | ---: | ---: | ---: | ---: | ---: |\n");
        CompileResult? previous = null;
        foreach (var c in CompileSizes.Select(CompileOf))
        {
            var growth = previous is null ? "n/a" : $"{Ratio(c.Compile / previous.Compile)} ({Ratio((double)c.Roles / previous.Roles)})";
            _md.Append(CultureInfo.InvariantCulture, $"| {c.Roles:N0} | {Time(c.Generate)} | {Time(c.Compile)} | {Ratio(c.Ratio)} | {growth} | ")
                .Append(CultureInfo.InvariantCulture, $"{Bytes(c.GenerateAllocated)}; {Bytes(c.CompileAllocated)} |\n");
            previous = c;
        }

        _md.Append("\nThe compile parses the generated files, adds them to the consumer's compilation, reports its diagnostics and ")
            .Append("writes the assembly and its portable PDB; the generator's run is `FullGeneration`'s, which leaves that parse to the compiler.\n\n");
    }

    /// <summary>A new process per iteration (see <see cref="ColdStartBenchmarks"/>): what the taxonomy adds to a start.</summary>
    private void ColdStart()
    {
        var benchmarks = typeof(ColdStartBenchmarks);
        var empty = Mean(nameof(ColdStartBenchmarks.Empty), null, benchmarks);
        _md.Append("### Cold start (`ColdStartBenchmarks`, a new process per iteration)\n\n")
            .Append("| program | mean | ratio to the empty program | added to the empty program |\n| --- | ---: | ---: | ---: |\n");
        foreach (var (method, what) in new[]
        {
            (nameof(ColdStartBenchmarks.Empty), "empty"),
            (nameof(ColdStartBenchmarks.Catalogs), "the catalogs (`Roles.All`)"),
            (nameof(ColdStartBenchmarks.JsonExport), "the JSON export (`JsonDocument`)"),
        })
        {
            var mean = Mean(method, null, benchmarks);
            var added = method == nameof(ColdStartBenchmarks.Empty) ? "n/a" : Time(mean - empty);
            _md.Append(CultureInfo.InvariantCulture, $"| {what} | {Time(mean)} | {Ratio(mean / empty)} | {added} |\n");
        }

        var catalogs = Mean(nameof(ColdStartBenchmarks.Catalogs), null, benchmarks);
        var json = Mean(nameof(ColdStartBenchmarks.JsonExport), null, benchmarks);
        _md.Append(CultureInfo.InvariantCulture, $"\nA process that reads the catalogs takes {Ratio(catalogs / json)} the time of one that reads the export; ")
            .Append(CultureInfo.InvariantCulture, $"what the taxonomy adds to the start, {Ratio((catalogs - empty) / (json - empty))}.\n\n");
    }

    private void Lookups()
    {
        _md.Append("### Run time (`LookupBenchmarks`, per lookup)\n\n")
            .Append("| from | benchmark | mean | ratio to the Enum method | allocated |\n| --- | --- | ---: | ---: | ---: |\n");
        foreach (var (category, baseline, methods) in new[]
        {
            (LookupBenchmarks.FromId, nameof(LookupBenchmarks.EnumToString), FromIdLookups.Append(nameof(LookupBenchmarks.DictionaryById))),
            (LookupBenchmarks.FromKey, nameof(LookupBenchmarks.EnumTryParse), FromKeyLookups.Append(nameof(LookupBenchmarks.DictionaryByKey))),
        })
        {
            var baseMean = Mean(baseline, null);
            foreach (var method in methods.Prepend(baseline))
            {
                var mean = Mean(method, null);
                _md.Append(CultureInfo.InvariantCulture, $"| {category} | {method} | {Time(mean)} | {Ratio(mean / baseMean)} | {Bytes(Allocated(method, null))} |\n");
            }
        }

        _md.Append('\n');
    }

    private void LookupsAtScale()
    {
        _md.Append("### Lookups at scale (`KeyLookupScaleBenchmarks`, per lookup)\n\n")
            .Append("| items | FrozenDictionary | TryParse(string) | TryParse(span) | speed-up (string; span) | allocated (string; span) |\n")
            .Append("| ---: | ---: | ---: | ---: | ---: | ---: |\n");
        foreach (var l in LookupScaleSizes.Select(LookupScaleOf))
        {
            _md.Append(CultureInfo.InvariantCulture, $"| {l.Items:N0} | {Time(l.Frozen)} | {Time(l.Generated)} | {Time(l.GeneratedSpan)} | ")
                .Append(CultureInfo.InvariantCulture, $"{Ratio(l.GeneratedSpeedup)}; {Ratio(l.GeneratedSpanSpeedup)} | ")
                .Append(CultureInfo.InvariantCulture, $"{Bytes(l.GeneratedAllocated)}; {Bytes(l.GeneratedSpanAllocated)} |\n");
        }

        _md.Append('\n');
    }

    private void Api()
    {
        _md.Append("### HTTP (`ApiBenchmarks`, per request, one connection over loopback)\n\n")
            .Append("| endpoint | mean | requests per second | ratio to the trivial endpoint's rate | p99 | allocated |\n")
            .Append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
        var benchmarks = typeof(ApiBenchmarks);
        var trivial = Mean(nameof(ApiBenchmarks.Trivial), null, benchmarks);
        foreach (var (method, path) in ApiRequests)
        {
            var mean = Mean(method, null, benchmarks);
            _md.Append(CultureInfo.InvariantCulture,
                $"| `GET {path}` | {Time(mean)} | {Rate(mean)} | {Ratio(trivial / mean)} | {Time(Percentile99(method))} | {Bytes(Allocated(method, null, benchmarks))} |\n");
        }

        _md.Append('\n');
    }

    private void ApiLoad()
    {
        _md.Append(CultureInfo.InvariantCulture, $"### HTTP under load (`ApiLoadBenchmarks`, batches of {ApiLoadBenchmarks.Requests:N0} requests, ")
            .Append(CultureInfo.InvariantCulture, $"{ApiLoadBenchmarks.Concurrency} in flight on as many connections over loopback)\n\n")
            .Append("| endpoint | body | mean per request | requests per second | ratio to the trivial endpoint's rate | p99 | allocated per request | live heap at the start | at the end | change | trend |\n")
            .Append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        var benchmarks = typeof(ApiLoadBenchmarks);
        var trivial = Mean(nameof(ApiLoadBenchmarks.Trivial), null, benchmarks);
        foreach (var (method, path) in ApiLoadRequests)
        {
            var mean = Mean(method, null, benchmarks);
            var (before, after) = (Size(method, ApiLoadDiagnoser.HeapBefore), Size(method, ApiLoadDiagnoser.HeapAfter));
            _md.Append(CultureInfo.InvariantCulture, $"| `GET {path}` | {Bytes(Size(method, ApiLoadDiagnoser.Body))} | {Time(mean)} | {Rate(mean)} | {Ratio(trivial / mean)} | ")
                .Append(CultureInfo.InvariantCulture, $"{Time(LoadMetric(method, ApiLoadDiagnoser.P99))} | {Bytes(Allocated(method, null, benchmarks))} | ")
                .Append(CultureInfo.InvariantCulture, $"{Bytes(before)} | {Bytes(after)} | {SignedBytes(after - before)} | {SignedBytes(Size(method, ApiLoadDiagnoser.HeapTrend))} |\n");
        }

        var timed = ApiLoadRequests.Select(r => LoadMetric(r.Method, ApiLoadDiagnoser.Timed)).Where(t => !double.IsNaN(t)).ToList();
        if (timed.Count > 0)
        {
            var requests = (long)timed.Min();
            _md.Append(CultureInfo.InvariantCulture, $"\nThe p99 and the heap are taken over the measured batches only, {requests:N0} requests per endpoint; ")
                .Append(CultureInfo.InvariantCulture, $"the heap after a full GC at the start, every {ApiLoadDiagnoser.SampleEvery} batches and at the end, and the trend is the median step ")
                .Append(CultureInfo.InvariantCulture, $"between samples times the steps, so that one drop or jump does not move it. One object kept per request, at least {SmallestObject} B, ")
                .Append(CultureInfo.InvariantCulture, $"would grow it by {Bytes(requests * SmallestObject)}.\n");
        }

        _md.Append('\n');
    }

    private void Analyzers()
    {
        _md.Append("### Analyzers in a build (`AnalyzerBenchmarks`)\n\n")
            .Append("| files | build | with the analyzers | ratio | added per file | allocated (build; with the analyzers) |\n")
            .Append("| ---: | ---: | ---: | ---: | ---: | ---: |\n");
        var results = AnalyzerSizes.Select(AnalyzerBuild).ToList();
        foreach (var r in results)
        {
            _md.Append(CultureInfo.InvariantCulture, $"| {r.Files} | {Time(r.Build)} | {Time(r.With)} | {Ratio(r.Ratio)} | {Time(r.AddedPerFile)} | ")
                .Append(CultureInfo.InvariantCulture, $"{Bytes(r.BuildAllocated)}; {Bytes(r.WithAllocated)} |\n");
        }

        _md.Append("\nA build is csc's: parse, bind, write the assembly, its PDB and its reference assembly (`Build`). With the analyzers, ")
            .Append("it is that build plus what the analyzers add to the compiler's pass that feeds them: `AnalyzerDiagnostics` (the pass with ")
            .Append("every analyzer of the assembly) less `CompilerDiagnostics` (the same pass without them):\n\n")
            .Append("| files | compiler's pass | with the analyzers | added | time in the analyzers' callbacks, after the measured iterations |\n")
            .Append("| ---: | ---: | ---: | ---: | --- |\n");
        foreach (var r in results)
        {
            var callbacks = AnalyzerBenchmarks.CallbackTimes.TryGetValue(r.Files, out var times) && !double.IsNaN(r.Analyzers)
                ? string.Join("; ", times.Select(t => $"{t.Analyzer}: {Time(t.Time.Ticks * 100.0)}"))
                : "n/a";
            _md.Append(CultureInfo.InvariantCulture, $"| {r.Files} | {Time(r.Compiler)} | {Time(r.Analyzers)} | {Time(r.Added)} | {callbacks} |\n");
        }

        _md.Append('\n');
    }

    /// <summary>
    /// The 99th percentile of one request's time: the job runs one invocation per iteration, so each measured
    /// iteration of the workload is one request.
    /// </summary>
    private double Percentile99(string method)
    {
        var times = Find(method, null, typeof(ApiBenchmarks))?.AllMeasurements
            .Where(m => m.IterationMode == IterationMode.Workload && m.IterationStage == IterationStage.Actual)
            .Select(m => m.Nanoseconds / m.Operations)
            .OrderBy(t => t)
            .ToList();
        return times is { Count: > 0 } ? times[(int)Math.Ceiling(times.Count * 0.99) - 1] : double.NaN;
    }

    private void Row(string target, string measured, bool holds)
    {
        AllHold &= holds;
        _md.Append(CultureInfo.InvariantCulture, $"| {target} | {measured} | {(holds ? "yes" : "**no**")} |\n");
    }

    /// <summary>A benchmark by method name, of <paramref name="benchmarks"/> when given (a method name two classes share).</summary>
    private BenchmarkReport? Find(string method, string? taxonomy, Type? benchmarks = null) => _reports.FirstOrDefault(r =>
        r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method
        && (benchmarks is null || r.BenchmarkCase.Descriptor.Type == benchmarks)
        && (taxonomy is null || Equals(r.BenchmarkCase.Parameters["Taxonomy"], taxonomy)));

    /// <summary>One benchmark of <paramref name="benchmarks"/>, by method and the value of one of its parameters.</summary>
    private BenchmarkReport? Find(Type benchmarks, string method, string parameter, object value) => _reports.FirstOrDefault(r =>
        r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method
        && r.BenchmarkCase.Descriptor.Type == benchmarks
        && Equals(r.BenchmarkCase.Parameters[parameter], value));

    /// <summary>One of <see cref="AnalyzerBenchmarks"/>, by method and consumer size.</summary>
    private BenchmarkReport? Find(string method, int files) =>
        Find(typeof(AnalyzerBenchmarks), method, nameof(AnalyzerBenchmarks.Files), files);

    private double Mean(string method, int files) => Mean(Find(method, files));

    private long? Allocated(string method, int files) => Allocated(Find(method, files));

    /// <summary>One of <see cref="KeyLookupScaleBenchmarks"/>, by method and enum size.</summary>
    private BenchmarkReport? FindScale(string method, int items) =>
        Find(typeof(KeyLookupScaleBenchmarks), method, nameof(KeyLookupScaleBenchmarks.Items), items);

    private double ScaleMean(string method, int items) => Mean(FindScale(method, items));

    private long? ScaleAllocated(string method, int items) => Allocated(FindScale(method, items));

    private static double Mean(BenchmarkReport? report) => report?.ResultStatistics?.Mean ?? double.NaN;

    private static long? Allocated(BenchmarkReport? report) =>
        report is null ? null : report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase);

    /// <summary>The mean in nanoseconds; NaN when the benchmark did not run (a filter left it out, or it failed).</summary>
    private double Mean(string method, string? taxonomy, Type? benchmarks = null) => Find(method, taxonomy, benchmarks)?.ResultStatistics?.Mean ?? double.NaN;

    private long? Allocated(string method, string? taxonomy, Type? benchmarks = null) =>
        Find(method, taxonomy, benchmarks) is { } report ? report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) : null;

    /// <summary>A metric of <see cref="ApiLoadDiagnoser"/> for one of <see cref="ApiLoadBenchmarks"/>; NaN when it did not run.</summary>
    private double LoadMetric(string method, IMetricDescriptor metric) =>
        Find(method, null, typeof(ApiLoadBenchmarks)) is { } report && report.Metrics.TryGetValue(metric.Id, out var value) && value.Value is { } v ? v : double.NaN;

    /// <summary>A size that <see cref="ApiLoadDiagnoser"/> measured, in bytes; null when it did not run.</summary>
    private long? Size(string method, IMetricDescriptor metric) => LoadMetric(method, metric) is var bytes && double.IsNaN(bytes) ? null : (long)bytes;

    /// <summary>Requests per second from the mean time of one request.</summary>
    private static string Rate(double nanoseconds) => double.IsNaN(nanoseconds) ? "n/a" : (1e9 / nanoseconds).ToString("N0", CultureInfo.InvariantCulture);

    private static string Time(double nanoseconds) => double.IsNaN(nanoseconds) ? "n/a" : nanoseconds switch
    {
        < 0 => "−" + Time(-nanoseconds),
        < 1_000 => nanoseconds.ToString("0.00", CultureInfo.InvariantCulture) + " ns",
        < 1_000_000 => (nanoseconds / 1_000).ToString("0.00", CultureInfo.InvariantCulture) + " µs",
        < 1_000_000_000 => (nanoseconds / 1_000_000).ToString("0.00", CultureInfo.InvariantCulture) + " ms",
        _ => (nanoseconds / 1_000_000_000).ToString("0.000", CultureInfo.InvariantCulture) + " s",
    };

    private static string Ratio(double ratio) => double.IsNaN(ratio) ? "n/a" : ratio.ToString("0.00", CultureInfo.InvariantCulture) + "×";

    private static string Speedup(double speedup) => double.IsNaN(speedup) ? "n/a" : speedup.ToString("0.0", CultureInfo.InvariantCulture) + "× faster than";

    private static string Percent(double share) => double.IsNaN(share) ? "n/a" : (share * 100).ToString("0.00", CultureInfo.InvariantCulture) + "%";

    private static string Bytes(long? bytes) => bytes switch
    {
        null => "n/a",
        0 => "0 B",
        < 1024 => bytes.Value.ToString(CultureInfo.InvariantCulture) + " B",
        < 1024 * 1024 => (bytes.Value / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " KB",
        _ => (bytes.Value / (1024.0 * 1024)).ToString("0.0", CultureInfo.InvariantCulture) + " MB",
    };

    private static string SignedBytes(long? bytes) => bytes switch
    {
        null => "n/a",
        < 0 => "−" + Bytes(-bytes),
        0 => "0 B",
        _ => "+" + Bytes(bytes),
    };

    private static string Characters(long characters) => characters < 1_000_000
        ? (characters / 1_000.0).ToString("0.0", CultureInfo.InvariantCulture) + " K chars"
        : (characters / 1_000_000.0).ToString("0.00", CultureInfo.InvariantCulture) + " M chars";
}
