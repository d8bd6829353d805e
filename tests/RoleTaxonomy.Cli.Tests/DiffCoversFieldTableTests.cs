using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using RoleTaxonomy.Generator;
using RoleTaxonomy.Generator.Linking;
using RoleTaxonomy.Generator.Model;
using RoleTaxonomy.Generator.Schema;
using RoleTaxonomy.Testing;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace RoleTaxonomy.Cli.Tests;

/// <summary>
/// The diff sees every field the field table gives an item: a field added to the table but not to the diff fails here,
/// instead of shipping a diff that says nothing of it.
/// </summary>
public sealed class DiffCoversFieldTableTests
{
    private static readonly GeneratorOptions Options = new("RoleTaxonomy", IsPublic: true, TargetFeatures.All);

    /// <summary>Fields the diff reports in other ways: the file's kind, the key itself, lifecycles, and items of their own.</summary>
    private static readonly HashSet<string> ReportedElsewhere = new(StringComparer.Ordinal)
    {
        "kind", "key", "stability", "deprecated", "taskPatterns", "members",
    };

    /// <summary>Each kind of item the diff compares: the file it is edited in, how to find its mapping, and how the diff names it.</summary>
    private static readonly (string Kind, ItemSchema Item, string File, Func<YamlMappingNode, YamlMappingNode> Find, string Key)[] Kinds =
    {
        ("role", ContentSchema.Role.Item, "roles/appsec-engineer.yaml", root => root, "appsec-engineer"),
        ("task pattern", ContentSchema.TaskPattern.Item, "roles/appsec-engineer.yaml", root => First(root, "taskPatterns"), "appsec-code-and-design-review"),
        ("vocabulary", ContentSchema.Vocabulary.Item, "vocabularies/triage-outcomes.yaml", root => root, "triage-outcomes"),
        ("vocabulary member", ContentSchema.Member.Item, "vocabularies/triage-outcomes.yaml", root => First(root, "members"), "triage-outcomes/block-release"),
    };

    public static TheoryData<string, string> Fields()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in Kinds)
        {
            foreach (var field in kind.Item.Fields.Where(f => !ReportedElsewhere.Contains(f.Name)))
            {
                data.Add(kind.Kind, field.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void A_changed_field_is_reported_by_its_name(string kind, string field)
    {
        var item = Kinds.Single(k => k.Kind == kind);
        var before = Load(item, field: null);
        var after = Load(item, field);

        var changes = TaxonomyDiff.Compare(before, after);

        var change = Assert.Single(changes, c => c.ItemKind == kind && c.Key == item.Key);
        Assert.Contains("changed: " + field, change.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_gives_every_kind_fields_to_check()
    {
        var fields = Fields().Select(row => (string)row[0]).ToList();
        Assert.All(Kinds, kind => Assert.True(fields.Count(k => k == kind.Kind) >= 3, $"Too few fields of {kind.Kind} were found in Schema/ContentSchema.cs."));
    }

    private static YamlMappingNode First(YamlMappingNode root, string list) =>
        (YamlMappingNode)((YamlSequenceNode)root.Children[new YamlScalarNode(list)]).Children[0];

    /// <summary>The real content, with the item's file written back through YAML's own model and <paramref name="field"/>, when given, changed.</summary>
    private static TaxonomyModel Load((string Kind, ItemSchema Item, string File, Func<YamlMappingNode, YamlMappingNode> Find, string Key) item, string? field)
    {
        var files = Directory.EnumerateFiles(RepositoryPaths.Content, "*.yaml", SearchOption.AllDirectories)
            .Select(path => (Path: Path.GetRelativePath(RepositoryPaths.Content, path).Replace('\\', '/'), Text: File.ReadAllText(path)))
            .ToList();
        var index = files.FindIndex(f => f.Path == item.File);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(files[index].Text));
        if (field is not null)
        {
            item.Find((YamlMappingNode)yaml.Documents[0].RootNode).Children[new YamlScalarNode(field)] = ChangedValue(item.Item[field]);
        }

        var writer = new StringWriter();
        yaml.Save(writer, assignAnchors: false);
        files[index] = (item.File, writer.ToString().Replace("\n...\n", "\n", StringComparison.Ordinal).TrimEnd('.', '\n') + "\n");

        var result = TaxonomyEngine.Validate(files.Select(f => (f.Path, (string?)f.Text)), Options);
        Assert.True(result.Model is not null, string.Join("\n", result.Diagnostics.Select(d => d.Message)));
        return result.Model!;
    }

    private static YamlNode ChangedValue(FieldDefinition field) => field.Shape switch
    {
        FieldShape.Text => new YamlScalarNode("A changed text"),
        FieldShape.Paragraphs => new YamlScalarNode("A changed paragraph.\n\nAnd a second one."),
        FieldShape.CSharpName => new YamlScalarNode("ChangedName"),
        FieldShape.TextList => new YamlSequenceNode(new YamlScalarNode("a changed item")),
        FieldShape.Mapping => new YamlMappingNode(field.Item!.Fields.Select(f =>
            new KeyValuePair<YamlNode, YamlNode>(new YamlScalarNode(f.Name), ChangedValue(f)))),
        FieldShape.References => new YamlMappingNode(
            new YamlScalarNode("triage-outcomes"), new YamlSequenceNode(new YamlScalarNode("accepted-risk"))),
        FieldShape.Attributes => new YamlMappingNode(new YamlScalarNode("changed"), new YamlScalarNode("a changed value")),
        _ => throw new InvalidOperationException($"A field of shape {field.Shape} this test cannot change: teach it how."),
    };
}
