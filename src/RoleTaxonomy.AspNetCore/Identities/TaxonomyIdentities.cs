using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;

namespace RoleTaxonomy.AspNetCore.Identities;

/// <summary>The identities of the taxonomies an app serves, by their key types and enums.</summary>
internal sealed class TaxonomyIdentities
{
    private readonly FrozenDictionary<Type, TaxonomyIdentity> _byType;

    public TaxonomyIdentities(IEnumerable<TaxonomyIdentity> identities)
    {
        // A taxonomy added twice lists its identities twice: the first stands.
        All = identities.DistinctBy(identity => identity.KeyType).ToArray();
        _byType = All.SelectMany(identity => new[] { (identity.KeyType, identity), (identity.EnumType, identity) })
            .DistinctBy(entry => entry.Item1)
            .ToFrozenDictionary(entry => entry.Item1, entry => entry.identity);
    }

    /// <summary>
    /// The RoleTaxonomy package's taxonomy: roles, task patterns, vocabularies and each vocabulary's members. Written
    /// here, since the package's generated code cannot see this one; a test holds the list to the generated key types.
    /// </summary>
    public static IReadOnlyList<TaxonomyIdentity> Packaged { get; } = new[]
    {
        TaxonomyIdentity.Create<RoleKey, RoleId>("role", RoleIdExtensions.Values, RoleIdExtensions.ToKey, RoleIdExtensions.ToDisplayName),
        TaxonomyIdentity.Create<TaskPatternKey, TaskPatternId>(
            "task pattern", TaskPatternIdExtensions.Values, TaskPatternIdExtensions.ToKey, TaskPatternIdExtensions.ToDisplayName),
        TaxonomyIdentity.Create<VocabularyKey, VocabularyId>(
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
    };

    public IReadOnlyList<TaxonomyIdentity> All { get; }

    /// <summary>Finds the identity whose key type or enum is <paramref name="type"/>, also as <c>Nullable&lt;T&gt;</c>.</summary>
    public bool TryGet(Type type, out TaxonomyIdentity identity) =>
        _byType.TryGetValue(Nullable.GetUnderlyingType(type) ?? type, out identity!);

    private static TaxonomyIdentity Members<TKey, TEnum>(
        VocabularyId vocabulary, IReadOnlyList<TEnum> values, Func<TEnum, string> keyOf, Func<TEnum, string> displayNameOf)
        where TKey : IParsable<TKey>
        where TEnum : struct, Enum =>
        TaxonomyIdentity.Create<TKey, TEnum>($"member of {Vocabularies.Get(vocabulary).Name}", values, keyOf, displayNameOf);
}
