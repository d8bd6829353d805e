using System;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RoleTaxonomy.Generator.Tests.Infrastructure;
using RoleTaxonomy.Testing;
using Xunit;

namespace RoleTaxonomy.Generator.Tests;

/// <summary>
/// Stability and deprecation: what the content may say, what the generator refuses, and what a consumer gets
/// (an [Obsolete] warning with the reason, and items that stay resolvable by key).
/// </summary>
public sealed class LifecycleTests
{
    private const string RolePath = Fixtures.RolePath;
    private const string BuddyPath = "taxonomy/security-buddy.yaml";

    /// <summary>The fixture with one role, one task pattern and one member deprecated, and one pattern experimental.</summary>
    internal static YamlFile[] Content() => new[]
    {
        new YamlFile(RolePath, Fixtures.Role + """

              - key: champion-review-v1
                title: Review the team's changes, the first way
                text: The way reviews were done before.
                stability: experimental
                deprecated:
                  reason: Reviews now follow champion-review.
                  replacedBy: champion-review
            """),
        new YamlFile(BuddyPath, Fixtures.Role
            .Replace("key: security-champion", "key: security-buddy\ndeprecated:\n  reason: Folded into the champion role.\n  replacedBy: security-champion", StringComparison.Ordinal)
            .Replace("name: Security Champion", "name: Security Buddy", StringComparison.Ordinal)
            .Replace("champion-review", "buddy-review", StringComparison.Ordinal)),
        new YamlFile(Fixtures.VocabularyPath, Fixtures.Vocabulary.Replace(
            "    name: documented as accepted risk",
            "    name: documented as accepted risk\n    stability: experimental\n    deprecated:\n      reason: An accepted risk is still a finding\n      replacedBy: fixed",
            StringComparison.Ordinal)),
    };

    private const string UsesOnlyCurrentItems = """
        using RoleTaxonomy;

        public static class Consumer
        {
            public static string Describe() =>
                Roles.SecurityChampion.Name + TaskPatterns.ChampionReview.Title + Outcomes.Fixed.Name + RoleId.SecurityChampion.ToKey();
        }
        """;

    [Theory]
    [InlineData(LanguageVersion.CSharp9)]
    [InlineData(LanguageVersion.Latest)]
    public void Deprecated_content_generates_code_that_compiles_without_warnings(LanguageVersion version)
    {
        var driver = GeneratorHarness.CreateDriver(Content(), languageVersion: version);

        driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(UsesOnlyCurrentItems, version), out var output, out var generatorDiagnostics);

        Assert.Empty(generatorDiagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Using_a_deprecated_item_warns_with_the_reason_and_the_replacement()
    {
        var run = GeneratorHarness.Run(Content(), """
            using RoleTaxonomy;

            public static class Consumer
            {
                public static object[] Old() => new object[] { RoleId.SecurityBuddy, Roles.SecurityBuddy, TaskPatterns.ChampionReviewV1, Outcome.Accepted, Outcomes.Accepted };
            }
            """);

        Assert.Empty(run.GeneratorDiagnostics);
        var messages = run.CompilationProblems
            .Select(d => (d.Id, Message: d.GetMessage(CultureInfo.InvariantCulture), Path: d.Location.SourceTree?.FilePath))
            .ToList();
        Assert.All(messages, m => Assert.Equal("CS0618", m.Id));
        Assert.All(messages, m => Assert.DoesNotContain(".g.cs", m.Path ?? string.Empty, StringComparison.Ordinal));
        Assert.Equal(
            new[]
            {
                "Folded into the champion role. Use RoleId.SecurityChampion instead.",
                "Folded into the champion role. Use Roles.SecurityChampion instead.",
                "Reviews now follow champion-review. Use TaskPatterns.ChampionReview instead.",
                "An accepted risk is still a finding. Use Outcome.Fixed instead.",
                "An accepted risk is still a finding. Use Outcomes.Fixed instead.",
            },
            messages.Select(m => m.Message[(m.Message.IndexOf("is obsolete: '", StringComparison.Ordinal) + "is obsolete: '".Length)..^1]));
    }

    [Fact]
    public void Deprecated_items_stay_resolvable_by_key_and_name_their_replacement()
    {
        var (run, value) = GeneratedAssembly.RunAndEvaluate(
            Content(),
            """
            string.Join("|",
                Roles.TryGet("security-buddy", out var buddy) ? buddy!.Deprecation!.Reason : "missing",
                buddy!.Replacement!.Key,
                buddy.Stability.ToKey(),
                TaskPatterns.TryGet("champion-review-v1", out var old) ? old!.Stability.ToKey() : "missing",
                old!.Replacement!.Key,
                Outcomes.Vocabulary.Members.Single(m => m.Key == "accepted").Replacement!.Key,
                OutcomeExtensions.TryParse("accepted", out var outcome) ? outcome.ToKey() : "missing",
                Roles.SecurityChampion.Deprecation is null && Roles.SecurityChampion.Replacement is null,
                Roles.All.Count,
                TaskPatterns.All.Count(p => p.Deprecation is not null))
            """,
            "System.Linq",
            "RoleTaxonomy");

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal(
            "Folded into the champion role.|security-champion|stable|experimental|champion-review|fixed|accepted|True|2|1",
            value);
    }

    [Fact]
    public void Content_without_deprecations_has_no_pragma()
    {
        var run = GeneratorHarness.Run(Fixtures.Valid());

        Assert.True(run.Sources.Length > 5, "the fixture generates its files");
        Assert.All(run.Sources, s => Assert.DoesNotContain("#pragma", s.SourceText.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void RT0027_unknown_stability_suggests_the_nearest()
    {
        var run = GeneratorHarness.Run(Fixtures.WithRole(Fixtures.Role.Replace("centerOfGravity:", "stability: experimetal\ncenterOfGravity:", StringComparison.Ordinal)));

        var diagnostic = DiagnosticTests.AssertOnly(run, "RT0027", RolePath, 5, 12);
        Assert.Equal(
            "'experimetal' is not a stability: use stable or experimental; did you mean 'experimental'?",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void RT0028_a_replacement_that_is_deprecated_too()
    {
        var vocabulary = Fixtures.Vocabulary
            .Replace("    name: fixed\n", "    name: fixed\n    deprecated:\n      reason: Say resolved.\n", StringComparison.Ordinal)
            .Replace("    name: documented as accepted risk", "    name: documented as accepted risk\n    deprecated:\n      reason: Say fixed.\n      replacedBy: fixed", StringComparison.Ordinal);

        var run = GeneratorHarness.Run(Fixtures.WithVocabulary(vocabulary));

        var diagnostic = DiagnosticTests.AssertOnly(run, "RT0028", Fixtures.VocabularyPath, 17, 19);
        Assert.Equal(
            "'accepted' is replaced by 'fixed', which is deprecated too: name the member of 'outcomes' that finally replaces it",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void RT0028_an_item_that_replaces_itself()
    {
        var run = GeneratorHarness.Run(Fixtures.WithRole(Fixtures.Role.Replace(
            "centerOfGravity:", "deprecated:\n  reason: Renamed.\n  replacedBy: security-champion\ncenterOfGravity:", StringComparison.Ordinal)));

        DiagnosticTests.AssertOnly(run, "RT0028", RolePath, 7, 15);
    }

    [Fact]
    public void RT0008_a_replacement_that_does_not_exist_suggests_the_nearest()
    {
        var run = GeneratorHarness.Run(Content().Select(f => f.Path == RolePath
            ? f with { Text = f.Text!.Replace("replacedBy: champion-review", "replacedBy: champion-reveiw", StringComparison.Ordinal) }
            : f));

        var diagnostic = DiagnosticTests.AssertOnly(run, "RT0008", RolePath, 37, 19);
        Assert.Equal(
            "There is no task pattern with the key 'champion-reveiw'; did you mean 'champion-review'?",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void RT0008_a_member_is_replaced_only_from_its_own_vocabulary()
    {
        var vocabulary = Fixtures.Vocabulary.Replace(
            "    name: documented as accepted risk", "    name: documented as accepted risk\n    deprecated:\n      reason: Moved.\n      replacedBy: security-champion", StringComparison.Ordinal);

        var run = GeneratorHarness.Run(Fixtures.WithVocabulary(vocabulary));

        DiagnosticTests.AssertOnly(run, "RT0008", Fixtures.VocabularyPath, 15, 19);
    }

    [Fact]
    public void RT0002_a_deprecation_needs_a_reason()
    {
        var run = GeneratorHarness.Run(Fixtures.WithRole(Fixtures.Role.Replace("centerOfGravity:", "deprecated: {}\ncenterOfGravity:", StringComparison.Ordinal)));

        var diagnostic = DiagnosticTests.AssertOnly(run, "RT0002", RolePath, 5, 13);
        Assert.Equal(
            "'reason' is required in a deprecation: add 'reason: …' (why the item is deprecated; becomes the message of the generated [Obsolete])",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void RT0004_deprecated_must_be_a_mapping()
    {
        var run = GeneratorHarness.Run(Fixtures.WithRole(Fixtures.Role.Replace("centerOfGravity:", "deprecated: true\ncenterOfGravity:", StringComparison.Ordinal)));

        var diagnostic = DiagnosticTests.AssertOnly(run, "RT0004", RolePath, 5, 13);
        Assert.Equal(
            "'deprecated' must be a mapping, not text: write its fields (reason) on the lines below 'deprecated:', indented, one 'name: value' per line",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }
}
