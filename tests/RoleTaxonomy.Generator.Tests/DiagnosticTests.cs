using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using RoleTaxonomy.Generator.Model;
using RoleTaxonomy.Generator.Tests.Infrastructure;
using RoleTaxonomy.Testing;
using Xunit;

namespace RoleTaxonomy.Generator.Tests;

/// <summary>One test per diagnostic: its id, file, line and column (one-based, as the compiler prints them).</summary>
public sealed class DiagnosticTests
{
    private const string RolePath = Fixtures.RolePath;

    [Fact]
    public void Valid_fixture_reports_nothing_and_generates_code()
    {
        var run = GeneratorHarness.Run(Fixtures.Valid());

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.NotEmpty(run.Sources);
    }

    [Fact]
    public void RT0001_yaml_syntax_error()
    {
        var run = GeneratorHarness.Run(Fixtures.WithRole(Fixtures.Role.Replace("name: Security Champion", "name: [Security Champion")));

        AssertOnly(run, "RT0001", RolePath, 4, 1);
    }

    [Fact]
    public void RT0002_missing_required_field_points_at_the_mapping_that_lacks_it()
    {
        var run = GeneratorHarness.Run(Fixtures.WithRole(Fixtures.Role.Replace("name: Security Champion\n", "")));

        var diagnostic = AssertOnly(run, "RT0002", RolePath, 1, 1);
        Assert.Contains("'name' is required in a role", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public void RT0002_missing_field_of_a_nested_mapping()
    {
        var run = GeneratorHarness.Run(Fixtures.WithRole(Fixtures.Role.Replace("  leverage: Habits the team keeps.\n", "")));

        AssertOnly(run, "RT0002", RolePath, 14, 3);
    }

    [Fact]
    public void RT0003_unknown_field_suggests_the_nearest_name()
    {
        var run = GeneratorHarness.Run(Fixtures.WithRole(Fixtures.Role.Replace("summary:", "sumary:")));

        var diagnostics = Errors(run);
        var unknown = Assert.Single(diagnostics, d => d.Id == "RT0003");
        AssertAt(unknown, RolePath, 4, 1);
        Assert.Contains("did you mean 'summary', which a role requires?", unknown.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);

        // 'summary' is missing because it is misspelt: one cause, one error, at the misspelling.
        Assert.DoesNotContain(diagnostics, d => d.Id == "RT0002");
    }

    [Fact]
    public void RT0003_a_misspelling_of_a_field_that_is_also_given_is_only_the_unknown_field()
    {
        var run = GeneratorHarness.Run(Fixtures.WithRole(Fixtures.Role.Replace("summary:", "sumary: Twice.\nsummary:")));

        var unknown = Assert.Single(Errors(run));
        Assert.Equal("RT0003", unknown.Id);
        Assert.EndsWith("did you mean 'summary'?", unknown.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public void RT0002_every_missing_field_of_one_mapping_is_one_error_that_lists_them_in_the_schemas_order()
    {
        var run = GeneratorHarness.Run(Fixtures.WithRole("kind: role\n"));

        var diagnostic = AssertOnly(run, "RT0002", RolePath, 1, 1);
        var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.StartsWith(
            "'key', 'name', 'summary', 'centerOfGravity', 'typicalOutputs', 'failureModes', 'outsidersMiss', 'lenses' and 'taskPatterns' are required in a role: " +
            "add 'key: …' (a stable key: lower-case kebab-case, never changed once published); 'name: …' (display name); ",
            message, System.StringComparison.Ordinal);
        Assert.Contains("'typicalOutputs:' with '- …' items below it (the comparison table's typical output)", message, System.StringComparison.Ordinal);
        Assert.Contains("'outsidersMiss:' with its fields below it (misconception, reality)", message, System.StringComparison.Ordinal);
        Assert.EndsWith("'taskPatterns:' with '- key: …' items below it (the role's task patterns, in the page's order)", message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void RT0002_a_file_without_kind_is_told_what_to_write()
    {
        var run = GeneratorHarness.Run(Fixtures.WithRole(Fixtures.Role.Replace("kind: role\n", "")));

        var diagnostic = AssertOnly(run, "RT0002", RolePath, 1, 1);
        Assert.Contains("'kind' is required in a content file: add it as the first line: 'kind: role'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public void RT0004_wrong_kind_of_value()
    {
        var run = GeneratorHarness.Run(Fixtures.WithRole(Fixtures.Role.Replace("typicalOutputs:\n  - reviewed changes", "typicalOutputs: reviewed changes")));

        var diagnostic = AssertOnly(run, "RT0004", RolePath, 6, 17);
        Assert.Contains("'typicalOutputs' must be a list, not text", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public void RT0005_duplicate_role_key_across_files()
    {
        var second = Fixtures.Role.Replace("champion-review", "champion-review-two");
        var run = GeneratorHarness.Run(Fixtures.Valid().Append(new YamlFile("taxonomy/z-copy.yaml", second)));

        var diagnostic = AssertOnly(run, "RT0005", "taxonomy/z-copy.yaml", 2, 6);
        Assert.Contains("role key 'security-champion' is already used at taxonomy/security-champion.yaml(2,6)", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public void RT0005_a_copied_file_is_the_one_reported_even_when_its_name_sorts_first()
    {
        var copy = Fixtures.Role.Replace("champion-review", "champion-review-two");
        var run = GeneratorHarness.Run(Fixtures.Valid().Append(new YamlFile("taxonomy/a-copy.yaml", copy)));

        var diagnostic = AssertOnly(run, "RT0005", "taxonomy/a-copy.yaml", 2, 6);
        Assert.Contains(
            "The role key 'security-champion' is already used at taxonomy/security-champion.yaml(2,6): give this role a key of its own, or remove it",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public void RT0005_duplicate_task_pattern_key_across_files()
    {
        var second = Fixtures.Role.Replace("key: security-champion", "key: security-lead");
        var run = GeneratorHarness.Run(Fixtures.Valid().Append(new YamlFile("taxonomy/z-lead.yaml", second)));

        AssertOnly(run, "RT0005", "taxonomy/z-lead.yaml", 19, 10);
    }

    [Fact]
    public void RT0005_duplicate_member_key()
    {
        var run = GeneratorHarness.Run(Fixtures.WithVocabulary(Fixtures.Vocabulary.Replace("  - key: accepted", "  - key: fixed")));

        // The role's reference to 'accepted' now dangles too.
        var diagnostic = Assert.Single(Errors(run), d => d.Id == "RT0005");
        AssertAt(diagnostic, Fixtures.VocabularyPath, 11, 10);
    }

    [Fact]
    public void RT0005_duplicate_vocabulary_key()
    {
        var run = GeneratorHarness.Run(Fixtures.Valid().Append(new YamlFile("taxonomy/z-outcomes.yaml", Fixtures.Vocabulary.Replace("typeName: Outcome", "typeName: OtherOutcome"))));

        AssertOnly(run, "RT0005", "taxonomy/z-outcomes.yaml", 2, 6);
    }

    [Fact]
    public void RT0006_field_repeated_in_one_mapping()
    {
        var run = GeneratorHarness.Run(Fixtures.WithRole(Fixtures.Role.Replace("summary:", "name: Again\nsummary:")));

        var diagnostic = AssertOnly(run, "RT0006", RolePath, 4, 1);
        Assert.Contains("(first at line 3, column 1)", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public void RT0007_invalid_key_format()
    {
        var run = GeneratorHarness.Run(Fixtures.WithRole(Fixtures.Role.Replace("key: security-champion", "key: Security_Champion")));

        AssertOnly(run, "RT0007", RolePath, 2, 6);
    }

    [Theory]
    [InlineData("Security_Champion", "here 'security-champion'")]
    [InlineData("SecurityChampion", "here 'security-champion'")]
    [InlineData("\"security champion\"", "here 'security-champion'")]
    [InlineData("OWASPChampion", "here 'owasp-champion'")]
    [InlineData("champion.v2", "here 'champion-v2'")]
    [InlineData("security--champion", "here 'security-champion'")]
    [InlineData("2fa-champion", "such as 'appsec-engineer'")]
    [InlineData("champion!", "such as 'appsec-engineer'")]
    public void RT0007_offers_the_kebab_case_form_of_the_key_when_it_has_one(string key, string offer)
    {
        var run = GeneratorHarness.Run(Fixtures.WithRole(Fixtures.Role.Replace("key: security-champion", "key: " + key)));

        var diagnostic = AssertOnly(run, "RT0007", RolePath, 2, 6);
        Assert.EndsWith("use lower-case kebab-case, " + offer, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public void RT0007_a_key_with_a_trailing_line_break_is_invalid()
    {
        var run = GeneratorHarness.Run(Fixtures.WithRole(Fixtures.Role.Replace("key: security-champion", "key: \"security-champion\\n\"")));

        AssertOnly(run, "RT0007", RolePath, 2, 6);
    }

    [Fact]
    public void RT0008_reference_to_an_unknown_member_suggests_the_nearest()
    {
        var run = GeneratorHarness.Run(Fixtures.WithRole(Fixtures.Role.Replace("        - accepted", "        - acepted")));

        var diagnostic = AssertOnly(run, "RT0008", RolePath, 30, 11);
        Assert.Contains("did you mean 'accepted'?", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public void RT0008_reference_to_an_unknown_vocabulary()
    {
        var run = GeneratorHarness.Run(Fixtures.WithRole(Fixtures.Role.Replace("      outcomes:", "      results:")));

        AssertOnly(run, "RT0008", RolePath, 28, 7);
    }

    [Fact]
    public void RT0009_two_keys_that_become_one_identifier()
    {
        var role = Fixtures.Role + "\n  - key: champion-review2\n    identifier: ChampionReview\n    title: Again\n    text: Again.\n";
        var run = GeneratorHarness.Run(Fixtures.WithRole(role));

        var diagnostic = AssertOnly(run, "RT0009", RolePath, 32, 17);
        Assert.Contains("the task pattern 'champion-review'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public void RT0009_derived_names_collide()
    {
        var role = Fixtures.Role + "\n  - key: champion-review-\n    title: Again\n    text: Again.\n";
        var run = GeneratorHarness.Run(Fixtures.WithRole(role.Replace("champion-review-\n", "championreview\n")));

        // 'champion-review' → ChampionReview, 'championreview' → Championreview: distinct. A true clash:
        Assert.Empty(Errors(run));
        var clash = GeneratorHarness.Run(Fixtures.WithRole(Fixtures.Role + "\n  - key: champion-re-view\n    identifier: ChampionReview\n    title: Again\n    text: Again.\n"));
        Assert.Equal("RT0009", Assert.Single(Errors(clash)).Id);
    }

    [Fact]
    public void RT0009_a_name_the_generated_api_uses()
    {
        var run = GeneratorHarness.Run(Fixtures.WithVocabulary(Fixtures.Vocabulary.Replace("typeName: Outcome", "typeName: RoleId")));

        AssertOnly(run, "RT0009", Fixtures.VocabularyPath, 3, 11);
    }

    [Fact]
    public void RT0010_role_without_task_patterns()
    {
        var role = Fixtures.Role[..Fixtures.Role.IndexOf("taskPatterns:", System.StringComparison.Ordinal)] + "taskPatterns: []\n";
        var run = GeneratorHarness.Run(Fixtures.WithRole(role), source: "");

        AssertOnly(run, "RT0010", RolePath, 18, 15);
    }

    [Fact]
    public void RT0011_invalid_identifier()
    {
        var run = GeneratorHarness.Run(Fixtures.WithRole(Fixtures.Role.Replace("key: security-champion", "key: security-champion\nidentifier: 1st")));

        AssertOnly(run, "RT0011", RolePath, 3, 13);
    }

    [Fact]
    public void RT0012_unknown_kind()
    {
        var run = GeneratorHarness.Run(Fixtures.WithRole(Fixtures.Role.Replace("kind: role", "kind: team")));

        AssertOnly(run, "RT0012", RolePath, 1, 7);
    }

    [Fact]
    public void RT0013_empty_value()
    {
        var run = GeneratorHarness.Run(Fixtures.WithRole(Fixtures.Role.Replace("name: Security Champion", "name: \"\"")));

        AssertOnly(run, "RT0013", RolePath, 3, 7);
    }

    [Fact]
    public void RT0014_role_missing_from_the_page()
    {
        var other = Fixtures.Role.Replace("security-champion", "security-lead").Replace("champion-review", "lead-review");
        var run = GeneratorHarness.Run(Fixtures.Valid()
            .Append(new YamlFile(Fixtures.PagePath, Fixtures.Page))
            .Append(new YamlFile("taxonomy/security-lead.yaml", other)));

        var diagnostic = AssertOnly(run, "RT0014", Fixtures.PagePath, 21, 3);
        Assert.Equal(
            "The page's 'roles' does not list the role 'security-lead' (at taxonomy/security-lead.yaml(2,6)): add '- security-lead' where it belongs in the page's order",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void RT0015_more_than_one_page()
    {
        var run = GeneratorHarness.Run(Fixtures.Valid()
            .Append(new YamlFile(Fixtures.PagePath, Fixtures.Page))
            .Append(new YamlFile("taxonomy/page2.yaml", Fixtures.Page)));

        AssertOnly(run, "RT0015", "taxonomy/page2.yaml", 1, 1);
    }

    [Fact]
    public void RT0016_unreadable_file()
    {
        var run = GeneratorHarness.Run(Fixtures.Valid().Append(new YamlFile("taxonomy/unreadable.yaml", null)));

        AssertOnly(run, "RT0016", "taxonomy/unreadable.yaml", 1, 1);
    }

    [Theory]
    [InlineData("", 1, 1)]
    [InlineData("# only a comment\n", 1, 1)]
    [InlineData("kind: vocabulary\n---\nkind: role\n", 2, 1)]
    public void RT0017_no_document_or_several(string text, int line, int column)
    {
        var run = GeneratorHarness.Run(Fixtures.Valid().Append(new YamlFile("taxonomy/odd.yaml", text)));

        AssertOnly(run, "RT0017", "taxonomy/odd.yaml", line, column);
    }

    [Theory]
    [InlineData("RoleTaxonomyNamespace", "1Bad.Namespace")]
    [InlineData("RoleTaxonomyVisibility", "private")]
    public void RT0018_invalid_option(string property, string value)
    {
        var run = GeneratorHarness.Run(Fixtures.Valid(), "", new Dictionary<string, string> { [property] = value });

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("RT0018", diagnostic.Id);
        Assert.Contains(property, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void RT0018_names_RootNamespace_when_that_is_where_the_bad_namespace_came_from()
    {
        var run = GeneratorHarness.Run(Fixtures.Valid(), "", new Dictionary<string, string> { ["RootNamespace"] = "My-App" });

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("RT0018", diagnostic.Id);
        Assert.StartsWith("The MSBuild property 'RootNamespace' has the value 'My-App'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Options_are_not_checked_in_a_project_without_content()
    {
        var run = GeneratorHarness.Run(System.Array.Empty<YamlFile>(), "", new Dictionary<string, string> { ["RoleTaxonomyVisibility"] = "private" });

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void RT0019_item_listed_twice()
    {
        var run = GeneratorHarness.Run(Fixtures.WithRole(Fixtures.Role.Replace("        - accepted", "        - fixed")));

        AssertOnly(run, "RT0019", RolePath, 30, 11);
    }

    [Fact]
    public void RT0099_unexpected_failure_becomes_a_diagnostic()
    {
        var options = new GeneratorOptions("RoleTaxonomy", IsPublic: true, TargetFeatures.All);

        var result = TaxonomyEngine.Link(default, options);

        Assert.Null(result.Model);
        Assert.Equal("RT0099", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void Yaml_that_is_not_content_is_never_read()
    {
        var run = GeneratorHarness.Run(Fixtures.Valid().Append(new YamlFile("config/other.yaml", "this: [is not", IsContent: false)));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.NotEmpty(run.Sources);
    }

    [Fact]
    public void Every_descriptor_is_registered_released_and_documented()
    {
        var descriptors = typeof(Diagnostics.DiagnosticDescriptors)
            .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .ToList();
        var releases = System.IO.File.ReadAllText(System.IO.Path.Combine(
            RoleTaxonomy.Testing.RepositoryPaths.Root, "generators", "RoleTaxonomy.Generator", "AnalyzerReleases.Unshipped.md"));
        var documentation = System.IO.File.ReadAllText(System.IO.Path.Combine(RoleTaxonomy.Testing.RepositoryPaths.Root, "docs", "diagnostics.md"));

        // Reported diagnostics are rebuilt from their id: a descriptor missing from ById crashes the report.
        Assert.Equal(descriptors.Select(d => d.Id).OrderBy(id => id, System.StringComparer.Ordinal), Diagnostics.DiagnosticDescriptors.ById.Keys.OrderBy(id => id, System.StringComparer.Ordinal));
        foreach (var descriptor in descriptors)
        {
            Assert.Contains($"{descriptor.Id} | RoleTaxonomy | {descriptor.DefaultSeverity} | {descriptor.Title}", releases, System.StringComparison.Ordinal);
            Assert.Contains($"## {descriptor.Id}: {descriptor.Title}\n", documentation.Replace("\r\n", "\n", System.StringComparison.Ordinal), System.StringComparison.Ordinal);
        }
    }

    internal static ImmutableArray<Diagnostic> Errors(GeneratorRun run) =>
        run.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();

    /// <summary>The run reports exactly this diagnostic, at this place, and emits no code.</summary>
    internal static Diagnostic AssertOnly(GeneratorRun run, string id, string path, int line, int column)
    {
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.True(diagnostic.Id == id, $"Expected {id}, got {diagnostic}");
        AssertAt(diagnostic, path, line, column);
        if (diagnostic.Severity == DiagnosticSeverity.Error)
        {
            Assert.Empty(run.Sources);
        }

        return diagnostic;
    }

    internal static void AssertAt(Diagnostic diagnostic, string path, int line, int column)
    {
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(path, span.Path);
        Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
    }
}
