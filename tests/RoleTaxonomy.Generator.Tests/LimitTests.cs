using System.Globalization;
using System.Linq;
using RoleTaxonomy.Generator.Tests.Infrastructure;
using RoleTaxonomy.Testing;
using Xunit;
using static RoleTaxonomy.Generator.Tests.DiagnosticTests;

namespace RoleTaxonomy.Generator.Tests;

/// <summary>
/// The reader's limits: each is its own diagnostic at the place that crosses it, and the file is read no further,
/// so that hostile input costs little and never reaches the call stack.
/// </summary>
public sealed class LimitTests
{
    private const string Path = "taxonomy/hostile.yaml";

    [Fact]
    public void RT0020_a_file_over_the_size_limit_is_not_parsed()
    {
        var text = "kind: role\n# " + new string('x', 1024 * 1024) + "\n";

        var diagnostic = AssertOnly(Run(text), "RT0020", Path, 1, 1);
        Assert.Equal(
            "The file has " + text.Length.ToString(CultureInfo.InvariantCulture) + " characters; the limit is 1048576: split it into files of their own, such as one file per role",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_file_of_exactly_the_size_limit_is_parsed()
    {
        var head = "kind: role\n# ";
        var text = head + new string('x', (1024 * 1024) - head.Length - 1) + "\n";
        Assert.Equal(1024 * 1024, text.Length);

        var run = Run(text);

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "RT0020");
        Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "RT0002");
    }

    [Fact]
    public void A_file_one_character_past_the_size_limit_is_not_parsed()
    {
        var head = "kind: role\n# ";
        var text = head + new string('x', (1024 * 1024) - head.Length) + "\n";

        AssertOnly(Run(text), "RT0020", Path, 1, 1);
    }

    [Fact]
    public void RT0021_nesting_one_level_past_the_limit()
    {
        // The top-level mapping is level 1; the 64th list inside it is level 65.
        var text = "kind: role\nname: " + new string('[', 64) + new string(']', 64) + "\n";

        AssertOnly(Run(text), "RT0021", Path, 2, 6 + 64);
    }

    [Fact]
    public void Nesting_at_the_limit_is_read()
    {
        var text = "kind: role\nname: " + new string('[', 63) + new string(']', 63) + "\n";

        Assert.DoesNotContain(Run(text).GeneratorDiagnostics, d => d.Id == "RT0021");
    }

    [Fact]
    public void RT0021_a_hundred_thousand_open_brackets_stop_at_the_limit_without_exhausting_the_stack()
    {
        var text = "kind: role\nname: " + new string('[', 100_000) + "\n";

        AssertOnly(Run(text), "RT0021", Path, 2, 6 + 64);
    }

    [Fact]
    public void RT0021_deep_block_mappings()
    {
        var text = "kind: role\n" + string.Concat(Enumerable.Range(0, 70).Select(i => new string(' ', 2 * i) + "a:\n")) + new string(' ', 140) + "b\n";

        // The mapping on line 66 is the 65th level.
        AssertOnly(Run(text), "RT0021", Path, 66, 129);
    }

    [Fact]
    public void RT0022_undefined_alias()
    {
        AssertOnly(Run("kind: role\nname: *nowhere\n"), "RT0022", Path, 2, 7);
    }

    [Fact]
    public void RT0022_alias_inside_its_own_anchor_is_a_cycle()
    {
        var diagnostic = AssertOnly(Run("kind: role\nname: &loop [a, *loop]\n"), "RT0022", Path, 2, 17);
        Assert.Contains("refers to the mapping or list that contains it", diagnostic.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.DoesNotContain("starts with '*'", diagnostic.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public void RT0022_more_aliases_than_the_limit()
    {
        var text = "kind: role\nname: &n x\nitems:\n" + string.Concat(Enumerable.Repeat("  - *n\n", 101));

        var diagnostic = AssertOnly(Run(text), "RT0022", Path, 4 + 100, 5);
        Assert.Equal("The file uses more than 100 aliases: write the repeated values out instead of repeating them with aliases", diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void As_many_aliases_as_the_limit_are_read()
    {
        var text = "kind: role\nname: &n x\nitems:\n" + string.Concat(Enumerable.Repeat("  - *n\n", 100));

        var run = Run(text);

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "RT0022");
        Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "RT0003");
    }

    [Fact]
    public void A_document_that_expands_to_exactly_the_node_limit_is_read()
    {
        Assert.DoesNotContain(Run(Expanding(extraNodes: 0)).GeneratorDiagnostics, d => d.Id == "RT0022");
    }

    [Fact]
    public void RT0022_a_document_that_expands_one_node_past_the_limit()
    {
        var diagnostic = AssertOnly(Run(Expanding(extraNodes: 1)), "RT0022", Path, 4, 5 + (97 * 4));
        Assert.Equal("Aliases expand the document beyond 100000 nodes: write the repeated values out instead of repeating them with aliases", diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void RT0022_billion_laughs_stops_at_the_expansion_limit()
    {
        // Each level repeats the one before ten times: nine levels would be a billion nodes.
        var text = "kind: role\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + string.Concat(Enumerable.Range(1, 9).Select(i =>
            $"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n"));

        var diagnostic = Assert.Single(Run(text).GeneratorDiagnostics);
        Assert.Equal("RT0022", diagnostic.Id);
        Assert.Equal("Aliases expand the document beyond 100000 nodes: write the repeated values out instead of repeating them with aliases", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        // a4 (line 6) repeats a3's 10^4 laughs ten times: its aliases are the ones that cross the limit.
        Assert.Equal(6, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
    }

    [Fact]
    public void RT0023_a_scalar_over_the_length_limit()
    {
        var text = "kind: role\nname: " + new string('x', 64 * 1024 + 1) + "\n";

        var diagnostic = AssertOnly(Run(text), "RT0023", Path, 2, 7);
        Assert.Equal("The value has 65537 characters; the limit is 65536: shorten the text, or split it into paragraphs of a field that takes them", diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_scalar_of_exactly_the_length_limit_is_read()
    {
        var run = Run("kind: role\nname: " + new string('x', 64 * 1024) + "\n");

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "RT0023");
        Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "RT0002");
    }

    [Fact]
    public void RT0023_a_mapping_key_over_the_length_limit()
    {
        // An explicit key ('? '): a plain key longer than 1024 characters is not a key to YAML at all.
        AssertOnly(Run("kind: role\n? " + new string('k', 64 * 1024 + 1) + "\n: x\n"), "RT0023", Path, 2, 3);
    }

    [Fact]
    public void A_mapping_key_of_exactly_the_length_limit_is_read()
    {
        var run = Run("kind: role\n? " + new string('k', 64 * 1024) + "\n: x\n");

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "RT0023");
        Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "RT0003");
    }

    [Fact]
    public void Key_identifier_and_type_name_of_exactly_128_characters_compile()
    {
        var key = "a" + new string('b', 127);
        var identifier = new string('I', 128);
        var typeName = new string('T', 128);
        var run = GeneratorHarness.Run(
            new YamlFile(Fixtures.RolePath, Fixtures.Role
                .Replace("key: security-champion", "key: " + key + "\nidentifier: " + identifier, System.StringComparison.Ordinal)),
            new YamlFile(Fixtures.VocabularyPath, Fixtures.Vocabulary.Replace("typeName: Outcome", "typeName: " + typeName, System.StringComparison.Ordinal)));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationProblems);
        Assert.Equal(key + " 128", HostileInputTests.Value(run, "Roles." + identifier + ".Key + \" \" + typeof(" + typeName + ").Name.Length"));
    }

    [Theory]
    [InlineData("key: a", 'b', 2, 6)]
    [InlineData("key: security-champion\nidentifier: I", 'I', 3, 13)]
    public void RT0026_a_role_key_or_identifier_one_character_past_128(string start, char rest, int line, int column)
    {
        var run = GeneratorHarness.Run(Fixtures.WithRole(Fixtures.Role.Replace("key: security-champion", start + new string(rest, 128), System.StringComparison.Ordinal)));

        var diagnostic = AssertOnly(run, "RT0026", Fixtures.RolePath, line, column);
        Assert.EndsWith("' has 129 characters; a key or C# name has at most 128: shorten it", diagnostic.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public void RT0026_a_type_name_one_character_past_128()
    {
        var run = GeneratorHarness.Run(Fixtures.WithVocabulary(Fixtures.Vocabulary.Replace("typeName: Outcome", "typeName: " + new string('T', 129), System.StringComparison.Ordinal)));

        AssertOnly(run, "RT0026", Fixtures.VocabularyPath, 3, 11);
    }

    [Fact]
    public void RT0017_a_second_document_is_reported_at_its_start()
    {
        AssertOnly(Run(Fixtures.Role + "\n---\nkind: role\n"), "RT0017", Path, 31, 1);
    }

    /// <summary>
    /// A document of exactly 100,000 nodes once its aliases are expanded, plus <paramref name="extraNodes"/>: every
    /// text (keys too), list and mapping counts one, and an alias counts all it repeats. Line 2 anchors a list of
    /// 999 texts (1,000 nodes with the list), line 4 repeats it 98 times in its last list, the 98th alias at column
    /// 5 + 97 × 4.
    /// </summary>
    private static string Expanding(int extraNodes)
    {
        // The root mapping, 'kind', 'role': 3. 'a', its list, 999 texts: 1,001. 'c', its list: 2. 'b', its list: 2.
        // 98 aliases of 1,000 nodes each: 98,000. The texts of 'c' make up the rest, to 100,000.
        const int fixedNodes = 3 + 1001 + 2 + 2 + 98_000;
        var padding = 100_000 - fixedNodes + extraNodes;
        return "kind: role\n"
            + "a: &a [" + string.Join(", ", Enumerable.Repeat("x", 999)) + "]\n"
            + "c: [" + string.Join(", ", Enumerable.Repeat("y", padding)) + "]\n"
            + "b: [" + string.Join(", ", Enumerable.Repeat("*a", 98)) + "]\n";
    }

    private static GeneratorRun Run(string text) =>
        GeneratorHarness.Run(Fixtures.Valid().Append(new YamlFile(Path, text)).ToArray());
}
