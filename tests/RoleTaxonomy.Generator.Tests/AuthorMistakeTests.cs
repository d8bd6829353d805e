using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using RoleTaxonomy.Generator.Tests.Infrastructure;
using RoleTaxonomy.Testing;
using Xunit;

namespace RoleTaxonomy.Generator.Tests;

/// <summary>
/// The mistakes a content author makes, tried as they make them: one edit to a small taxonomy that builds
/// (<see cref="Fixtures"/>: a page, a role, a vocabulary, a numbers file). Each gives exactly one error (or, for
/// text YAML would read differently from how it looks, one warning), first, at the line and column a person
/// would point at, and its message says what to do. The accepted cases build clean and read as written.
/// </summary>
public sealed class AuthorMistakeTests
{
    private const string Role = Fixtures.RolePath;
    private const string Vocabulary = Fixtures.VocabularyPath;
    private const string Page = Fixtures.PagePath;
    private const string Numbers = Fixtures.NumbersPath;

    /// <summary>
    /// One mistake: in <paramref name="File"/>, <paramref name="Find"/> (which must occur once) becomes
    /// <paramref name="Replace"/>; the first diagnostic is <paramref name="Id"/> at <paramref name="Line"/>,
    /// <paramref name="Column"/> of <paramref name="At"/> (the edited file unless given), and its message holds
    /// <paramref name="Fix"/>.
    /// </summary>
    private sealed record Mistake(string File, string Find, string Replace, string Id, int Line, int Column, string Fix)
    {
        public string? At { get; init; }

        /// <summary>Another file the mistake adds, such as a copy of the role.</summary>
        public YamlFile? Extra { get; init; }

        public bool IsWarning { get; init; }
    }

    private static readonly Dictionary<string, Mistake> Mistakes = new(StringComparer.Ordinal)
    {
        // Text that YAML reads as something else

        ["an unquoted ': ' in a text"] = new(Role,
            "summary: Brings security into a product team.", "summary: Brings security: into a product team.",
            "RT0001", 4, 25, "put the whole value in double quotes"),
        ["a text that starts with '@'"] = new(Role,
            "name: Security Champion", "name: @champion",
            "RT0001", 3, 7, "double quotes"),
        ["a text that starts with a backtick"] = new(Role,
            "name: Security Champion", "name: `champion`",
            "RT0001", 3, 7, "double quotes"),
        ["a text that starts with '%'"] = new(Role,
            "summary: Brings security into a product team.", "summary: %20 of the team's time.",
            "RT0001", 4, 10, "double quotes"),
        ["a text that starts with '['"] = new(Role,
            "name: Security Champion", "name: [Draft] Security Champion",
            "RT0001", 3, 15, "put the whole value in quotes"),
        ["a text that starts with '{'"] = new(Role,
            "name: Security Champion", "name: {Team} Security Champion",
            "RT0001", 3, 14, "put the whole value in quotes"),
        ["a text that starts with '*'"] = new(Role,
            "name: Security Champion", "name: *Security* Champion",
            "RT0022", 3, 7, "put the whole value in double quotes"),
        ["a text that starts with '&'"] = new(Role,
            "name: Security Champion", "name: &Security Champion",
            "RT0038", 3, 7, "put the whole value in double quotes, as in name: \"&Security Champion\""),
        ["a text that starts with '!'"] = new(Role,
            "name: Security Champion", "name: !Important Security Champion",
            "RT0039", 3, 7, "put the whole value in double quotes, as in name: \"!Important Security Champion\""),
        ["a ' #' that cuts a text short"] = new(Role,
            "summary: Brings security into a product team.", "summary: Brings security into product team #1.",
            "RT0040", 4, 44, "put the whole value in double quotes") { IsWarning = true },
        ["an unclosed double quote"] = new(Role,
            "name: Security Champion", "name: \"Security Champion",
            "RT0001", 3, 7, "never closed"),
        ["an unclosed single quote"] = new(Role,
            "name: Security Champion", "name: 'Security Champion",
            "RT0001", 3, 7, "never closed"),
        ["a text quoted and then continued"] = new(Role,
            "name: Security Champion", "name: \"Security\" Champion",
            "RT0001", 3, 18, "whole value"),

        // Indentation and layout

        ["a tab that indents a field"] = new(Role,
            "  misconception:", "\tmisconception:",
            "RT0001", 11, 1, "spaces"),
        ["a tab that indents a member"] = new(Vocabulary,
            "  - key: accepted", "\t- key: accepted",
            "RT0001", 11, 1, "spaces"),
        ["a field indented too far"] = new(Role,
            "  reality:", "   reality:",
            "RT0001", 12, 4, "same column"),
        ["a task pattern field indented too far"] = new(Role,
            "    title: Review the team's changes", "      title: Review the team's changes",
            "RT0001", 20, 7, "same column"),
        ["a list item over-indented under the one before"] = new(Role,
            "  - reviewed changes\n", "  - reviewed changes\n    - fixed findings\n",
            "RT0036", 8, 5, "indent its '-' as far as the '-' of the other items") { IsWarning = true },
        ["a list item without a space after the dash"] = new(Role,
            "  - reviewed changes", "  -reviewed changes",
            "RT0004", 7, 3, "put a space after the '-'"),
        ["a list written as one text"] = new(Role,
            "typicalOutputs:\n  - reviewed changes", "typicalOutputs: reviewed changes",
            "RT0004", 6, 17, "starting with '- '"),
        ["a field outside its mapping"] = new(Role,
            "  reality: It is making", "reality: It is making",
            "RT0003", 12, 1, "indent it under 'outsidersMiss:'"),
        ["a stray '---' between fields"] = new(Role,
            "centerOfGravity:", "---\ncenterOfGravity:",
            "RT0017", 5, 1, "remove the '---' line"),
        ["a block text whose second paragraph is not indented"] = new(Role,
            "      Second paragraph.", "    Second paragraph.",
            "RT0001", 24, 5, "indent"),

        // Fields

        ["a field the schema does not have"] = new(Role,
            "summary:", "owner: The AppSec team\nsummary:",
            "RT0003", 4, 1, "remove it, or write one of its fields"),
        ["a fact of a member written as a field"] = new(Vocabulary,
            "    attributes:\n      cwe: CWE-1", "    cwe: CWE-1",
            "RT0003", 9, 5, "a fact of your own goes under 'attributes:'"),
        ["a task pattern written as one text"] = new(Role,
            "        - accepted", "        - accepted\n  - Coach the team",
            "RT0004", 31, 5, "the first after its '- '"),
        ["an empty key"] = new(Role,
            "key: security-champion", "key:",
            "RT0013", 2, 5, "write the text after 'key: ', which a role requires"),
        ["a key longer than 128 characters"] = new(Role,
            "key: security-champion", "key: security-champion-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "RT0026", 2, 6, "shorten it"),
        ["a misspelt field"] = new(Role,
            "summary:", "sumary:",
            "RT0003", 4, 1, "did you mean 'summary'"),
        ["a field name in the wrong case"] = new(Role,
            "centerOfGravity:", "CenterOfGravity:",
            "RT0003", 5, 1, "did you mean 'centerOfGravity'"),
        ["a missing required field"] = new(Role,
            "centerOfGravity: Team-level security practice\n", string.Empty,
            "RT0002", 1, 1, "add 'centerOfGravity: …'"),
        ["a file holding only its kind"] = new(Role,
            Fixtures.Role, "kind: role",
            "RT0002", 1, 1, "add 'key: …'"),
        ["a field given twice"] = new(Role,
            "summary: Brings security into a product team.", "summary: Brings security into a product team.\nsummary: Again.",
            "RT0006", 5, 1, "line 4"),
        ["an empty required text"] = new(Role,
            "name: Security Champion", "name:",
            "RT0013", 3, 6, "write the text after 'name: '"),
        ["an empty quoted text"] = new(Role,
            "name: Security Champion", "name: \"\"",
            "RT0013", 3, 7, "write the text after 'name: '"),
        ["a text where a mapping belongs"] = new(Role,
            "outsidersMiss:\n  misconception: The job is not only running scanners.\n  reality: It is making security part of how the team works.",
            "outsidersMiss: The job is not only running scanners.",
            "RT0004", 10, 16, "(misconception, reality)"),
        ["an unknown kind"] = new(Role,
            "kind: role", "kind: rol",
            "RT0012", 1, 7, "did you mean 'role'"),
        ["a file without its kind"] = new(Role,
            "kind: role\n", string.Empty,
            "RT0002", 1, 1, "kind: role"),
        ["a misspelt stability"] = new(Role,
            "    title: Review the team's changes", "    stability: experimantal\n    title: Review the team's changes",
            "RT0027", 20, 16, "did you mean 'experimental'"),
        ["a role without task patterns"] = new(Role,
            Fixtures.Role.Substring(Fixtures.Role.IndexOf("taskPatterns:", StringComparison.Ordinal)), "taskPatterns: []",
            "RT0010", 18, 15, "add at least one"),

        // Keys and references

        ["a key in CamelCase"] = new(Role,
            "key: security-champion", "key: SecurityChampion",
            "RT0007", 2, 6, "'security-champion'"),
        ["a key with spaces"] = new(Role,
            "key: security-champion", "key: security champion",
            "RT0007", 2, 6, "'security-champion'"),
        ["a misspelt member reference"] = new(Role,
            "        - fixed", "        - fixd",
            "RT0008", 29, 11, "did you mean 'fixed'"),
        ["a member reference in the wrong case"] = new(Role,
            "        - fixed", "        - Fixed",
            "RT0008", 29, 11, "did you mean 'fixed'"),
        ["a member reference written as its name"] = new(Role,
            "        - accepted", "        - documented as accepted risk",
            "RT0008", 30, 11, "refer to it by its key, 'accepted'"),
        ["a misspelt vocabulary reference"] = new(Role,
            "      outcomes:", "      outcome:",
            "RT0008", 28, 7, "did you mean 'outcomes'"),
        ["a member referenced twice"] = new(Role,
            "        - accepted", "        - accepted\n        - fixed",
            "RT0019", 31, 11, "remove this line"),
        ["a misspelt role on the page"] = new(Page,
            "  - security-champion", "  - security-champoin",
            "RT0008", 21, 5, "did you mean 'security-champion'"),
        ["a role left off the page"] = new(Page,
            "roles:\n  - security-champion", "roles: []",
            "RT0014", 20, 8, "security-champion"),
        ["a copied role file that keeps the key"] = new(Role,
            "name: Security Champion", "name: Security Champion",
            "RT0005", 2, 6, Role) { At = "taxonomy/security-champion-copy.yaml", Extra = new YamlFile("taxonomy/security-champion-copy.yaml", Fixtures.Role) },
        ["a member copied without a key of its own"] = new(Vocabulary,
            "    name: documented as accepted risk", "    name: documented as accepted risk\n  - key: fixed\n    name: fixed in a later release",
            "RT0005", 13, 10, "outcomes.yaml(7,10)"),
        ["a type name that is not C#"] = new(Vocabulary,
            "typeName: Outcome", "typeName: Review Outcome",
            "RT0011", 3, 11, "ReviewOutcome"),

        ["an identifier that is not C#"] = new(Role,
            "key: security-champion", "key: security-champion\nidentifier: Security-Champion",
            "RT0011", 3, 13, "as in 'SecurityChampion'"),
        ["an empty list item"] = new(Role,
            "  - checkbox security", "  - checkbox security\n  -",
            "RT0013", 10, 4, "write the item's text after its '- ', or remove the line"),
        ["a vocabulary without its type name"] = new(Vocabulary,
            "typeName: Outcome\n", string.Empty,
            "RT0002", 1, 1, "add 'typeName: …'"),
        ["a vocabulary with an unknown kind"] = new(Vocabulary,
            "kind: vocabulary", "kind: vocab",
            "RT0012", 1, 7, "use one of page, role, vocabulary, numbers"),
        ["a vocabulary written as its name on the page"] = new(Page,
            "  vocabulary: outcomes", "  vocabulary: Outcomes",
            "RT0008", 6, 15, "did you mean 'outcomes'"),
        ["a replacement that names no task pattern"] = new(Role,
            "    title: Review the team's changes",
            "    deprecated:\n      reason: Merged into coaching.\n      replacedBy: champion-reveiw\n    title: Review the team's changes",
            "RT0008", 22, 19, "did you mean 'champion-review'"),
        ["a page missing a required mapping"] = new(Page,
            "comparison:\n  title: Comparison\n  roleColumn: Role\n  centerOfGravityColumn: Center\n  typicalOutputColumn: Output\n  failureModeColumn: Failure\n",
            string.Empty,
            "RT0002", 1, 1, "add 'comparison:' with its fields below it"),

        // Numbers

        ["a new task pattern without a number"] = new(Role,
            "    items:\n      - what input is trusted here\n",
            "    items:\n      - what input is trusted here\n  - key: champion-coaching\n    title: Coach the team\n    text: Coaching.\n",
            "RT0030", 27, 10, "champion-coaching: 2"),
        ["a number given twice"] = new(Numbers,
            "    accepted: 2", "    accepted: 1",
            "RT0032", 11, 15, "next free"),
        ["a number that is not a number"] = new(Numbers,
            "    accepted: 2", "    accepted: two",
            "RT0029", 11, 15, "whole number"),
    };

    public static TheoryData<string> MistakeNames() => new(Mistakes.Keys);

    [Theory]
    [MemberData(nameof(MistakeNames))]
    public void A_mistake_gets_one_diagnostic_at_the_mistake_that_says_what_to_do(string name)
    {
        var mistake = Mistakes[name];
        var files = Edited(mistake.File, mistake.Find, mistake.Replace).ToList();
        if (mistake.Extra is { } extra)
        {
            files.Add(extra);
        }

        var run = GeneratorHarness.Run(files.ToArray());
        var reported = run.GeneratorDiagnostics;

        Assert.True(reported.Length > 0, "no diagnostic at all");
        var first = reported[0];
        var span = first.Location.GetLineSpan();
        var message = first.GetMessage(CultureInfo.InvariantCulture);
        Assert.True(
            (first.Id, span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1)
                == (mistake.Id, mistake.At ?? mistake.File, mistake.Line, mistake.Column),
            $"expected {mistake.Id} at {mistake.At ?? mistake.File}({mistake.Line},{mistake.Column}), got:\n" + Describe(reported));
        Assert.True(message.Contains(mistake.Fix, StringComparison.Ordinal), $"the message does not say '{mistake.Fix}': {message}");
        var expectedErrors = mistake.IsWarning ? 0 : 1;
        Assert.True(
            reported.Count(d => d.Severity == DiagnosticSeverity.Error) == expectedErrors && reported.Length == 1,
            "more than the one diagnostic:\n" + Describe(reported));
    }

    /// <summary>What an author writes that YAML reads as they mean it: it builds clean, and the value reads as written.</summary>
    private static readonly Dictionary<string, (string Find, string Replace, string Expression, object Expected)> Accepted = new(StringComparer.Ordinal)
    {
        ["'no' as a text"] = ("name: Security Champion", "name: no", "Roles.SecurityChampion.Name", "no"),
        ["a tab inside a text"] = ("name: Security Champion", "name: Security\tChampion", "Roles.SecurityChampion.Name", "Security\tChampion"),
        ["C# in a text"] = ("name: Security Champion", "name: C# Champion", "Roles.SecurityChampion.Name", "C# Champion"),
        ["a quoted ': '"] = ("summary: Brings security into a product team.", "summary: \"Brings security: into a product team.\"",
            "Roles.SecurityChampion.Summary", "Brings security: into a product team."),
        ["a text over two lines"] = ("summary: Brings security into a product team.", "summary: Brings security\n  into a product team.",
            "Roles.SecurityChampion.Summary", "Brings security into a product team."),
        ["a comment on a line of its own"] = ("summary:", "# Reviewed with the team.\nsummary:",
            "Roles.SecurityChampion.Summary", "Brings security into a product team."),
        ["a comment after a text"] = ("summary: Brings security into a product team.", "summary: Brings security into a product team.  # from the page",
            "Roles.SecurityChampion.Summary", "Brings security into a product team."),
        ["a byte order mark"] = ("kind: role", "\uFEFFkind: role", "Roles.SecurityChampion.Name", "Security Champion"),
        ["Windows line endings"] = ("\n", "\r\n", "string.Join(\"|\", Roles.SecurityChampion.TaskPatterns[0].Paragraphs)", "First paragraph.|Second paragraph."),
        ["an anchor and its alias"] = ("  - reviewed changes\nfailureModes:\n  - checkbox security", "  - &reviewed reviewed changes\nfailureModes:\n  - *reviewed",
            "Roles.SecurityChampion.FailureModes[0]", "reviewed changes"),
    };

    public static TheoryData<string> AcceptedNames() => new(Accepted.Keys);

    [Theory]
    [MemberData(nameof(AcceptedNames))]
    public void What_YAML_reads_as_written_builds_clean(string name)
    {
        var (find, replace, expression, expected) = Accepted[name];
        var role = Fixtures.Role.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(Fixtures.Role, role);
        var files = Originals.Select(f => new YamlFile(f.Path, f.Path == Role ? role : f.Text)).ToArray();

        var (run, value) = GeneratedAssembly.RunAndEvaluate(files, expression, "RoleTaxonomy");

        Assert.True(run.GeneratorDiagnostics.IsEmpty, Describe(run.GeneratorDiagnostics));
        Assert.Equal(expected, value);
    }

    private static IEnumerable<YamlFile> Edited(string path, string find, string replace)
    {
        foreach (var (filePath, text) in Originals)
        {
            if (filePath != path)
            {
                yield return new YamlFile(filePath, text);
                continue;
            }

            var at = text.IndexOf(find, StringComparison.Ordinal);
            Assert.True(at >= 0 && text.IndexOf(find, at + 1, StringComparison.Ordinal) < 0, $"'{find}' is not once in {path}");
            yield return new YamlFile(filePath, string.Concat(text.AsSpan(0, at), replace, text.AsSpan(at + find.Length)));
        }
    }

    private static readonly (string Path, string Text)[] Originals =
    {
        (Page, Fixtures.Page), (Role, Fixtures.Role), (Vocabulary, Fixtures.Vocabulary), (Numbers, Fixtures.Numbers),
    };

    private static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics.Select(d => d.ToString()));
}
