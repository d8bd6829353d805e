using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace RoleTaxonomy.Testing;

/// <summary>
/// A valid taxonomy of any size, written by code rather than committed: <c>roles</c> role files of ten task patterns each,
/// shaped like the real content (two paragraphs, a list, references), plus one vocabulary, the page and the numbers file.
/// </summary>
internal static class SyntheticTaxonomy
{
    public const int TaskPatternsPerRole = 10;

    /// <summary>The vocabulary, the page and the numbers file come with every taxonomy.</summary>
    public const int FilesBesideRoles = 3;

    private const int VocabularyMembers = 8;

    private static readonly string[] TypicalOutputs = { "findings", "design feedback", "review notes" };

    private static readonly string[] FailureModes = { "noisy findings", "shallow reviews" };

    private static readonly string[] Items =
    {
        "what input is trusted here",
        "what authorization decision is actually enforced",
        "where this could become injection or information disclosure",
        "what logging or testing would prove the control is working",
    };

    private static readonly string[] ReadWith = { "The real taxonomy" };

    private static readonly VocabularyContent Outcomes = new(
        "outcomes",
        "Outcome",
        "Outcomes",
        Enumerable.Range(1, VocabularyMembers).Select(m => new MemberContent(MemberKey(m), "outcome " + Number(m))).ToList())
    {
        Description = "What a reviewed finding can end in.",
    };

    /// <summary>The files, page first, then the vocabulary, the numbers file, then the roles in order.</summary>
    public static IReadOnlyList<YamlFile> Create(int roles)
    {
        if (roles < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(roles), roles, "A taxonomy has at least one role.");
        }

        var content = Enumerable.Range(1, roles).Select(Role).ToList();
        var files = new List<YamlFile>(roles + FilesBesideRoles)
        {
            new("synthetic/taxonomy.yaml", ContentWriter.Page(Page(content))),
            new("synthetic/vocabularies/outcomes.yaml", ContentWriter.Vocabulary(Outcomes)),
            new("synthetic/numbers.yaml", ContentWriter.Numbers(content, new[] { Outcomes })),
        };
        files.AddRange(content.Select(role => new YamlFile($"synthetic/roles/{role.Key}.yaml", ContentWriter.Role(role))));
        return files;
    }

    /// <summary>The same file with its role's display name changed: an edit that changes the generated code.</summary>
    public static YamlFile EditRoleName(YamlFile file)
    {
        var edited = file.Text?.Replace("\nname: ", "\nname: Edited ", StringComparison.Ordinal);
        return edited is null || edited == file.Text ? throw new ArgumentException("Not a role file: " + file.Path, nameof(file)) : file with { Text = edited };
    }

    public static string RoleKey(int role) => "role-" + role.ToString("D4", CultureInfo.InvariantCulture);

    private static string MemberKey(int member) => "outcome-" + Number(member);

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static RoleContent Role(int role)
    {
        var key = RoleKey(role);
        var n = Number(role);
        return new RoleContent(
            key,
            "Synthetic Role " + n,
            "Role " + n + " turns security risk into engineering action that teams can take this week.",
            "Review and validation of risk in product area " + n,
            TypicalOutputs,
            FailureModes,
            "The job is not only “hacking the app” in area " + n + ".",
            "Most of the value comes from being a translator between risk and engineering action.",
            new LensesContent(
                "Whether a finding is real, how exploitable it is, who owns the fix, and whether it blocks release.",
                "Pull requests, code diffs, infrastructure changes, API designs and architecture notes.",
                "Translating between risk and engineering action without losing developer trust.",
                "Reusable patterns, cheat sheets, small standards and examples that reduce repeated confusion."),
            Enumerable.Range(1, TaskPatternsPerRole).Select(p => TaskPattern(role, p)).ToList());
    }

    private static TaskPatternContent TaskPattern(int role, int p)
    {
        var pattern = p.ToString("D2", CultureInfo.InvariantCulture);
        return new TaskPatternContent(
            RoleKey(role) + "-pattern-" + pattern,
            "Task pattern " + pattern + " of role " + Number(role) + ", review changes for risky patterns",
            "A large part of the day is reading pull requests, code diffs, configuration changes and designs for pattern " + pattern
                + ", and asking practical questions:\n\nThis work is repetitive in the best sense. It builds pattern recognition: over time one sees common mistakes "
                + "faster, having reviewed dozens of variations of the same weakness.",
            Items,
            new[]
            {
                new ReferencesContent(Outcomes.Key, new[] { MemberKey(((role + p) % VocabularyMembers) + 1), MemberKey(((role + p + 1) % VocabularyMembers) + 1) }),
            });
    }

    private static PageContent Page(IEnumerable<RoleContent> roles) => new(
        "A synthetic taxonomy", "Benchmarks", Outcomes.Key, new[] { MemberKey(1) }, ReadWith, roles.Select(r => r.Key).ToList())
    {
        Wrong = "How fast is it?",
        Better = "How does it grow?",
        QuestionText = "This page measures.",
    };
}
