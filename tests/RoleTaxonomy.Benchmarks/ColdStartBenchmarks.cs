using System;
using System.Diagnostics;
using System.IO;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using RoleTaxonomy.Testing;

namespace RoleTaxonomy.Benchmarks;

/// <summary>
/// A process's start to its exit, as a tool that needs the taxonomy once (a triage bot's command, a CLI) pays it: one
/// that reads every role and task pattern through the generated catalogs, against one that reads the same from the JSON
/// export, both as ratios to an empty program. The program is RoleTaxonomy.Benchmarks.ColdStart, built with this project.
/// </summary>
/// <remarks>
/// All three start the same program the same way (<c>dotnet program.dll MODE</c>), so the host's and the runtime's own
/// start is in each and the ratios to <see cref="Empty"/> say what the taxonomy adds. The JSON is read with
/// <see cref="JsonDocument"/>, the cheapest way without classes of one's own; deserializing into copied classes would
/// cost more.
/// </remarks>
[ColdStartJob]
public class ColdStartBenchmarks
{
    private const string ProgramName = "RoleTaxonomy.Benchmarks.ColdStart";

    private string _program = string.Empty;
    private string _export = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _program = ProgramPath();
        _export = Path.Combine(Path.GetTempPath(), $"roletaxonomy-export-{Environment.ProcessId}.json");
        using (var file = File.Create(_export))
        using (var writer = new Utf8JsonWriter(file))
        {
            Taxonomy.WriteJson(writer);
        }

        // Both read the same text: a benchmark of one that read less would not compare like with like.
        var fromCatalogs = Run("catalogs");
        var fromJson = Run("json", _export);
        if (fromCatalogs != fromJson || fromCatalogs.Length == 0)
        {
            throw new InvalidOperationException($"The catalogs read {fromCatalogs} characters and the export {fromJson}.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_export);

    /// <summary>The program that does nothing: the host's and the runtime's start and exit.</summary>
    [Benchmark(Baseline = true)]
    public string Empty() => Run("empty");

    /// <summary>Every role's name and every task pattern's title, through <c>Roles.All</c>.</summary>
    [Benchmark]
    public string Catalogs() => Run("catalogs");

    /// <summary>The same names and titles, read from the JSON export's file.</summary>
    [Benchmark]
    public string JsonExport() => Run("json", _export);

    /// <summary>The program built beside this one, in the same configuration.</summary>
    private static string ProgramPath()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = output.Parent!.Name;
        var path = Path.Combine(RepositoryPaths.Root, "tests", ProgramName, "bin", configuration, output.Name, ProgramName + ".dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build {ProgramName} first: {path} is missing.", path);
    }

    private string Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true };
        start.ArgumentList.Add(_program);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return process.ExitCode == 0
            ? output
            : throw new InvalidOperationException($"{ProgramName} {string.Join(" ", arguments)} exited with {process.ExitCode}.");
    }
}
