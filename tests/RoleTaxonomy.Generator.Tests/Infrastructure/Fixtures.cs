using RoleTaxonomy.Testing;

namespace RoleTaxonomy.Generator.Tests.Infrastructure;

/// <summary>A small, valid taxonomy of its own (a team's custom role), to break one piece at a time.</summary>
internal static class Fixtures
{
    public const string RolePath = "taxonomy/security-champion.yaml";
    public const string VocabularyPath = "taxonomy/outcomes.yaml";
    public const string PagePath = "taxonomy/page.yaml";
    public const string NumbersPath = "taxonomy/numbers.yaml";

    public const string Role = """
        kind: role
        key: security-champion
        name: Security Champion
        summary: Brings security into a product team.
        centerOfGravity: Team-level security practice
        typicalOutputs:
          - reviewed changes
        failureModes:
          - checkbox security
        outsidersMiss:
          misconception: The job is not only running scanners.
          reality: It is making security part of how the team works.
        lenses:
          decisions: Which changes need a security review.
          evidence: The team's pull requests.
          conflict: Delivery pressure against review time.
          leverage: Habits the team keeps.
        taskPatterns:
          - key: champion-review
            title: Review the team's changes
            text: |-
              First paragraph.

              Second paragraph.
            items:
              - what input is trusted here
            references:
              outcomes:
                - fixed
                - accepted
        """;

    public const string Vocabulary = """
        kind: vocabulary
        key: outcomes
        typeName: Outcome
        name: Outcomes
        description: What a review can end in.
        members:
          - key: fixed
            name: fixed
            attributes:
              cwe: CWE-1
          - key: accepted
            name: documented as accepted risk
        """;

    public const string Page = """
        kind: page
        title: Champions
        knowledgeBase: Team Knowledge Base
        audiences:
          intro: "Use this page for:"
          vocabulary: outcomes
          members:
            - fixed
        readWith:
          intro: "Read this together with:"
          pages:
            - Onboarding
        question:
          title: What this page answers
          wrongIntro: "The wrong question:"
          wrong: Which scanner?
          betterIntro: "The better one:"
          better: What do champions do?
          text: This page says.
        roles:
          - security-champion
        taskPatternsTitle: common daily task patterns
        outsidersMissTitle: What outsiders miss
        comparison:
          title: Comparison
          roleColumn: Role
          centerOfGravityColumn: Center
          typicalOutputColumn: Output
          failureModeColumn: Failure
        finalAdvice:
          title: Advice
          intro: "Describe each role through:"
          lenses:
            decisions: what decisions it owns
            evidence: what evidence it works from
            conflict: what conflict it has to manage
            leverage: what kind of leverage it creates
          closing: That is all.
        """;

    /// <summary>The numbers file for <see cref="Valid"/>, as <c>roletaxonomy numbers</c> writes it.</summary>
    public const string Numbers = """
        kind: numbers
        roles:
          security-champion: 1
        taskPatterns:
          champion-review: 1
        vocabularies:
          outcomes: 1
        members:
          outcomes:
            fixed: 1
            accepted: 2
        """;

    public static YamlFile[] Valid() => new[]
    {
        new YamlFile(RolePath, Role),
        new YamlFile(VocabularyPath, Vocabulary),
    };

    /// <summary>The valid fixture with the role file replaced.</summary>
    public static YamlFile[] WithRole(string role) => new[]
    {
        new YamlFile(RolePath, role),
        new YamlFile(VocabularyPath, Vocabulary),
    };

    public static YamlFile[] WithVocabulary(string vocabulary) => new[]
    {
        new YamlFile(RolePath, Role),
        new YamlFile(VocabularyPath, vocabulary),
    };
}
