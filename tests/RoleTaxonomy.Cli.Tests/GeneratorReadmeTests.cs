using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using RoleTaxonomy.Generator.Schema;
using RoleTaxonomy.Testing;
using Xunit;

namespace RoleTaxonomy.Cli.Tests;

/// <summary>
/// The generator package's README is all a team that starts from the package reads: its field list must be the
/// generator's field table, as docs/content-schema.md's is (OneDefinitionTests), and its example must be what
/// <c>roletaxonomy init</c> writes, which InitCommandTests runs through the engine.
/// </summary>
public sealed class GeneratorReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "generators", "RoleTaxonomy.Generator", "README.md"))
        .Replace("\r\n", "\n", StringComparison.Ordinal);

    public static TheoryData<string> Kinds => new(ContentKinds.All.Select(k => k.Kind));

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_field_list_of_each_kind_names_every_field_of_the_table_and_no_other(string kind)
    {
        var section = Section(kind);
        var item = ContentKinds.All.Single(k => k.Kind == kind).Item;
        var fields = AllFields(item).Where(f => f.Shape != FieldShape.Kind).Select(f => f.Name).ToHashSet(StringComparer.Ordinal);

        // The names in its code spans: `members`, and the fields of `{ intro, vocabulary, members }`.
        var named = Regex.Matches(section, "`([^`]*)`").SelectMany(span => Regex.Split(span.Groups[1].Value, @"\W+")).ToHashSet(StringComparer.Ordinal);
        var missing = fields.Where(f => !named.Contains(f)).ToList();
        Assert.True(missing.Count == 0, $"The README's '{kind}' section does not name: {string.Join(", ", missing)}.");

        // Each row names a field of the kind, and the first table's rows are the kind's own fields, required as the table says.
        var rows = Rows(section).ToList();
        var unknown = rows.Select(r => r.Field).Where(f => !fields.Contains(f)).ToList();
        Assert.True(unknown.Count == 0, $"The README's '{kind}' section lists fields the kind does not have: {string.Join(", ", unknown)}.");
        var tableEnd = section.IndexOf("\n\n", section.IndexOf("| --- ", StringComparison.Ordinal), StringComparison.Ordinal);
        var topLevel = Rows(tableEnd < 0 ? section : section[..tableEnd]).ToList();
        Assert.Equal(
            item.Fields.Where(f => f.Shape != FieldShape.Kind).Select(f => (f.Name, f.IsRequired)).OrderBy(f => f.Name, StringComparer.Ordinal),
            topLevel.Select(r => (Name: r.Field, IsRequired: r.Required == "yes")).OrderBy(f => f.Name, StringComparer.Ordinal));
    }

    [Fact]
    public void The_example_is_what_init_writes_file_for_file()
    {
        var blocks = Regex.Matches(Readme, "```yaml\n(.*?)```", RegexOptions.Singleline)
            .Select(m => m.Groups[1].Value)
            .Where(b => Regex.IsMatch(b, "^kind: ", RegexOptions.Multiline))
            .ToList();
        var written = InitCommand.Files("Champions").Where(f => f.Path.EndsWith(".yaml", StringComparison.Ordinal)).ToList();

        Assert.Equal(written.Count, blocks.Count);
        foreach (var (path, text) in written)
        {
            Assert.True(blocks.Contains(text), $"The README's example has no block equal to init's {path}.");
            Assert.Contains($"`{path}`", Readme, StringComparison.Ordinal);
        }

        // The project item it documents is the one init writes.
        var project = InitCommand.Files("Champions").Single(f => f.Path == "Champions.csproj").Text;
        var item = Regex.Match(project, "<RoleTaxonomyContent Include=\"[^\"]+\" />").Value;
        Assert.Contains(item, Readme, StringComparison.Ordinal);
    }

    [Fact]
    public void The_readme_says_where_the_schemas_are_and_names_every_one()
    {
        var section = Readme[Readme.IndexOf("## Editor schemas", StringComparison.Ordinal)..];
        Assert.Contains("under `schemas/`", section, StringComparison.Ordinal);
        foreach (var kind in ContentKinds.All)
        {
            Assert.Contains($"`{kind.Kind}`", section, StringComparison.Ordinal);
        }
    }

    private static string Section(string kind)
    {
        var start = Readme.IndexOf($"### `kind: {kind}`", StringComparison.Ordinal);
        Assert.True(start >= 0, $"The generator's README has no section '### `kind: {kind}`'.");
        var end = Readme.IndexOf("\n#", start + 1, StringComparison.Ordinal);
        return end < 0 ? Readme[start..] : Readme[start..end];
    }

    /// <summary>The rows of the section's tables whose first cell is one field name.</summary>
    private static IEnumerable<(string Field, string Required)> Rows(string section) =>
        Regex.Matches(section, @"^\| `(\w+)` \| (yes|no) \|", RegexOptions.Multiline).Select(m => (m.Groups[1].Value, m.Groups[2].Value));

    private static IEnumerable<FieldDefinition> AllFields(ItemSchema item) =>
        item.Fields.SelectMany(f => f.Item is { } nested ? AllFields(nested).Prepend(f) : new[] { f });
}
