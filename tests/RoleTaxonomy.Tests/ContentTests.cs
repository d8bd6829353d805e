using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using RoleTaxonomy.Tests.Infrastructure;
using Xunit;

namespace RoleTaxonomy.Tests;

/// <summary>The compiled content itself: counts, clean text, and the references the page implies.</summary>
public sealed partial class ContentTests
{
    private static readonly string[] Mojibake = { "â€", "Ã", "Â", "\uFFFD" };

    private static readonly string[] PatternsWithItems =
    {
        "appsec-code-and-design-review", "appsec-finding-triage", "appsec-secure-design-support", "devsecops-cicd-trust-boundaries",
    };

    private static readonly string[] AudienceKeys =
    {
        "newcomers", "career-switchers", "mentoring-conversations", "role-calibration", "interview-prep",
    };

    [Fact]
    public void There_are_four_roles_with_five_task_patterns_each()
    {
        Assert.Equal(4, Roles.All.Count);
        Assert.All(Roles.All, role => Assert.Equal(5, role.TaskPatterns.Count));
        Assert.Equal(20, TaskPatterns.All.Count);
    }

    [Fact]
    public void The_text_inventory_covers_every_role_pattern_vocabulary_and_page_field()
    {
        // Guards the inventory the other tests iterate: an empty or partial inventory would make them pass vacuously.
        var entries = ContentText.All;
        Assert.Equal(20, entries.Count(e => e.Where.EndsWith(".Title", StringComparison.Ordinal) && e.Where.StartsWith("TaskPattern ", StringComparison.Ordinal)));
        Assert.Equal(TaskPatterns.All.Sum(p => p.Paragraphs.Count), entries.Count(e => e.Where.Contains(".Paragraphs[", StringComparison.Ordinal)));
        Assert.Equal(TaskPatterns.All.Sum(p => p.Items.Count), entries.Count(e => e.Where.Contains(".Items[", StringComparison.Ordinal)));
        Assert.Equal(Vocabularies.All.Sum(v => v.Members.Count), entries.Count(e => e.Where.Contains(" member ", StringComparison.Ordinal) && e.Where.EndsWith(".Name", StringComparison.Ordinal)));
        Assert.Equal(16, TaskPatterns.All.Sum(p => p.Items.Count));
        Assert.True(TaskPatterns.All.Sum(p => p.Paragraphs.Count) >= 20);
    }

    [Fact]
    public void Every_text_is_non_empty_trimmed_and_free_of_mojibake_and_carriage_returns()
    {
        var problems = new List<string>();
        foreach (var entry in ContentText.All)
        {
            problems.AddRange(TextProblems(entry.Where, entry.Text));
        }

        foreach (var pattern in TaskPatterns.All)
        {
            problems.AddRange(TextProblems("TaskPattern " + pattern.Key + ".Text", pattern.Text));
        }

        Assert.True(problems.Count == 0, "Text problems:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void Titles_paragraphs_items_and_names_are_single_lines()
    {
        var multiLine = ContentText.All
            .Where(e => e.Text.Contains('\n', StringComparison.Ordinal))
            .Select(e => e.Where)
            .ToList();
        Assert.True(multiLine.Count == 0, "Texts that span several lines (each is one line on the page):\n" + string.Join("\n", multiLine));
    }

    [Fact]
    public void Task_pattern_text_is_its_paragraphs_separated_by_blank_lines()
    {
        foreach (var pattern in TaskPatterns.All)
        {
            Assert.NotEmpty(pattern.Paragraphs);
            Assert.Equal(string.Join("\n\n", pattern.Paragraphs), pattern.Text);
            Assert.DoesNotContain("\n\n\n", pattern.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Items_carry_no_list_punctuation_and_follow_a_paragraph_that_introduces_them()
    {
        foreach (var pattern in TaskPatterns.All.Where(p => p.Items.Count > 0))
        {
            Assert.EndsWith(":", pattern.Paragraphs[0], StringComparison.Ordinal);
            foreach (var item in pattern.Items)
            {
                Assert.False(item.EndsWith(';') || item.EndsWith('.'), pattern.Key + " item keeps its list punctuation: " + item);
                Assert.False(item.StartsWith('•'), pattern.Key + " item keeps its bullet: " + item);
            }
        }

        Assert.Equal(
            PatternsWithItems,
            TaskPatterns.All.Where(p => p.Items.Count > 0).Select(p => p.Key));
        Assert.All(TaskPatterns.All.Where(p => p.Items.Count > 0), p => Assert.Equal(4, p.Items.Count));
    }

    [Fact]
    public void Every_role_has_all_four_lenses_outputs_and_failure_modes()
    {
        foreach (var role in Roles.All)
        {
            Assert.NotEmpty(role.TypicalOutputs);
            Assert.NotEmpty(role.FailureModes);
            var lensTexts = Enum.GetValues<Lens>().Select(role.Lenses.Get).ToList();
            Assert.All(lensTexts, text => Assert.False(string.IsNullOrWhiteSpace(text)));
            Assert.Equal(4, lensTexts.Distinct(StringComparer.Ordinal).Count());
            Assert.StartsWith("The job is not", role.OutsidersMiss.Misconception, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_reference_is_a_member_of_an_existing_vocabulary()
    {
        var referenceCount = 0;
        foreach (var pattern in TaskPatterns.All)
        {
            foreach (var member in pattern.References)
            {
                referenceCount++;
                Assert.True(Enum.IsDefined(member.VocabularyId), pattern.Key + " references an undefined vocabulary " + member.VocabularyId);
                var vocabulary = Vocabularies.Get(member.VocabularyId);
                Assert.True(Vocabularies.TryGet(vocabulary.Key, out var byKey), vocabulary.Key);
                Assert.Same(vocabulary, byKey);
                Assert.Contains(vocabulary, Vocabularies.All);
                Assert.Contains(member, vocabulary.Members);
                Assert.True(pattern.Involves(member.VocabularyId));
            }

            Assert.Equal(pattern.References.Count, pattern.References.Distinct().Count());
        }

        Assert.True(referenceCount >= 21, "Expected at least the 21 references the page implies, found " + referenceCount);
    }

    [Fact]
    public void AppSec_finding_triage_references_all_three_triage_outcomes()
    {
        AssertReferences(
            TaskPatterns.AppSecFindingTriage,
            VocabularyId.TriageOutcomes,
            "block-release", "backlog-work", "accepted-risk");
        Assert.Equal(RoleId.AppSecEngineer, TaskPatterns.AppSecFindingTriage.RoleId);
        Assert.Equal(3, TriageOutcomes.All.Count);
    }

    [Fact]
    public void AppSec_code_and_design_review_references_all_five_weakness_classes_with_a_cwe()
    {
        var pattern = TaskPatterns.AppSecCodeAndDesignReview;
        AssertReferences(pattern, VocabularyId.WeaknessClasses, "ssrf", "idor", "injection", "file-abuse", "information-disclosure");
        Assert.Equal(RoleId.AppSecEngineer, pattern.RoleId);

        foreach (var member in pattern.References.Where(m => m.VocabularyId == VocabularyId.WeaknessClasses))
        {
            Assert.True(member.Attributes.TryGetValue("cwe", out var cwe), member.Key + " has no cwe attribute");
            Assert.Matches(Cwe(), cwe);
        }

        Assert.Equal("CWE-918", WeaknessClasses.Ssrf.Attributes["cwe"]);
        Assert.Equal("CWE-639", WeaknessClasses.Idor.Attributes["cwe"]);
        Assert.Equal(5, WeaknessClasses.All.Select(m => m.Attributes["cwe"]).Distinct(StringComparer.Ordinal).Count());

        // The page names them in the item the references come from.
        var item = Assert.Single(pattern.Items, i => i.StartsWith("where could this become", StringComparison.Ordinal));
        Assert.All(WeaknessClasses.All, m => Assert.Contains(m.Name, item, StringComparison.Ordinal));
    }

    [Fact]
    public void Manager_metrics_and_reporting_references_the_five_reporting_metrics()
    {
        AssertReferences(
            TaskPatterns.ManagerMetricsAndReporting,
            VocabularyId.ReportingMetrics,
            "team-load", "coverage", "finding-aging", "blocked-work", "exception-debt");
        Assert.Equal(RoleId.ProductSecurityManager, TaskPatterns.ManagerMetricsAndReporting.RoleId);
    }

    [Fact]
    public void Director_organizational_design_references_the_five_ownership_groups()
    {
        AssertReferences(
            TaskPatterns.DirectorOrganizationalDesign,
            VocabularyId.OwnershipGroups,
            "central-team", "platform", "product-engineering", "champions", "audit-compliance");
        Assert.Equal(RoleId.ProductSecurityDirector, TaskPatterns.DirectorOrganizationalDesign.RoleId);
    }

    [Fact]
    public void Director_stakeholder_management_references_the_three_work_classes()
    {
        AssertReferences(
            TaskPatterns.DirectorStakeholderManagement,
            VocabularyId.WorkClasses,
            "mandatory", "optional", "maturity-building");
        Assert.Equal(RoleId.ProductSecurityDirector, TaskPatterns.DirectorStakeholderManagement.RoleId);
    }

    [Fact]
    public void Referenced_member_names_appear_in_the_text_of_the_pattern_that_references_them()
    {
        foreach (var pattern in TaskPatterns.All)
        {
            var text = pattern.Text + " " + string.Join(" ", pattern.Items);
            foreach (var member in pattern.References)
            {
                Assert.True(
                    text.Contains(member.Name, StringComparison.Ordinal),
                    pattern.Key + " references " + member.Key + " but its text does not name \"" + member.Name + "\"");
            }
        }
    }

    [Fact]
    public void The_page_audiences_are_the_five_audiences()
    {
        Assert.Equal(
            AudienceKeys,
            Taxonomy.Page.Audiences.Select(a => a.Key));
        Assert.Equal(Audiences.All, Taxonomy.Page.Audiences);
        for (var i = 0; i < Audiences.All.Count; i++)
        {
            Assert.Same(Audiences.All[i], Taxonomy.Page.Audiences[i]);
            Assert.Equal(VocabularyId.Audiences, Taxonomy.Page.Audiences[i].VocabularyId);
        }
    }

    private static void AssertReferences(TaskPattern pattern, VocabularyId vocabulary, params string[] expectedKeys)
    {
        var members = pattern.References.Where(m => m.VocabularyId == vocabulary).ToList();
        Assert.Equal(expectedKeys, members.Select(m => m.Key));
        Assert.Equal(Vocabularies.Get(vocabulary).Members, members);
        Assert.True(pattern.Involves(vocabulary));
        foreach (var other in Enum.GetValues<VocabularyId>().Where(v => v != vocabulary))
        {
            Assert.Equal(pattern.References.Any(m => m.VocabularyId == other), pattern.Involves(other));
        }
    }

    private static IEnumerable<string> TextProblems(string where, string? text)
    {
        if (text is null)
        {
            yield return where + ": null";
            yield break;
        }

        if (text.Length == 0 || string.IsNullOrWhiteSpace(text))
        {
            yield return where + ": empty";
            yield break;
        }

        if (!string.Equals(text, text.Trim(), StringComparison.Ordinal))
        {
            yield return where + ": not trimmed: \"" + text + "\"";
        }

        if (text.Contains('\r', StringComparison.Ordinal))
        {
            yield return where + ": contains \\r";
        }

        foreach (var marker in Mojibake)
        {
            if (text.Contains(marker, StringComparison.Ordinal))
            {
                yield return where + ": mojibake \"" + marker + "\" in \"" + text + "\"";
            }
        }
    }

    [GeneratedRegex(@"^CWE-\d+$")]
    private static partial Regex Cwe();
}
