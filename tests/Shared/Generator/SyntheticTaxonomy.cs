using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

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

    /// <summary>The files, page first, then the vocabulary, the numbers file, then the roles in order.</summary>
    public static IReadOnlyList<YamlFile> Create(int roles)
    {
        if (roles < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(roles), roles, "A taxonomy has at least one role.");
        }

        var files = new List<YamlFile>(roles + FilesBesideRoles)
        {
            new("synthetic/taxonomy.yaml", Page(roles)),
            new("synthetic/vocabularies/outcomes.yaml", Vocabulary()),
            new("synthetic/numbers.yaml", Numbers(roles)),
        };
        for (var i = 1; i <= roles; i++)
        {
            files.Add(new YamlFile($"synthetic/roles/{RoleKey(i)}.yaml", Role(i)));
        }

        return files;
    }

    /// <summary>The same file with its role's display name changed: an edit that changes the generated code.</summary>
    public static YamlFile EditRoleName(YamlFile file)
    {
        var edited = file.Text?.Replace("\nname: ", "\nname: Edited ", StringComparison.Ordinal);
        return edited is null || edited == file.Text ? throw new ArgumentException("Not a role file: " + file.Path, nameof(file)) : file with { Text = edited };
    }

    public static string RoleKey(int role) => "role-" + role.ToString("D4", CultureInfo.InvariantCulture);

    private static string MemberKey(int member) => "outcome-" + member.ToString(CultureInfo.InvariantCulture);

    /// <summary>The numbers file <c>roletaxonomy numbers</c> would write: every item numbered in the content's order.</summary>
    private static string Numbers(int roles)
    {
        var yaml = new StringBuilder(64 * roles * TaskPatternsPerRole).Append("kind: numbers\nroles:\n");
        for (var i = 1; i <= roles; i++)
        {
            yaml.Append("  ").Append(RoleKey(i)).Append(": ").Append(i.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        yaml.Append("taskPatterns:\n");
        for (var i = 1; i <= roles; i++)
        {
            for (var pattern = 1; pattern <= TaskPatternsPerRole; pattern++)
            {
                var number = ((i - 1) * TaskPatternsPerRole) + pattern;
                yaml.Append("  ").Append(RoleKey(i)).Append("-pattern-").Append(pattern.ToString("D2", CultureInfo.InvariantCulture))
                    .Append(": ").Append(number.ToString(CultureInfo.InvariantCulture)).Append('\n');
            }
        }

        yaml.Append("vocabularies:\n  outcomes: 1\nmembers:\n  outcomes:\n");
        for (var m = 1; m <= VocabularyMembers; m++)
        {
            yaml.Append("    ").Append(MemberKey(m)).Append(": ").Append(m.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        return yaml.ToString();
    }

    private static string Role(int role)
    {
        var key = RoleKey(role);
        var n = role.ToString(CultureInfo.InvariantCulture);
        var yaml = new StringBuilder(8192)
            .Append("kind: role\n")
            .Append("key: ").Append(key).Append('\n')
            .Append("name: Synthetic Role ").Append(n).Append('\n')
            .Append("summary: Role ").Append(n).Append(" turns security risk into engineering action that teams can take this week.\n")
            .Append("centerOfGravity: Review and validation of risk in product area ").Append(n).Append('\n')
            .Append("typicalOutputs:\n  - findings\n  - design feedback\n  - review notes\n")
            .Append("failureModes:\n  - noisy findings\n  - shallow reviews\n")
            .Append("outsidersMiss:\n")
            .Append("  misconception: The job is not only “hacking the app” in area ").Append(n).Append(".\n")
            .Append("  reality: Most of the value comes from being a translator between risk and engineering action.\n")
            .Append("lenses:\n")
            .Append("  decisions: Whether a finding is real, how exploitable it is, who owns the fix, and whether it blocks release.\n")
            .Append("  evidence: Pull requests, code diffs, infrastructure changes, API designs and architecture notes.\n")
            .Append("  conflict: Translating between risk and engineering action without losing developer trust.\n")
            .Append("  leverage: Reusable patterns, cheat sheets, small standards and examples that reduce repeated confusion.\n")
            .Append("taskPatterns:\n");
        for (var p = 1; p <= TaskPatternsPerRole; p++)
        {
            var pattern = p.ToString("D2", CultureInfo.InvariantCulture);
            yaml.Append("  - key: ").Append(key).Append("-pattern-").Append(pattern).Append('\n')
                .Append("    title: Task pattern ").Append(pattern).Append(" of role ").Append(n).Append(", review changes for risky patterns\n")
                .Append("    text: |-\n")
                .Append("      A large part of the day is reading pull requests, code diffs, configuration changes and designs for pattern ")
                .Append(pattern).Append(", and asking practical questions:\n\n")
                .Append("      This work is repetitive in the best sense. It builds pattern recognition: over time one sees common mistakes ")
                .Append("faster, having reviewed dozens of variations of the same weakness.\n")
                .Append("    items:\n")
                .Append("      - what input is trusted here\n")
                .Append("      - what authorization decision is actually enforced\n")
                .Append("      - where this could become injection or information disclosure\n")
                .Append("      - what logging or testing would prove the control is working\n")
                .Append("    references:\n")
                .Append("      outcomes:\n")
                .Append("        - ").Append(MemberKey(((role + p) % VocabularyMembers) + 1)).Append('\n')
                .Append("        - ").Append(MemberKey(((role + p + 1) % VocabularyMembers) + 1)).Append('\n');
        }

        return yaml.ToString();
    }

    private static string Vocabulary()
    {
        var yaml = new StringBuilder()
            .Append("kind: vocabulary\nkey: outcomes\ntypeName: Outcome\nname: Outcomes\n")
            .Append("description: What a reviewed finding can end in.\nmembers:\n");
        for (var m = 1; m <= VocabularyMembers; m++)
        {
            yaml.Append("  - key: ").Append(MemberKey(m)).Append('\n')
                .Append("    name: outcome ").Append(m.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        return yaml.ToString();
    }

    private static string Page(int roles)
    {
        var yaml = new StringBuilder()
            .Append("kind: page\n")
            .Append("title: A synthetic taxonomy\n")
            .Append("knowledgeBase: Benchmarks\n")
            .Append("audiences:\n  intro: \"Use this page for:\"\n  vocabulary: outcomes\n  members:\n    - ").Append(MemberKey(1)).Append('\n')
            .Append("readWith:\n  intro: \"Read this together with:\"\n  pages:\n    - The real taxonomy\n")
            .Append("question:\n  title: What this page answers\n  wrongIntro: \"The wrong question:\"\n  wrong: How fast is it?\n")
            .Append("  betterIntro: \"The better one:\"\n  better: How does it grow?\n  text: This page measures.\n")
            .Append("roles:\n");
        for (var i = 1; i <= roles; i++)
        {
            yaml.Append("  - ").Append(RoleKey(i)).Append('\n');
        }

        return yaml
            .Append("taskPatternsTitle: common daily task patterns\n")
            .Append("outsidersMissTitle: What outsiders miss\n")
            .Append("comparison:\n  title: Comparison\n  roleColumn: Role\n  centerOfGravityColumn: Center\n")
            .Append("  typicalOutputColumn: Output\n  failureModeColumn: Failure\n")
            .Append("finalAdvice:\n  title: Advice\n  intro: \"Describe each role through:\"\n  lenses:\n")
            .Append("    decisions: what decisions it owns\n    evidence: what evidence it works from\n")
            .Append("    conflict: what conflict it has to manage\n    leverage: what kind of leverage it creates\n")
            .Append("  closing: That is all.\n")
            .ToString();
    }
}
