using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RoleTaxonomy.Generator;
using RoleTaxonomy.Testing;

namespace RoleTaxonomy.Benchmarks;

/// <summary>
/// Lookups from a key as enums grow: the generated <c>TryParse</c> of one enum of <see cref="Items"/> members
/// (<c>TaskPatternId</c> of a synthetic taxonomy of <see cref="Items"/> / 10 roles), from a string and from a span,
/// against a <c>FrozenDictionary&lt;string, TaskPatternId&gt;</c> with ordinal keys, the fastest general lookup the
/// framework has. <see cref="LookupBenchmarks"/> measures the real content, whose enums are small; this one measures
/// what the generated code does at 10, 1,000 and 10,000 members.
/// </summary>
/// <remarks>
/// The generated code must be compiled to run: the setup runs the generator in memory, compiles its output with
/// <see cref="KeyLookupHarness"/>'s <see cref="KeyLookupHarness.Source"/> in Release, loads the assembly and calls the
/// harness through delegates. Each invocation looks up <see cref="Lookups"/> keys spread evenly over all members in a
/// fixed shuffled order, so that neither the branch predictor nor the cache learns one key, and each key is a copy (as
/// read from the wire), not the generated code's interned literal. A delegate call costs a nanosecond or two, once per
/// invocation: a thousandth of a nanosecond per lookup.
/// </remarks>
[LookupJob]
public class KeyLookupScaleBenchmarks
{
    /// <summary>Keys looked up per invocation.</summary>
    public const int Lookups = 1024;

    /// <summary>The harness by enum size, built once whichever benchmark set up first: a build of 10,000 members is slow.</summary>
    private static readonly ConcurrentDictionary<int, Lazy<KeyLookupHarness>> Harnesses = new();

    private KeyLookupHarness _harness = null!;
    private string[] _keys = Array.Empty<string>();

    [Params(10, 1000, 10000)]
    public int Items { get; set; } = 1000;

    /// <summary>
    /// Builds the harness, samples the keys, and checks that the three lookups find the same values: a benchmark of a
    /// lookup that finds nothing would measure a miss.
    /// </summary>
    [GlobalSetup]
    public void Setup()
    {
        _harness = Harnesses.GetOrAdd(Items, items => new Lazy<KeyLookupHarness>(() => KeyLookupHarness.Build(items))).Value;
        _keys = Sample(_harness.Keys);

        var sums = new[] { _harness.Frozen(_keys), _harness.Generated(_keys), _harness.GeneratedSpan(_keys) };
        if (sums[0] == 0 || sums.Distinct().Count() != 1)
        {
            throw new InvalidOperationException(
                $"The lookups of {Items} items disagree: FrozenDictionary {sums[0]}, TryParse {sums[1]}, span {sums[2]}.");
        }
    }

    /// <summary>The baseline: <c>FrozenDictionary&lt;string, TaskPatternId&gt;.TryGetValue</c>, ordinal.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Lookups)]
    public int Frozen() => _harness.Frozen(_keys);

    /// <summary>The generated <c>TaskPatternIdExtensions.TryParse(string, out TaskPatternId)</c>.</summary>
    [Benchmark(OperationsPerInvoke = Lookups)]
    public int Generated() => _harness.Generated(_keys);

    /// <summary>The generated <c>TaskPatternIdExtensions.TryParse(ReadOnlySpan&lt;char&gt;, out TaskPatternId)</c>.</summary>
    [Benchmark(OperationsPerInvoke = Lookups)]
    public int GeneratedSpan() => _harness.GeneratedSpan(_keys);

    /// <summary>
    /// <see cref="Lookups"/> keys spread evenly over every member (each member about as often as any other), shuffled
    /// with a fixed seed, each a copy of the key.
    /// </summary>
    private static string[] Sample(string[] keys)
    {
        var sample = Enumerable.Range(0, Lookups)
            .Select(i => new string(keys[(int)((long)i * keys.Length / Lookups)].AsSpan()))
            .ToArray();
        new Random(17).Shuffle(sample);
        return sample;
    }
}

/// <summary>
/// The code generated for one synthetic taxonomy, compiled with a harness that runs each kind of lookup over an array
/// of keys, loaded and reached through delegates.
/// </summary>
internal sealed record KeyLookupHarness(
    string[] Keys, Func<string[], int> Frozen, Func<string[], int> Generated, Func<string[], int> GeneratedSpan)
{
    private const string ClassName = "KeyLookupHarness";

    /// <summary>
    /// Each method sums the values it finds, so that no lookup can be left out, in the same loop for all three. The
    /// dictionary is built from the generated <c>Keys</c> and <c>Values</c>.
    /// </summary>
    public static readonly string Source = $$"""
        using System;
        using System.Collections.Frozen;
        using System.Linq;
        using {{OptionsReader.DefaultNamespace}};

        public static class {{ClassName}}
        {
            private static readonly FrozenDictionary<string, TaskPatternId> s_frozen = TaskPatternIdExtensions.Keys
                .Zip(TaskPatternIdExtensions.Values)
                .ToFrozenDictionary(pair => pair.First, pair => pair.Second, StringComparer.Ordinal);

            public static string[] Keys() => TaskPatternIdExtensions.Keys.ToArray();

            public static int Frozen(string[] keys)
            {
                var sum = 0;
                foreach (var key in keys)
                {
                    if (s_frozen.TryGetValue(key, out var value))
                    {
                        sum += (int)value;
                    }
                }

                return sum;
            }

            public static int Generated(string[] keys)
            {
                var sum = 0;
                foreach (var key in keys)
                {
                    if (TaskPatternIdExtensions.TryParse(key, out var value))
                    {
                        sum += (int)value;
                    }
                }

                return sum;
            }

            public static int GeneratedSpan(string[] keys)
            {
                var sum = 0;
                foreach (var key in keys)
                {
                    if (TaskPatternIdExtensions.TryParse(key.AsSpan(), out var value))
                    {
                        sum += (int)value;
                    }
                }

                return sum;
            }
        }
        """;

    /// <summary>
    /// Runs the generator over a taxonomy of <paramref name="items"/> / 10 roles, compiles its output with
    /// <see cref="Source"/> in Release against the running framework's assemblies, and loads the assembly into a context
    /// of its own (not collectible: collectible code runs differently).
    /// </summary>
    public static KeyLookupHarness Build(int items)
    {
        var taxonomy = $"{items / SyntheticTaxonomy.TaskPatternsPerRole} roles";
        var texts = Inputs.AdditionalTexts(SyntheticTaxonomy.Create(items / SyntheticTaxonomy.TaskPatternsPerRole));
        var consumer = GeneratorSetup.CreateCompilation(Source);
        var compilation = consumer
            .WithAssemblyName($"{ClassName}{items}")
            .WithOptions(consumer.Options.WithOptimizationLevel(OptimizationLevel.Release));
        var driver = GeneratorSetup.CreateDriver(texts, trackSteps: false)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        Inputs.EnsureGenerates(driver, taxonomy);

        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        var wrong = emitted.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning && !d.IsSuppressed).ToList();
        if (!emitted.Success || wrong.Count > 0)
        {
            throw new InvalidOperationException($"The harness of {items} items does not compile cleanly: " +
                string.Join("; ", wrong.Take(5).Select(d => d.ToString())));
        }

        image.Position = 0;
        var harness = new AssemblyLoadContext($"{ClassName}{items}").LoadFromStream(image).GetType(ClassName)!;
        var keys = (string[])harness.GetMethod(nameof(Keys))!.Invoke(null, null)!;
        if (keys.Length != items)
        {
            throw new InvalidOperationException($"TaskPatternId has {keys.Length} members, not {items}.");
        }

        return new KeyLookupHarness(keys, Lookup(harness, nameof(Frozen)), Lookup(harness, nameof(Generated)), Lookup(harness, nameof(GeneratedSpan)));
    }

    private static Func<string[], int> Lookup(Type harness, string name) =>
        harness.GetMethod(name, BindingFlags.Public | BindingFlags.Static)!.CreateDelegate<Func<string[], int>>();
}
