using RoleTaxonomy.Testing;

namespace RoleTaxonomy.Generator.Tests.Infrastructure;

/// <summary>
/// A small, valid taxonomy of its own (a team's custom role), to break one piece at a time. Its files are spelled
/// out, since tests point at their lines and replace their text; the same content as the writer's records (checked
/// by <c>ContentWriterTests</c> to write exactly these files) serves tests that build a larger variant.
/// </summary>
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

    /// <summary><see cref="Role"/> as the writer's record.</summary>
    public static readonly RoleContent Champion = new(
        "security-champion",
        "Security Champion",
        "Brings security into a product team.",
        "Team-level security practice",
        new[] { "reviewed changes" },
        new[] { "checkbox security" },
        "The job is not only running scanners.",
        "It is making security part of how the team works.",
        new LensesContent("Which changes need a security review.", "The team's pull requests.", "Delivery pressure against review time.", "Habits the team keeps."),
        new[]
        {
            new TaskPatternContent(
                "champion-review",
                "Review the team's changes",
                "First paragraph.\n\nSecond paragraph.",
                new[] { "what input is trusted here" },
                new[] { new ReferencesContent("outcomes", new[] { "fixed", "accepted" }) }),
        });

    /// <summary><see cref="Vocabulary"/> as the writer's record.</summary>
    public static readonly VocabularyContent Outcomes = new(
        "outcomes",
        "Outcome",
        "Outcomes",
        new[]
        {
            new MemberContent("fixed", "fixed") { Attributes = new[] { ("cwe", "CWE-1") } },
            new MemberContent("accepted", "documented as accepted risk"),
        })
    {
        Description = "What a review can end in.",
    };

    /// <summary><see cref="Page"/> as the writer's record.</summary>
    public static readonly PageContent ChampionsPage = new(
        "Champions", "Team Knowledge Base", "outcomes", new[] { "fixed" }, new[] { "Onboarding" }, new[] { "security-champion" })
    {
        Wrong = "Which scanner?",
        Better = "What do champions do?",
        QuestionText = "This page says.",
    };

    public static YamlFile[] Valid() => WithRole(Role);

    /// <summary>The valid fixture with the role file replaced.</summary>
    public static YamlFile[] WithRole(string role) => new[] { new YamlFile(RolePath, role), new YamlFile(VocabularyPath, Vocabulary) };

    /// <summary>The valid fixture with the vocabulary file replaced.</summary>
    public static YamlFile[] WithVocabulary(string vocabulary) => new[] { new YamlFile(RolePath, Role), new YamlFile(VocabularyPath, vocabulary) };
}
