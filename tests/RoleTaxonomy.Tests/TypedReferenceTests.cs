using System;
using System.Linq;
using RoleTaxonomy.Tests.Infrastructure;
using Xunit;

namespace RoleTaxonomy.Tests;

/// <summary>Typed all the way down: a task pattern's reference gives its vocabulary's enum value, and no other enum's.</summary>
public sealed class TypedReferenceTests
{
    [Theory]
    [MemberData(nameof(EnumKinds.Names), MemberType = typeof(EnumKinds))]
    public void Every_reference_gives_its_value_with_its_vocabulary_enum_and_nothing_with_another_enum(string kind) =>
        EnumKinds.Run(typeof(TypedReferenceTests), nameof(ReferencesAreTyped), kind);

    [Theory]
    [MemberData(nameof(EnumKinds.VocabularyNames), MemberType = typeof(EnumKinds))]
    public void Every_member_of_a_vocabulary_is_typed_with_its_enum_value(string kind) =>
        EnumKinds.Run(typeof(TypedReferenceTests), nameof(MembersAreTyped), kind);

    [Fact]
    public void Task_patterns_reference_members_of_several_vocabularies()
    {
        var referenced = TaskPatterns.All.SelectMany(p => p.References).Select(r => r.VocabularyId).Distinct().ToList();

        Assert.True(referenced.Count >= 2, "The typed-reference theory needs references to check.");
        Assert.All(referenced, id => Assert.Contains(EnumKinds.All, kind => kind.Vocabulary == id));
    }

    [Fact]
    public void Finding_triage_references_the_triage_outcomes_as_TriageOutcome_values()
    {
        var outcomes = TaskPatterns.AppSecFindingTriage.References
            .Select(r => r.TryGetValue(out TriageOutcome outcome) ? outcome : default)
            .Where(o => o != default);

        Assert.Equal(new[] { TriageOutcome.BlockRelease, TriageOutcome.BacklogWork, TriageOutcome.AcceptedRisk }, outcomes);
    }

    private static void ReferencesAreTyped<T>(EnumKind<T> kind)
        where T : struct, Enum
    {
        foreach (var pattern in TaskPatterns.All)
        {
            foreach (var reference in pattern.References)
            {
                var found = reference.TryGetValue(out T value);
                if (reference.VocabularyId == kind.Vocabulary)
                {
                    Assert.True(found, pattern.Key + ": " + reference.Key + " is not a " + kind.Name);
                    Assert.Equal(reference.Key, kind.ToKey(value));
                    Assert.Equal(value, Assert.IsType<VocabularyMember<T>>(reference).Value);
                }
                else
                {
                    Assert.False(found, pattern.Key + ": " + reference.Key + " of " + reference.VocabularyId + " is a " + kind.Name);
                    Assert.Equal(default, value);
                }
            }
        }
    }

    private static void MembersAreTyped<T>(EnumKind<T> kind)
        where T : struct, Enum
    {
        var vocabulary = Vocabularies.Get(kind.Vocabulary!.Value);
        for (var i = 0; i < vocabulary.Members.Count; i++)
        {
            var member = vocabulary.Members[i];
            Assert.True(member.TryGetValue(out T value));
            Assert.Equal(kind.Values[i], value);
            Assert.Equal(member.Key, kind.ToKey(value));
            Assert.False(member.TryGetValue(out RoleId _));
        }
    }
}
