using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace RoleTaxonomy.Tests;

/// <summary>Every generated enum: keys round-trip, display names match the catalogs, undefined values are rejected.</summary>
public sealed partial class EnumTests
{
    private static readonly string[] LensKeys = { "decisions", "evidence", "conflict", "leverage" };

    private static readonly string[] LensDisplayNames = { "Decisions", "Evidence", "Conflict", "Leverage" };

    private static readonly string[] VocabularyKeys =
    {
        "audiences", "high-consequence-calls", "leverage-instruments", "operating-model-risks", "ownership-groups",
        "reporting-metrics", "triage-outcomes", "weakness-classes", "work-classes",
    };

    private delegate bool TryParser<T>(string? key, out T value);

    [Fact]
    public void RoleId_round_trips_and_names_match_the_roles()
    {
        AssertEnumContract<RoleId>(RoleIdExtensions.ToKey, RoleIdExtensions.ToDisplayName, RoleIdExtensions.TryParse, 4);
        foreach (var id in Enum.GetValues<RoleId>())
        {
            Assert.Equal(Roles.Get(id).Name, id.ToDisplayName());
            Assert.Equal(Roles.Get(id).Key, id.ToKey());
        }
    }

    [Fact]
    public void TaskPatternId_round_trips_and_names_match_the_task_pattern_titles()
    {
        AssertEnumContract<TaskPatternId>(TaskPatternIdExtensions.ToKey, TaskPatternIdExtensions.ToDisplayName, TaskPatternIdExtensions.TryParse, 20);
        foreach (var id in Enum.GetValues<TaskPatternId>())
        {
            Assert.Equal(TaskPatterns.Get(id).Title, id.ToDisplayName());
            Assert.Equal(TaskPatterns.Get(id).Key, id.ToKey());
        }
    }

    [Fact]
    public void VocabularyId_round_trips_and_names_match_the_vocabularies()
    {
        AssertEnumContract<VocabularyId>(VocabularyIdExtensions.ToKey, VocabularyIdExtensions.ToDisplayName, VocabularyIdExtensions.TryParse, 9);
        foreach (var id in Enum.GetValues<VocabularyId>())
        {
            Assert.Equal(Vocabularies.Get(id).Name, id.ToDisplayName());
            Assert.Equal(Vocabularies.Get(id).Key, id.ToKey());
        }
    }

    [Fact]
    public void Lens_round_trips_with_the_schema_keys()
    {
        AssertEnumContract<Lens>(LensExtensions.ToKey, LensExtensions.ToDisplayName, LensExtensions.TryParse, 4);
        Assert.Equal(LensKeys, Enum.GetValues<Lens>().Select(l => l.ToKey()));
        Assert.Equal(LensDisplayNames, Enum.GetValues<Lens>().Select(l => l.ToDisplayName()));

        // The page's final advice asks one question per lens.
        foreach (var lens in Enum.GetValues<Lens>())
        {
            Assert.StartsWith("what ", Taxonomy.Page.FinalAdvice.Lenses.Get(lens), StringComparison.Ordinal);
            Assert.Contains(lens.ToKey(), Taxonomy.Page.FinalAdvice.Lenses.Get(lens), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Stability_round_trips_with_the_keys_the_editor_schemas_accept()
    {
        AssertEnumContract<Stability>(StabilityExtensions.ToKey, StabilityExtensions.ToDisplayName, StabilityExtensions.TryParse, 2);
        using var schema = System.Text.Json.JsonDocument.Parse(System.IO.File.ReadAllText(
            System.IO.Path.Combine(RoleTaxonomy.Testing.RepositoryPaths.Content, "schema", "role.schema.json")));
        var schemaKeys = schema.RootElement.GetProperty("definitions").GetProperty("stability").GetProperty("enum")
            .EnumerateArray().Select(key => key.GetString());

        Assert.Equal(schemaKeys, Enum.GetValues<Stability>().Select(s => s.ToKey()));
        Assert.All(Roles.All, role => Assert.Equal(Stability.Stable, role.Stability));
    }

    [Fact]
    public void WeaknessClass_round_trips_and_names_match_the_catalog() =>
        AssertVocabularyEnum<WeaknessClass>(
            WeaknessClassExtensions.ToKey, WeaknessClassExtensions.ToDisplayName, WeaknessClassExtensions.TryParse,
            WeaknessClasses.Get, WeaknessClasses.All, VocabularyId.WeaknessClasses,
            "ssrf", "idor", "injection", "file-abuse", "information-disclosure");

    [Fact]
    public void TriageOutcome_round_trips_and_names_match_the_catalog() =>
        AssertVocabularyEnum<TriageOutcome>(
            TriageOutcomeExtensions.ToKey, TriageOutcomeExtensions.ToDisplayName, TriageOutcomeExtensions.TryParse,
            TriageOutcomes.Get, TriageOutcomes.All, VocabularyId.TriageOutcomes,
            "block-release", "backlog-work", "accepted-risk");

    [Fact]
    public void ReportingMetric_round_trips_and_names_match_the_catalog() =>
        AssertVocabularyEnum<ReportingMetric>(
            ReportingMetricExtensions.ToKey, ReportingMetricExtensions.ToDisplayName, ReportingMetricExtensions.TryParse,
            ReportingMetrics.Get, ReportingMetrics.All, VocabularyId.ReportingMetrics,
            "team-load", "coverage", "finding-aging", "blocked-work", "exception-debt");

    [Fact]
    public void OwnershipGroup_round_trips_and_names_match_the_catalog() =>
        AssertVocabularyEnum<OwnershipGroup>(
            OwnershipGroupExtensions.ToKey, OwnershipGroupExtensions.ToDisplayName, OwnershipGroupExtensions.TryParse,
            OwnershipGroups.Get, OwnershipGroups.All, VocabularyId.OwnershipGroups,
            "central-team", "platform", "product-engineering", "champions", "audit-compliance");

    [Fact]
    public void WorkClass_round_trips_and_names_match_the_catalog() =>
        AssertVocabularyEnum<WorkClass>(
            WorkClassExtensions.ToKey, WorkClassExtensions.ToDisplayName, WorkClassExtensions.TryParse,
            WorkClasses.Get, WorkClasses.All, VocabularyId.WorkClasses,
            "mandatory", "optional", "maturity-building");

    [Fact]
    public void Audience_round_trips_and_names_match_the_catalog() =>
        AssertVocabularyEnum<Audience>(
            AudienceExtensions.ToKey, AudienceExtensions.ToDisplayName, AudienceExtensions.TryParse,
            Audiences.Get, Audiences.All, VocabularyId.Audiences,
            "newcomers", "career-switchers", "mentoring-conversations", "role-calibration", "interview-prep");

    [Fact]
    public void OperatingModelRisk_round_trips_and_names_match_the_catalog() =>
        AssertVocabularyEnum<OperatingModelRisk>(
            OperatingModelRiskExtensions.ToKey, OperatingModelRiskExtensions.ToDisplayName, OperatingModelRiskExtensions.TryParse,
            OperatingModelRisks.Get, OperatingModelRisks.All, VocabularyId.OperatingModelRisks,
            "unclear-intake", "too-many-exceptions", "noisy-tooling", "role-confusion", "fragile-on-call");

    [Fact]
    public void HighConsequenceCall_round_trips_and_names_match_the_catalog() =>
        AssertVocabularyEnum<HighConsequenceCall>(
            HighConsequenceCallExtensions.ToKey, HighConsequenceCallExtensions.ToDisplayName, HighConsequenceCallExtensions.TryParse,
            HighConsequenceCalls.Get, HighConsequenceCalls.All, VocabularyId.HighConsequenceCalls,
            "release-with-risk", "delay-launch", "escalate-platform-weakness", "exception-decision", "severe-incident", "defend-budget");

    [Fact]
    public void LeverageInstrument_round_trips_and_names_match_the_catalog() =>
        AssertVocabularyEnum<LeverageInstrument>(
            LeverageInstrumentExtensions.ToKey, LeverageInstrumentExtensions.ToDisplayName, LeverageInstrumentExtensions.TryParse,
            LeverageInstruments.Get, LeverageInstruments.All, VocabularyId.LeverageInstruments,
            "standards", "staffing-models", "reusable-controls", "reporting-packs", "maturity-plans", "strong-lieutenants");

    [Fact]
    public void Every_vocabulary_has_a_typed_enum_covered_here()
    {
        // If a vocabulary is added, this list (and a test above) must follow.
        Assert.Equal(
            VocabularyKeys,
            Vocabularies.All.Select(v => v.Key));
    }

    private static void AssertVocabularyEnum<T>(
        Func<T, string> toKey,
        Func<T, string> toDisplayName,
        TryParser<T> tryParse,
        Func<T, VocabularyMember> get,
        IReadOnlyList<VocabularyMember> all,
        VocabularyId vocabularyId,
        params string[] expectedKeys)
        where T : struct, Enum
    {
        AssertEnumContract(toKey, toDisplayName, tryParse, expectedKeys.Length);

        var values = Enum.GetValues<T>();
        Assert.Equal(expectedKeys, values.Select(toKey));
        Assert.Equal(all, Vocabularies.Get(vocabularyId).Members);
        foreach (var value in values)
        {
            var member = get(value);
            Assert.Equal(member.Name, toDisplayName(value));
            Assert.Equal(member.Key, toKey(value));
            Assert.Equal(vocabularyId, member.VocabularyId);
            Assert.True(member.TryGetValue(out T typed));
            Assert.Equal(value, typed);
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => get(Undefined<T>(99)));
        Assert.Throws<ArgumentOutOfRangeException>(() => get(Undefined<T>(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => get(default));
    }

    private static void AssertEnumContract<T>(Func<T, string> toKey, Func<T, string> toDisplayName, TryParser<T> tryParse, int expectedCount)
        where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        Assert.Equal(expectedCount, values.Length);
        Assert.Equal(Enumerable.Range(1, expectedCount), values.Select(v => Convert.ToInt32(v, CultureInfo.InvariantCulture)).Order());
        Assert.False(Enum.IsDefined(default(T)), typeof(T).Name + ": default is an item");

        var keys = new List<string>();
        foreach (var value in values)
        {
            var key = toKey(value);
            keys.Add(key);
            Assert.Matches(KebabCase(), key);

            Assert.True(tryParse(key, out var parsed), typeof(T).Name + ".TryParse(\"" + key + "\") failed");
            Assert.Equal(value, parsed);

            Assert.False(tryParse(key.ToUpperInvariant(), out _), typeof(T).Name + " parsed the upper-cased key " + key);
            Assert.False(tryParse(" " + key, out _), typeof(T).Name + " parsed a key with a leading space");
            Assert.False(tryParse(key + " ", out _), typeof(T).Name + " parsed a key with a trailing space");
            Assert.False(tryParse(value.ToString(), out _), typeof(T).Name + " parsed the C# name " + value);

            var name = toDisplayName(value);
            Assert.False(string.IsNullOrWhiteSpace(name));
            Assert.Equal(name.Trim(), name);
        }

        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());

        Assert.False(tryParse(null, out var fromNull));
        Assert.Equal(default, fromNull);
        Assert.False(tryParse(string.Empty, out var fromEmpty));
        Assert.Equal(default, fromEmpty);
        Assert.False(tryParse("not-a-key", out _));

        foreach (var undefined in new[] { Undefined<T>(0), Undefined<T>(99), Undefined<T>(-1), Undefined<T>(expectedCount + 1) })
        {
            var exception = Assert.Throws<ArgumentOutOfRangeException>(() => toKey(undefined));
            Assert.Equal("value", exception.ParamName);
            Assert.Throws<ArgumentOutOfRangeException>(() => toDisplayName(undefined));
        }
    }

    private static T Undefined<T>(int value)
        where T : struct, Enum
    {
        var result = (T)Enum.ToObject(typeof(T), value);
        Assert.False(Enum.IsDefined(result));
        return result;
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();
}
