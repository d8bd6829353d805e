using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RoleTaxonomy.Generator.Emitting;
using RoleTaxonomy.Generator.Model;
using RoleTaxonomy.Generator.Tests.Infrastructure;
using RoleTaxonomy.Testing;
using Xunit;

namespace RoleTaxonomy.Generator.Tests;

/// <summary>
/// Above <see cref="KeyTable.SwitchLimit"/> keys, the generated <c>TryParse</c> searches a key table instead of a
/// <c>switch</c>: it finds every key, from a string and from a span, and nothing else.
/// </summary>
public sealed class KeyTableTests
{
    /// <summary>Seven roles of ten task patterns: 70 task patterns, above the limit; 7 roles, below it.</summary>
    private const int Roles = 7;

    [Fact]
    public void An_enum_above_the_limit_gets_a_table_and_one_below_it_a_switch()
    {
        var run = GeneratorHarness.Run(SyntheticTaxonomy.Create(Roles));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationProblems);
        var taskPatterns = run.Source("TaskPatternId.g.cs");
        Assert.Contains("private static readonly ushort[] s_keySlots", taskPatterns, StringComparison.Ordinal);
        Assert.Contains("private const string KeyCharacters =", taskPatterns, StringComparison.Ordinal);
        Assert.Contains("private static readonly int[] s_keyStarts", taskPatterns, StringComparison.Ordinal);
        Assert.DoesNotContain("switch (key)", taskPatterns, StringComparison.Ordinal);
        Assert.Contains("switch (key)", run.Source("RoleId.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_generated_table_finds_every_key_from_a_string_and_from_a_span()
    {
        // Copies of the keys, as read from the wire: not the generated code's own literals.
        const string Misparsed =
            "string.Join(\", \", TaskPatternIdExtensions.Values.Where(v => " +
            "!(TaskPatternIdExtensions.TryParse(new string(v.ToKey().ToCharArray()), out var s) && s == v) || " +
            "!(TaskPatternIdExtensions.TryParse(v.ToKey().ToCharArray().AsSpan(), out var t) && t == v)).Select(v => v.ToKey()))";
        var (run, value) = GeneratedAssembly.RunAndEvaluate(SyntheticTaxonomy.Create(Roles), Misparsed, "RoleTaxonomy", "System", "System.Linq");

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal(string.Empty, value);
    }

    [Fact]
    public void The_generated_table_finds_nothing_that_is_not_a_key()
    {
        var keys = SyntheticTaxonomy.Create(Roles).Count(f => f.Path.Contains("/roles/", StringComparison.Ordinal)) * SyntheticTaxonomy.TaskPatternsPerRole;
        var key = SyntheticTaxonomy.RoleKey(3) + "-pattern-04";
        var nearMisses = new[]
        {
            string.Empty, key + "x", key[..^1], key[..^1] + "x", key.ToUpperInvariant(), " " + key, key + " ",
            SyntheticTaxonomy.RoleKey(Roles + 1) + "-pattern-01", SyntheticTaxonomy.RoleKey(1) + "-pattern-11", "role-0001", "TaskPattern",
            // Shorter and longer than every key, and two keys run together: the block holds them one after another.
            "r", key + new string('x', 40), SyntheticTaxonomy.RoleKey(1) + "-pattern-1" + SyntheticTaxonomy.RoleKey(1),
            SyntheticTaxonomy.RoleKey(1) + "-pattern-1r", "-pattern-1" + SyntheticTaxonomy.RoleKey(1) + "-pattern-",
        };
        var probe = "string.Join(\", \", new[] { " + string.Join(", ", nearMisses.Select(m => "\"" + m + "\"")) + " }.Where(k => " +
            "TaskPatternIdExtensions.TryParse(k, out _) || TaskPatternIdExtensions.TryParse(k.AsSpan(), out _))) + " +
            "(TaskPatternIdExtensions.TryParse((string?)null, out var none) || none != default ? \" null\" : string.Empty)";
        var (run, value) = GeneratedAssembly.RunAndEvaluate(SyntheticTaxonomy.Create(Roles), probe, "RoleTaxonomy", "System", "System.Linq");

        Assert.True(keys > KeyTable.SwitchLimit);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal(string.Empty, value);
    }

    [Fact]
    public void The_generated_table_returns_the_numbers_of_the_file_with_gaps_where_items_were_removed()
    {
        // Each task pattern's number is even and in the reverse of the content's order; the odd numbers are retired.
        var files = SyntheticTaxonomy.Create(Roles).Select(f => f.Path.EndsWith("/numbers.yaml", StringComparison.Ordinal)
            ? f with { Text = Renumbered(f.Text!) }
            : f).ToList();
        const string Wrong =
            "string.Join(\", \", TaskPatternIdExtensions.Values.Where(v => (int)v % 2 != 0 || " +
            "!(TaskPatternIdExtensions.TryParse(new string(v.ToKey().ToCharArray()), out var s) && s == v) || " +
            "!(TaskPatternIdExtensions.TryParse(v.ToKey().ToCharArray().AsSpan(), out var t) && t == v)).Select(v => v.ToKey())) + " +
            "(TaskPatternIdExtensions.IsDefined((TaskPatternId)1) || TaskPatternIdExtensions.TryParse(\"retired-pattern-1\", out _) ? \" retired\" : string.Empty)";
        var (run, value) = GeneratedAssembly.RunAndEvaluate(files, Wrong, "RoleTaxonomy", "System", "System.Linq");

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationProblems);
        Assert.Equal(string.Empty, value);
    }

    [Fact]
    public void Without_spans_and_before_CSharp_11_the_table_compiles_cleanly_and_finds_every_key_and_nothing_else()
    {
        // Copies of the keys, then near misses, through the CompareOrdinal search of a target without System.Memory.
        const string Probe =
            "public static class GeneratedProbe { public static object Value() => string.Join(\", \", " +
            "RoleTaxonomy.TaskPatternIdExtensions.Values.Where(v => !(RoleTaxonomy.TaskPatternIdExtensions.TryParse(new string(v.ToKey().ToCharArray()), out var s) && s == v))" +
            ".Select(v => v.ToKey()).Concat(new[] { \"\", \"r\", \"role-0003-pattern-4\", \"role-0003-pattern-44\", \"role-0001-pattern-1role-0001\" }" +
            ".Where(k => RoleTaxonomy.TaskPatternIdExtensions.TryParse(k, out _)))); }";
        // A target without spans (netstandard2.0 without System.Memory): the emitter's output for no features at all.
        var options = new GeneratorOptions("RoleTaxonomy", IsPublic: true, TargetFeatures.None);
        var model = TaxonomyEngine.Validate(SyntheticTaxonomy.Create(Roles).Select(f => (f.Path, f.Text)), options).Model!;
        var sources = TaxonomyEmitter.Emit(model).Append(ModelSource.Emit(ModelTypesOptions.From(options))).ToList();
        var parseOptions = GeneratorHarness.ConsumerParseOptions.WithLanguageVersion(LanguageVersion.CSharp9);
        var output = GeneratorSetup.CreateCompilation("using System.Linq;\nusing RoleTaxonomy;\n" + Probe, LanguageVersion.CSharp9)
            .AddSyntaxTrees(sources.Select(source => CSharpSyntaxTree.ParseText(source.Text, parseOptions, path: source.HintName)));

        var taskPatterns = sources.Single(source => source.HintName == "TaskPatternId.g.cs").Text.ToString();
        Assert.Contains("string.CompareOrdinal(KeyCharacters, start, key, 0, key.Length) == 0", taskPatterns, StringComparison.Ordinal);
        Assert.DoesNotContain("ReadOnlySpan", taskPatterns, StringComparison.Ordinal);
        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        Assert.Empty(emitted.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));

        image.Position = 0;
        var context = new AssemblyLoadContext("key-table-without-spans", isCollectible: true);
        try
        {
            var value = context.LoadFromStream(image).GetType("GeneratedProbe")!.GetMethod("Value")!.Invoke(null, null);
            Assert.Equal(string.Empty, value);
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>The numbers file with the task patterns renumbered as <see cref="The_generated_table_returns_the_numbers_of_the_file_with_gaps_where_items_were_removed"/> says.</summary>
    private static string Renumbered(string numbers)
    {
        var lines = numbers.Split('\n').ToList();
        var first = lines.IndexOf("taskPatterns:") + 1;
        var count = lines.Skip(first).TakeWhile(line => line.StartsWith("  ", StringComparison.Ordinal)).Count();
        var keys = lines.GetRange(first, count).Select(line => line.Trim().Split(':')[0]).ToList();
        var renumbered = keys.Select((key, i) => $"  {key}: {2 * (count - i)}")
            .Concat(Enumerable.Range(0, count).Select(i => $"  retired-pattern-{i + 1}: {(2 * i) + 1}"));
        lines.RemoveRange(first, count);
        lines.InsertRange(first, renumbered);
        return string.Join("\n", lines);
    }

    public static TheoryData<string, string[]> KeySets() => new()
    {
        // Every key the same length, differing in a few digits in the middle: the synthetic taxonomy's shape.
        { "digits in the middle", Range(1000, i => $"role-{i / 10:D4}-pattern-{i % 10:D2}") },
        // Only the length tells them apart.
        { "lengths", Range(200, i => new string('a', i + 1)) },
        // The same 80 characters first, deeper than the positions examined from the start: the end tells them apart.
        { "a long shared prefix", Range(300, i => new string('p', 80) + "-" + i.ToString("D3", CultureInfo.InvariantCulture)) },
        // Keys that share a suffix and differ at the start.
        { "a shared suffix", Range(300, i => i.ToString("D3", CultureInfo.InvariantCulture) + "-engineer") },
        { "random keys", RandomKeys(10_000, seed: 17) },
        { "a few more than the limit", RandomKeys(KeyTable.SwitchLimit + 1, seed: 3) },
    };

    [Theory]
    [MemberData(nameof(KeySets))]
    public void The_table_holds_every_key_once_a_slot_or_two_from_its_first(string shape, string[] keys)
    {
        var table = KeyTable.For(keys)!;

        Assert.True(table.Slots.Length >= 2 * keys.Length, shape);
        Assert.Equal((keys.Min(k => k.Length), keys.Max(k => k.Length)), (table.MinLength, table.MaxLength));
        Assert.Equal(Enumerable.Range(1, keys.Length), table.Slots.Where(slot => slot != 0).OrderBy(slot => slot));
        var probes = keys.Select(key => Probes(table, keys, key)).ToList();
        Assert.All(probes, count => Assert.True(count > 0, shape + ": a key the search does not reach"));
        Assert.True(probes.Average() <= 2.0, $"{shape}: {probes.Average():F2} slots a search on average");
    }

    [Theory]
    [MemberData(nameof(KeySets))]
    public void The_table_is_the_same_from_one_run_to_the_next(string shape, string[] keys)
    {
        var first = KeyTable.For(keys)!;
        var second = KeyTable.For(keys.ToArray())!;

        Assert.Equal(first.Positions, second.Positions);
        Assert.True(first.Slots.SequenceEqual(second.Slots), shape);
    }

    [Fact]
    public void At_or_below_the_limit_there_is_no_table()
    {
        Assert.Null(KeyTable.For(RandomKeys(KeyTable.SwitchLimit, seed: 5)));
    }

    /// <summary>Slots the generated search visits to find <paramref name="key"/> (the same walk), or 0 when it stops short.</summary>
    private static int Probes(KeyTable table, string[] keys, string key)
    {
        var visited = 0;
        for (var slot = KeyTable.FirstSlot(key, table.Positions, table.Bits); table.Slots[slot] != 0; slot = (slot + 1) & (table.Slots.Length - 1))
        {
            visited++;
            if (string.Equals(keys[table.Slots[slot] - 1], key, StringComparison.Ordinal))
            {
                return visited;
            }
        }

        return 0;
    }

    private static string[] Range(int count, Func<int, string> key) => Enumerable.Range(0, count).Select(key).ToArray();

    private static string[] RandomKeys(int count, int seed)
    {
        var random = new Random(seed);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        while (keys.Count < count)
        {
            var words = Enumerable.Range(0, random.Next(1, 5))
                .Select(_ => new string(Enumerable.Range(0, random.Next(2, 10)).Select(_ => (char)('a' + random.Next(26))).ToArray()));
            keys.Add(string.Join("-", words));
        }

        return keys.ToArray();
    }
}
