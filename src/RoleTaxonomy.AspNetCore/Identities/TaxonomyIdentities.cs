using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;

namespace RoleTaxonomy.AspNetCore.Identities;

/// <summary>The identities of the RoleTaxonomy package's taxonomy, by their key types and enums.</summary>
internal sealed class TaxonomyIdentities
{
    private readonly FrozenDictionary<Type, TaxonomyIdentity> _byType;

    public TaxonomyIdentities(IEnumerable<TaxonomyIdentity> identities)
    {
        All = identities.ToArray();
        _byType = All.SelectMany(identity => new[] { (identity.KeyType, identity), (identity.EnumType, identity) })
            .ToFrozenDictionary(entry => entry.Item1, entry => entry.identity);
    }

    /// <summary>The package's taxonomy: roles, task patterns, vocabularies and each vocabulary's members.</summary>
    public static TaxonomyIdentities Packaged { get; } = new(new[]
    {
        TaxonomyIdentity.Of<RoleKey, RoleId>("role", RoleIdExtensions.Values, RoleIdExtensions.ToKey, RoleIdExtensions.ToDisplayName),
        TaxonomyIdentity.Of<TaskPatternKey, TaskPatternId>(
            "task pattern", TaskPatternIdExtensions.Values, TaskPatternIdExtensions.ToKey, TaskPatternIdExtensions.ToDisplayName),
        TaxonomyIdentity.Of<VocabularyKey, VocabularyId>(
            "vocabulary", VocabularyIdExtensions.Values, VocabularyIdExtensions.ToKey, VocabularyIdExtensions.ToDisplayName),
        Members<AudienceKey, Audience>(VocabularyId.Audiences, AudienceExtensions.Values, AudienceExtensions.ToKey, AudienceExtensions.ToDisplayName),
        Members<HighConsequenceCallKey, HighConsequenceCall>(
            VocabularyId.HighConsequenceCalls, HighConsequenceCallExtensions.Values, HighConsequenceCallExtensions.ToKey,
            HighConsequenceCallExtensions.ToDisplayName),
        Members<LeverageInstrumentKey, LeverageInstrument>(
            VocabularyId.LeverageInstruments, LeverageInstrumentExtensions.Values, LeverageInstrumentExtensions.ToKey,
            LeverageInstrumentExtensions.ToDisplayName),
        Members<OperatingModelRiskKey, OperatingModelRisk>(
            VocabularyId.OperatingModelRisks, OperatingModelRiskExtensions.Values, OperatingModelRiskExtensions.ToKey,
            OperatingModelRiskExtensions.ToDisplayName),
        Members<OwnershipGroupKey, OwnershipGroup>(
            VocabularyId.OwnershipGroups, OwnershipGroupExtensions.Values, OwnershipGroupExtensions.ToKey, OwnershipGroupExtensions.ToDisplayName),
        Members<ReportingMetricKey, ReportingMetric>(
            VocabularyId.ReportingMetrics, ReportingMetricExtensions.Values, ReportingMetricExtensions.ToKey, ReportingMetricExtensions.ToDisplayName),
        Members<TriageOutcomeKey, TriageOutcome>(
            VocabularyId.TriageOutcomes, TriageOutcomeExtensions.Values, TriageOutcomeExtensions.ToKey, TriageOutcomeExtensions.ToDisplayName),
        Members<WeaknessClassKey, WeaknessClass>(
            VocabularyId.WeaknessClasses, WeaknessClassExtensions.Values, WeaknessClassExtensions.ToKey, WeaknessClassExtensions.ToDisplayName),
        Members<WorkClassKey, WorkClass>(
            VocabularyId.WorkClasses, WorkClassExtensions.Values, WorkClassExtensions.ToKey, WorkClassExtensions.ToDisplayName),
    });

    public IReadOnlyList<TaxonomyIdentity> All { get; }

    /// <summary>Finds the identity whose key type or enum is <paramref name="type"/>, also as <c>Nullable&lt;T&gt;</c>.</summary>
    public bool TryGet(Type type, out TaxonomyIdentity identity) =>
        _byType.TryGetValue(Nullable.GetUnderlyingType(type) ?? type, out identity!);

    private static TaxonomyIdentity Members<TKey, TEnum>(
        VocabularyId vocabulary, IReadOnlyList<TEnum> values, Func<TEnum, string> keyOf, Func<TEnum, string> displayNameOf)
        where TKey : IParsable<TKey>
        where TEnum : struct, Enum =>
        TaxonomyIdentity.Of<TKey, TEnum>($"member of {Vocabularies.Get(vocabulary).Name}", values, keyOf, displayNameOf);
}
