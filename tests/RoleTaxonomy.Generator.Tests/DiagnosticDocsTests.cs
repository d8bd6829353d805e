using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using RoleTaxonomy.Generator.Diagnostics;
using RoleTaxonomy.Generator.Tests.Infrastructure;
using RoleTaxonomy.Testing;
using static RoleTaxonomy.Testing.DiagnosticsDoc;
using Xunit;

namespace RoleTaxonomy.Generator.Tests;

/// <summary>
/// docs/diagnostics.md shows, for each id, the message and the fix (issue 13). Its examples are what a reader
/// compares with their build output, so each one must be a message the generator can print today: the id exists,
/// the severity is the descriptor's, and the text fits the descriptor's message format. A message reworded in
/// <see cref="DiagnosticDescriptors"/> without its example fails here.
/// </summary>
public sealed class DiagnosticDocsTests
{
    /// <summary>
    /// RT0037 is an MSBuild warning of the package's targets, not a compiler diagnostic of the generator, so it has
    /// no descriptor to check its example against.
    /// </summary>
    private static readonly HashSet<string> NotGeneratorIds = new(StringComparer.Ordinal) { "RT0037" };

    [Fact]
    public void Every_example_message_is_one_the_generator_prints_with_its_severity()
    {
        var problems = new List<string>();
        foreach (var example in Doc.Examples)
        {
            if (NotGeneratorIds.Contains(example.Id) || IsAnalyzerId(example.Id))
            {
                continue;
            }

            if (!DiagnosticDescriptors.ById.TryGetValue(example.Id, out var descriptor))
            {
                problems.Add($"line {example.LineNumber}: {example.Id} is not a diagnostic of the generator");
                continue;
            }

            if (example.Severity != SeverityWord(descriptor.DefaultSeverity))
            {
                problems.Add($"line {example.LineNumber}: {example.Id} is reported as '{SeverityWord(descriptor.DefaultSeverity)}', not '{example.Severity}'");
            }

            if (!MessagePattern(descriptor).IsMatch(example.Message))
            {
                problems.Add($"line {example.LineNumber}: the {example.Id} message is not one of '{descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture)}':\n    {example.Message}");
            }
        }

        Assert.True(problems.Count == 0, "docs/diagnostics.md has examples the generator does not print:\n" + string.Join("\n", problems));
    }

    public static TheoryData<string> Ids() => new(DiagnosticDescriptors.ById.Keys.OrderBy(id => id, StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_id_has_a_section_with_an_example_and_a_fix(string id)
    {
        var section = Assert.Single(Doc.Sections, s => s.Id == id);
        var descriptor = DiagnosticDescriptors.ById[id];

        Assert.Equal(descriptor.Title.ToString(CultureInfo.InvariantCulture), section.Title);
        Assert.True(
            Doc.Examples.Any(e => e.Id == id && e.LineNumber > section.FirstLine && e.LineNumber < section.EndLine),
            $"the section of {id} shows no message in a ```text block");
        Assert.True(
            section.Lines.Any(line => line.StartsWith("**Fix.**", StringComparison.Ordinal)),
            $"the section of {id} has no **Fix.** paragraph");
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_summary_gives_each_id_its_severity_and_title(string id)
    {
        var descriptor = DiagnosticDescriptors.ById[id];
        var row = Assert.Single(Doc.SummaryRows, r => r.Id == id);

        Assert.Equal(descriptor.DefaultSeverity == DiagnosticSeverity.Warning ? "Warning" : "Error", row.Severity);
        Assert.Equal(descriptor.Title.ToString(CultureInfo.InvariantCulture), row.Title);
    }

    private const string AppSec = "content/roles/appsec-engineer.yaml";
    private const string Page = "content/taxonomy.yaml";

    /// <summary>
    /// Examples of the doc as edits to the real content: in <c>File</c>, <c>Find</c> (once) becomes <c>Replace</c>, or
    /// with <c>Find</c> null the file becomes <c>Replace</c>. A message format whose argument is free text (RT0002's
    /// lines to add, RT0014's whole message) fits any text, so these are run: the generator's line must be in the doc.
    /// </summary>
    private static readonly Dictionary<string, (string Id, string File, string? Find, string Replace)> Reproduced = new(StringComparer.Ordinal)
    {
        ["RT0001 an unclosed quote"] = ("RT0001", AppSec, null, "kind: role\nkey: appsec-engineer\nname: \"AppSec Engineer\n"),
        ["RT0002 a role without its name"] = ("RT0002", AppSec, "name: AppSec Engineer\n", string.Empty),
        ["RT0004 a list written as text"] = ("RT0004", AppSec, null, "kind: role\nkey: appsec-engineer\nname: AppSec Engineer\ntypicalOutputs: findings\n"),
        ["RT0005 a copied role file"] = ("RT0005", "content/roles/security-champion.yaml", null,
            "# content/roles/security-champion.yaml\nkind: role\nkey: appsec-engineer\nname: Security Champion\n"),
        ["RT0008 a misspelt member"] = ("RT0008", AppSec, "        - accepted-risk", "        - acepted-risk"),
        ["RT0008 a member nothing resembles"] = ("RT0008", AppSec, "        - accepted-risk", "        - escalated"),
        ["RT0012 an unknown kind"] = ("RT0012", AppSec, null, "kind: roles\nkey: appsec-engineer\n"),
        ["RT0014 a role left off the page"] = ("RT0014", "content/roles/cloud-security-engineer.yaml", null,
            "# yaml-language-server: $schema=../schema/role.schema.json\nkind: role\nkey: cloud-security-engineer\n"),
        ["RT0017 a second document"] = ("RT0017", "content/vocabularies/audiences.yaml", null,
            "kind: vocabulary\nkey: audiences\n---\nkind: vocabulary\nkey: triage-outcomes\n"),
        ["RT0019 a role listed twice"] = ("RT0019", Page, "  - devsecops-engineer\n", "  - devsecops-engineer\n  - appsec-engineer\n"),
        ["RT0022 an undefined alias"] = ("RT0022", "content/vocabularies/weakness-classes.yaml", null, "members:\n  - key: ssrf\n    name: *ssrf-name\n"),
        ["RT0036 a list item folded into the one above"] = ("RT0036", AppSec, "  - design feedback", "    - design feedback"),
        ["RT0038 a text that starts with '&'"] = ("RT0038", AppSec, "name: AppSec Engineer", "name: &AppSec Engineer"),
    };

    public static TheoryData<string> ReproducedNames() => new(Reproduced.Keys);

    [Theory]
    [MemberData(nameof(ReproducedNames))]
    public void An_example_on_the_real_content_is_the_line_the_generator_prints(string name)
    {
        var (id, path, find, replace) = Reproduced[name];
        var files = YamlFile.RealContent().Where(f => f.Path != path).ToList();
        var original = YamlFile.RealContent().SingleOrDefault(f => f.Path == path)?.Text;
        if (find is null)
        {
            files.Add(new YamlFile(path, replace));
        }
        else
        {
            Assert.NotNull(original);
            var at = original.IndexOf(find, StringComparison.Ordinal);
            Assert.True(at >= 0 && original.IndexOf(find, at + 1, StringComparison.Ordinal) < 0, $"'{find}' is not once in {path}");
            files.Add(new YamlFile(path, string.Concat(original.AsSpan(0, at), replace, original.AsSpan(at + find.Length))));
        }

        var run = GeneratorHarness.Run(files.OrderBy(f => f.Path, StringComparer.Ordinal).ToArray());

        var diagnostic = run.GeneratorDiagnostics.First(d => d.Id == id);
        var span = diagnostic.Location.GetLineSpan();
        var line = $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): " +
            $"{SeverityWord(diagnostic.Severity)} {id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";
        Assert.True(Doc.Examples.Any(e => Doc.Line(e.LineNumber) == line), $"docs/diagnostics.md does not show what the generator prints:\n{line}");
    }

    [Fact]
    public void A_message_format_becomes_a_pattern_of_its_literal_text()
    {
        var pattern = MessagePattern(DiagnosticDescriptors.DuplicateListItem);

        Assert.Matches(pattern, "'appsec-engineer' is listed more than once in 'roles': remove this line");
        Assert.DoesNotMatch(pattern, "'appsec-engineer' is listed more than once in 'roles'");
        Assert.DoesNotMatch(pattern, "'appsec-engineer' is listed more than once in 'roles': remove this line.");
    }
}
