using System;
using System.Collections.Generic;
using System.Linq;
using RoleTaxonomy.Generator.Linking;
using RoleTaxonomy.Generator.Model;
using RoleTaxonomy.Generator.Tests.Infrastructure;
using RoleTaxonomy.Testing;
using Xunit;

namespace RoleTaxonomy.Generator.Tests;

/// <summary>
/// The numbers file keeps every item's number for ever: reordering, inserting and removing items move none, and the
/// file itself cannot give a number twice or lose one without an error at the line.
/// </summary>
public sealed class NumberingTests
{
    private const string NumbersPath = Fixtures.NumbersPath;

    private const string Numbers = Fixtures.Numbers;

    private static readonly GeneratorOptions Options = new("Contoso.Champions", IsPublic: true, TargetFeatures.All);

    [Fact]
    public void Swapping_two_roles_of_the_page_keeps_every_number()
    {
        var content = RealContent();
        var before = NumbersOf(Link(content));

        var page = content.Single(f => f.Path == "content/taxonomy.yaml");
        var swapped = page.Text!
            .Replace("  - appsec-engineer\n  - devsecops-engineer\n", "  - devsecops-engineer\n  - appsec-engineer\n", StringComparison.Ordinal);
        Assert.NotEqual(page.Text, swapped);
        var after = Link(content.Select(f => f == page ? f with { Text = swapped } : f));

        Assert.Equal("devsecops-engineer", after.Roles[0].Key);
        Assert.Equal(before, NumbersOf(after));
    }

    [Fact]
    public void A_role_inserted_at_the_front_takes_the_next_free_number_and_moves_no_other()
    {
        var content = RealContent();
        var before = NumbersOf(Link(content));

        var newcomer = Fixtures.Role
            .Replace("references:\n      outcomes:\n        - fixed\n        - accepted", "references: {}", StringComparison.Ordinal);
        var inserted = content
            .Select(f => f.Path == "content/taxonomy.yaml"
                ? f with { Text = f.Text!.Replace("roles:\n  - appsec-engineer", "roles:\n  - security-champion\n  - appsec-engineer", StringComparison.Ordinal) }
                : f)
            .Append(new YamlFile("content/roles/security-champion.yaml", newcomer))
            .ToList();
        var renumbered = WithNumbersRewritten(inserted);
        var after = Link(renumbered);

        Assert.Equal("security-champion", after.Roles[0].Key);
        Assert.Equal(before.Roles.Max(p => p.Value) + 1, after.Roles[0].Number);
        Assert.Equal(before.TaskPatterns.Values.Max() + 1, after.TaskPatterns.Single(t => t.Key == "champion-review").Number);
        AssertKeeps(before, NumbersOf(after));
    }

    [Fact]
    public void A_removed_member_and_task_pattern_free_no_number_and_move_no_other()
    {
        var content = RealContent();
        var before = NumbersOf(Link(content));

        // Remove triage-outcomes' 'backlog-work' and the reference to it, and AppSec's second task pattern.
        var removed = content.Select(f => f.Path switch
        {
            "content/vocabularies/triage-outcomes.yaml" => f with
            {
                Text = f.Text!.Replace("  - key: backlog-work\n    name: backlog work\n", string.Empty, StringComparison.Ordinal),
            },
            "content/roles/appsec-engineer.yaml" => f with { Text = RemoveTaskPattern(f.Text!, "appsec-finding-triage") },
            _ => f,
        }).ToList();
        var after = Link(removed);

        Assert.DoesNotContain("triage-outcomes/backlog-work", NumbersOf(after).Members.Keys);
        Assert.DoesNotContain("appsec-finding-triage", NumbersOf(after).TaskPatterns.Keys);
        AssertKeeps(before, NumbersOf(after));

        // The retired numbers stay taken: the next item gets a number past them.
        var (text, added) = NumbersFileWriter.Write(Bind(removed));
        Assert.Equal(0, added);
        Assert.Contains("backlog-work: 2", text, StringComparison.Ordinal);
        Assert.Contains("appsec-finding-triage: 2", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Generated_enums_take_the_numbers_of_the_file_not_the_order_of_the_content()
    {
        var numbers = Numbers.Replace("fixed: 1\n    accepted: 2", "fixed: 7\n    accepted: 3", StringComparison.Ordinal)
            .Replace("outcomes:\n    fixed", "outcomes:\n    gone: 1\n    also-gone: 2\n    x4: 4\n    x5: 5\n    x6: 6\n    fixed", StringComparison.Ordinal);
        var run = GeneratorHarness.Run(Fixtures.Valid().Append(new YamlFile(NumbersPath, numbers)).ToArray());
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationProblems);

        var value = GeneratedAssembly.Evaluate(run,
            "string.Join(\",\", (int)Outcome.Fixed, (int)Outcome.Accepted, Outcomes.All[0].Key, Outcomes.Get(Outcome.Accepted).Key, " +
            "OutcomeExtensions.IsDefined((Outcome)1), OutcomeExtensions.IsDefined(default(Outcome)), " +
            "OutcomeExtensions.TryParse(\"gone\", out var gone), gone)",
            "RoleTaxonomy");
        Assert.Equal("7,3,fixed,accepted,False,False,False,0", value);
    }

    [Fact]
    public void Content_without_a_numbers_file_gets_one_error_that_says_how_to_create_it()
    {
        var result = TaxonomyEngine.Validate(Fixtures.Valid().Select(f => (f.Path, f.Text)), Options);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("RT0031", diagnostic.Id);
        Assert.Equal(Fixtures.RolePath, diagnostic.Location!.FilePath);
        Assert.Contains("roletaxonomy numbers taxonomy", diagnostic.Message, StringComparison.Ordinal);
        Assert.Null(result.Model);
    }

    [Fact]
    public void An_item_without_a_number_is_an_error_at_its_key_with_the_line_to_add()
    {
        var numbers = Numbers.Replace("\n    accepted: 2", string.Empty, StringComparison.Ordinal)
            .Replace("vocabularies:\n  outcomes: 1\n", string.Empty, StringComparison.Ordinal);
        var result = Validate(numbers);

        Assert.Collection(
            result.Diagnostics,
            vocabulary =>
            {
                AssertAt(vocabulary, "RT0030", Fixtures.VocabularyPath, 2, 6);
                Assert.Contains("add 'outcomes: 1' under 'vocabularies:' in taxonomy/numbers.yaml", vocabulary.Message, StringComparison.Ordinal);
            },
            member =>
            {
                AssertAt(member, "RT0030", Fixtures.VocabularyPath, 11, 10);
                Assert.Contains("add 'accepted: 2' under 'members:' → 'outcomes:'", member.Message, StringComparison.Ordinal);
            });
        Assert.Null(result.Model);
    }

    [Fact]
    public void Two_items_without_a_number_are_offered_two_different_numbers()
    {
        var vocabulary = Fixtures.Vocabulary + "\n  - key: deferred\n    name: deferred";
        var files = new[]
        {
            new YamlFile(Fixtures.RolePath, Fixtures.Role),
            new YamlFile(Fixtures.VocabularyPath, vocabulary),
            new YamlFile(NumbersPath, Numbers.Replace("\n    accepted: 2", string.Empty, StringComparison.Ordinal)),
        };

        var result = TaxonomyEngine.Validate(files.Select(f => (f.Path, f.Text)), Options);

        Assert.Collection(
            result.Diagnostics,
            accepted => Assert.Contains("add 'accepted: 2'", accepted.Message, StringComparison.Ordinal),
            deferred => Assert.Contains("add 'deferred: 3'", deferred.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_number_given_to_a_second_key_is_an_error_at_the_second_line()
    {
        var result = Validate(Numbers.Replace("accepted: 2", "accepted: 1", StringComparison.Ordinal));

        var diagnostic = Assert.Single(result.Diagnostics);
        AssertAt(diagnostic, "RT0032", NumbersPath, 11, 15);
        Assert.Contains("1 is already the number of the member of 'outcomes' 'fixed' at taxonomy/numbers.yaml(10,12)", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("give 'accepted' the next free number, 2", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deleted_line_below_the_highest_number_is_an_error_at_the_number_above_the_gap()
    {
        var result = Validate(Numbers.Replace("security-champion: 1", "security-champion: 1\n  retired-role: 3", StringComparison.Ordinal));

        var diagnostic = Assert.Single(result.Diagnostics);
        AssertAt(diagnostic, "RT0033", NumbersPath, 4, 17);
        Assert.Contains("No role has the number 2", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deleted_line_of_a_current_item_is_one_error_to_restore_it_and_no_offer_of_a_new_number()
    {
        var numbers = Numbers.Replace("    fixed: 1\n", string.Empty, StringComparison.Ordinal);
        var result = Validate(numbers);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("RT0033", diagnostic.Id);
        Assert.Contains("No member of 'outcomes' has the number 1", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_number_is_its_only_error_and_is_not_taken_for_a_deleted_line()
    {
        var result = Validate(Numbers.Replace("fixed: 1", "fixed: one", StringComparison.Ordinal));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("RT0029", diagnostic.Id);
    }

    [Fact]
    public void The_writer_writes_no_empty_members_section()
    {
        var vocabularyless = new[] { new YamlFile(NumbersPath, "kind: numbers\nroles:\n  a-role: 1\n") };

        var (text, _) = NumbersFileWriter.Write(Bind(vocabularyless), Array.Empty<string>());

        Assert.Equal("kind: numbers\nroles:\n  a-role: 1\n", text);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("one")]
    [InlineData("1000001")]
    [InlineData("99999999999")]
    public void A_number_that_is_not_a_whole_number_from_1_is_an_error_at_the_value(string number)
    {
        var result = Validate(Numbers.Replace("security-champion: 1", "security-champion: " + number, StringComparison.Ordinal));

        var diagnostic = Assert.Single(result.Diagnostics);
        AssertAt(diagnostic, "RT0029", NumbersPath, 3, 22);
        Assert.Contains($"'{number}' is not a number for 'security-champion'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_numbers_file_is_an_error_that_names_the_first()
    {
        var files = Fixtures.Valid()
            .Append(new YamlFile(NumbersPath, Numbers))
            .Append(new YamlFile("taxonomy/z-numbers.yaml", "kind: numbers\nroles:\n  other: 1\n"));
        var result = TaxonomyEngine.Validate(files.Select(f => (f.Path, f.Text)), Options);

        var diagnostic = Assert.Single(result.Diagnostics);
        AssertAt(diagnostic, "RT0034", "taxonomy/z-numbers.yaml", 1, 1);
        Assert.Contains("already has a numbers file at taxonomy/numbers.yaml(1,1)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_numbers_file_that_cannot_be_read_whole_reports_its_own_error_and_no_missing_numbers()
    {
        var result = Validate(Numbers.Replace("roles:\n  security-champion: 1", "roles: [security-champion]", StringComparison.Ordinal));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("RT0004", diagnostic.Id);
        Assert.Equal(NumbersPath, diagnostic.Location!.FilePath);
    }

    [Fact]
    public void The_writer_keeps_every_number_and_adds_the_missing_ones_in_the_content_order()
    {
        var files = Bind(Fixtures.Valid().Append(new YamlFile(NumbersPath, Numbers.Replace("    accepted: 2", "    retired: 2", StringComparison.Ordinal))));

        var (text, added) = NumbersFileWriter.Write(files, new[] { "# header kept" });

        Assert.True(added == 1, text);
        Assert.Equal(
            "# header kept\nkind: numbers\nroles:\n  security-champion: 1\ntaskPatterns:\n  champion-review: 1\nvocabularies:\n  outcomes: 1\n" +
            "members:\n  outcomes:\n    fixed: 1\n    retired: 2\n    accepted: 3\n",
            text);
        Assert.Empty(Validate(text.Replace("# header kept\n", string.Empty, StringComparison.Ordinal)).Diagnostics);
    }

    private static void AssertAt(DiagnosticInfo diagnostic, string id, string path, int line, int column)
    {
        Assert.True(diagnostic.Id == id, $"Expected {id}, got {diagnostic.Id}: {diagnostic.Message}");
        Assert.Equal((path, line, column), (diagnostic.Location!.FilePath, diagnostic.Location.DisplayLine, diagnostic.Location.DisplayColumn));
    }

    private static LinkResult Validate(string numbers) =>
        TaxonomyEngine.Validate(Fixtures.Valid().Append(new YamlFile(NumbersPath, numbers)).Select(f => (f.Path, f.Text)), Options);

    private static List<YamlFile> RealContent() =>
        YamlFile.RealContent().Select(f => f with { Text = f.Text!.Replace("\r\n", "\n", StringComparison.Ordinal) }).ToList();

    private static List<ContentFile> Bind(IEnumerable<YamlFile> files) =>
        files.Select(f => TaxonomyEngine.BindFile(f.Path, f.Text, default)).ToList();

    private static TaxonomyModel Link(IEnumerable<YamlFile> files)
    {
        var result = TaxonomyEngine.Validate(files.Select(f => (f.Path, f.Text)), Options);
        Assert.Empty(result.Diagnostics.Where(d => d.IsError).Select(d => d.Message));
        return result.Model!;
    }

    /// <summary>The content with its numbers file as <c>roletaxonomy numbers</c> rewrites it.</summary>
    private static List<YamlFile> WithNumbersRewritten(List<YamlFile> content)
    {
        var numbersFile = content.Single(f => f.Path.EndsWith("/numbers.yaml", StringComparison.Ordinal));
        var (text, added) = NumbersFileWriter.Write(Bind(content), NumbersFileWriter.HeaderOf(numbersFile.Text!));
        Assert.True(added > 0);
        return content.Select(f => f == numbersFile ? f with { Text = text } : f).ToList();
    }

    private static string RemoveTaskPattern(string role, string key)
    {
        var start = role.IndexOf("  - key: " + key + "\n", StringComparison.Ordinal);
        var end = role.IndexOf("\n  - key: ", start + 1, StringComparison.Ordinal);
        Assert.True(start > 0 && end > start);
        return role.Remove(start, end + 1 - start);
    }

    private static void AssertKeeps(ItemNumbers before, ItemNumbers after)
    {
        foreach (var (scope, expected, actual) in new[]
        {
            ("roles", before.Roles, after.Roles), ("task patterns", before.TaskPatterns, after.TaskPatterns), ("members", before.Members, after.Members),
        })
        {
            var kept = expected.Keys.Intersect(actual.Keys, StringComparer.Ordinal).ToList();
            Assert.True(kept.Count >= expected.Count - 1, $"{scope}: most items survive the edit");
            Assert.All(kept, key => Assert.True(expected[key] == actual[key], $"{scope}: '{key}' was {expected[key]}, now {actual[key]}"));
        }
    }

    private static ItemNumbers NumbersOf(TaxonomyModel model) => new(
        model.Roles.ToDictionary(r => r.Key, r => r.Number, StringComparer.Ordinal),
        model.TaskPatterns.ToDictionary(t => t.Key, t => t.Number, StringComparer.Ordinal),
        model.Vocabularies.SelectMany(v => v.Members.Select(m => (Key: v.Key + "/" + m.Key, m.Number)))
            .ToDictionary(m => m.Key, m => m.Number, StringComparer.Ordinal));

    private sealed record ItemNumbers(Dictionary<string, int> Roles, Dictionary<string, int> TaskPatterns, Dictionary<string, int> Members)
    {
        public bool Equals(ItemNumbers? other) =>
            other is not null && Same(Roles, other.Roles) && Same(TaskPatterns, other.TaskPatterns) && Same(Members, other.Members);

        public override int GetHashCode() => Roles.Count;

        private static bool Same(Dictionary<string, int> a, Dictionary<string, int> b) =>
            a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var n) && n == p.Value);
    }
}
