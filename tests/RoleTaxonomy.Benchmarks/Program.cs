using System;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Running;
using RoleTaxonomy.Testing;

namespace RoleTaxonomy.Benchmarks;

/// <summary>
/// Runs every benchmark, then writes the targets and tables of docs/performance.md to
/// BenchmarkDotNet.Artifacts/results/performance.md. See docs/performance.md for the commands.
/// </summary>
/// <remarks>
/// <c>--short</c>: a smoke run, one invocation per benchmark. <c>--verify</c>: only the counts (which files each kind
/// of rerun parses again, how much C# is emitted), no timing. <c>--write-consumer FOLDER [FILES]</c>: writes the synthetic
/// consumer of <see cref="AnalyzerBenchmarks"/> as a project, to time whole builds with and without the analyzers. Other
/// arguments go to BenchmarkDotNet (e.g. <c>--filter</c>).
/// </remarks>
public static class Program
{
    public static int Main(string[] args)
    {
        var arguments = args.ToList();
        Jobs.Short = arguments.Remove("--short");
        var verifyOnly = arguments.Remove("--verify");
        if (arguments.IndexOf("--write-consumer") is var write and >= 0)
        {
            var folder = arguments.ElementAtOrDefault(write + 1) ?? throw new ArgumentException("--write-consumer needs a folder.");
            var files = arguments.ElementAtOrDefault(write + 2) is { } count ? int.Parse(count, CultureInfo.InvariantCulture) : AnalyzerBenchmarks.Target;
            SyntheticConsumer.WriteProject(folder, files);
            Console.WriteLine($"Wrote a consumer of {files} files to {Path.GetFullPath(folder)}.");
            return 0;
        }


        var evidence = Evidence.Collect();
        PrintEvidence(evidence);
        if (verifyOnly)
        {
            return 0;
        }

        if (!arguments.Any(a => a.StartsWith("--filter", StringComparison.Ordinal)))
        {
            arguments.Add("--filter");
            arguments.Add("*");
        }

        var artifacts = Path.Combine(RepositoryPaths.Root, "BenchmarkDotNet.Artifacts");
        var config = DefaultConfig.Instance
            .WithArtifactsPath(artifacts)
            .AddDiagnoser(MemoryDiagnoser.Default);
        var loadBefore = PerformanceReport.LoadAverage();
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(arguments.ToArray(), config).ToList();
        var loadAfter = PerformanceReport.LoadAverage();

        var command = "dotnet run -c Release --project tests/RoleTaxonomy.Benchmarks" + (args.Length == 0 ? string.Empty : " -- " + string.Join(" ", args));
        var (markdown, allHold) = PerformanceReport.Render(summaries, evidence, command, loadBefore, loadAfter);
        var path = Path.Combine(artifacts, "results", "performance.md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, markdown);
        Console.WriteLine();
        Console.WriteLine(markdown);
        Console.WriteLine("Written to " + path + (allHold ? "; every target holds." : "; a target misses or was not measured."));
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }

    private static void PrintEvidence(Evidence evidence)
    {
        Console.WriteLine("Reruns (counts from the driver's tracked steps and the YAML texts' reads):");
        foreach (var rerun in evidence.Reruns)
        {
            Console.WriteLine($"  {rerun.Taxonomy}, {rerun.Edit}: {rerun.Reparsed} of {rerun.Files} files re-parsed; " +
                $"BoundFiles: {rerun.Bound}; Linked: {rerun.Linked}; YAML texts read: {rerun.TextsRead}");
        }

        Console.WriteLine("Emitted C#:");
        foreach (var size in evidence.Sizes)
        {
            Console.WriteLine($"  {size.Taxonomy}: {size.Roles} roles, {size.YamlCharacters:N0} characters of YAML; " +
                $"{size.Sources} files, {size.Characters:N0} characters of C#, {size.CharactersPerRole:N0} per role");
        }
    }
}
