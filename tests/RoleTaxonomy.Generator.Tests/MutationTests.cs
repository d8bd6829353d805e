using RoleTaxonomy.Testing;
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using RoleTaxonomy.Generator.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace RoleTaxonomy.Generator.Tests;

/// <summary>
/// Seeded mutations of the real content (content/**/*.yaml), a few thousand per run: whatever the damage, no
/// exception escapes the generator, and every failure is an RT diagnostic placed in a content file. Mutants that
/// are still valid content must give code that parses cleanly; the first few of them are compiled in full.
/// </summary>
public sealed class MutationTests
{
    /// <summary>Cases in the normal run; <c>ROLETAXONOMY_MUTATION_CASES</c> raises it for a longer search.</summary>
    private const int DefaultCases = 3000;

    /// <summary>Case i uses the seed <c>ROLETAXONOMY_MUTATION_SEED</c> + i, so any case can be replayed alone.</summary>
    private const int DefaultSeed = 4_2024;

    private const int FullCompilations = 6;

    private readonly ITestOutputHelper _output;

    public MutationTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Mutated_real_content_never_crashes_the_generator_and_every_failure_is_a_located_RT_diagnostic()
    {
        var cases = Setting("ROLETAXONOMY_MUTATION_CASES", DefaultCases);
        var seed = Setting("ROLETAXONOMY_MUTATION_SEED", DefaultSeed);
        var files = YamlFile.RealContent();
        var texts = files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToList();
        var compilation = GeneratorHarness.CreateCompilation();
        var baseline = GeneratorHarness.CreateDriver(texts, files.Select(f => f.Path)).RunGenerators(compilation);

        var failures = new ConcurrentBag<string>();
        var outcomes = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var compiled = 0;
        Parallel.For(0, cases, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var random = new Random(seed + i);
            var target = random.Next(files.Count);
            var mutant = Mutator.Mutate(files[target].Text!, random);
            var contents = files.ToDictionary(f => f.Path, f => f.Path == files[target].Path ? mutant : f.Text!, StringComparer.Ordinal);

            var driver = baseline
                .ReplaceAdditionalText(texts[target], new InMemoryAdditionalText(files[target].Path, mutant))
                .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
            var violations = GeneratorInvariants.Violations(driver.GetRunResult(), diagnostics, contents);

            var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id).Distinct().Order(StringComparer.Ordinal).ToList();
            outcomes.AddOrUpdate(errors.Count == 0 ? "generated" : string.Join("+", errors), 1, (_, n) => n + 1);
            if (errors.Count == 0 && Interlocked.Increment(ref compiled) <= FullCompilations)
            {
                violations.AddRange(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => "generated code does not compile cleanly: " + d));
            }

            if (violations.Count > 0)
            {
                failures.Add($"seed {seed + i} ({files[target].Path}): {string.Join("; ", violations)}");
            }
        });

        _output.WriteLine($"{cases} mutants (seeds {seed}..{seed + cases - 1}); {failures.Count} failed; outcomes by error ids:");
        foreach (var (outcome, count) in outcomes.OrderByDescending(o => o.Value).ThenBy(o => o.Key, StringComparer.Ordinal))
        {
            _output.WriteLine($"  {count,6}  {outcome}");
        }

        Assert.True(failures.IsEmpty, string.Join("\n", failures.Take(20)));
        Assert.True(outcomes.ContainsKey("generated"), "no mutant was valid content: the mutations are too coarse to test the emitter");
    }

    [Theory]
    [InlineData(0)]
    public void One_mutant_can_be_replayed_by_its_seed(int seedOffset)
    {
        // A failure above prints 'seed N': put N - DefaultSeed here (or set ROLETAXONOMY_MUTATION_SEED=N with
        // ROLETAXONOMY_MUTATION_CASES=1) to replay that one case under the debugger.
        var files = YamlFile.RealContent();
        var random = new Random(DefaultSeed + seedOffset);
        var target = random.Next(files.Count);
        var mutant = Mutator.Mutate(files[target].Text!, random);

        var run = GeneratorHarness.Run(files.Select(f => f.Path == files[target].Path ? f with { Text = mutant } : f), "");

        Assert.Empty(GeneratorInvariants.Violations(run.Result, run.GeneratorDiagnostics,
            files.ToDictionary(f => f.Path, f => f.Path == files[target].Path ? mutant : f.Text!, StringComparer.Ordinal)));
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
