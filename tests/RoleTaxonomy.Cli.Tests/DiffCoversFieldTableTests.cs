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
/// The diff sees every field the field table gives a role: a field added to the table but not to the diff fails here,
/// instead of shipping a diff that says nothing of it.
/// </summary>
public sealed class DiffCoversFieldTableTests
{
    private const string RoleFile = "roles/appsec-engineer.yaml";

    private static readonly GeneratorOptions Options = new("RoleTaxonomy", IsPublic: true, TargetFeatures.All);

    /// <summary>Fields the diff reports in other ways: the file's kind, the key itself, lifecycles, and task patterns (items of their own).</summary>
    private static readonly HashSet<string> ReportedElsewhere = new(StringComparer.Ordinal)
    {
        "kind", "key", "stability", "deprecated", "taskPatterns",
    };

    public static TheoryData<string> RoleFields() =>
        new(ContentSchema.Role.Item.Fields.Select(f => f.Name).Where(name => !ReportedElsewhere.Contains(name)));

    [Theory]
    [MemberData(nameof(RoleFields))]
    public void A_changed_role_field_is_reported_by_its_name(string field)
    {
        var before = Load(original: true, field);
        var after = Load(original: false, field);

        var changes = TaxonomyDiff.Compare(before, after);

        var change = Assert.Single(changes, c => c.ItemKind == "role" && c.Key == "appsec-engineer");
        Assert.Contains("changed: " + field, change.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_gives_roles_fields_to_check()
    {
        Assert.True(RoleFields().Count >= 8, "The role's fields in Schema/ContentSchema.cs were not found.");
    }

    /// <summary>The real content, with the role file written back through YAML's own model, the field changed unless <paramref name="original"/>.</summary>
    private static TaxonomyModel Load(bool original, string field)
    {
        var files = Directory.EnumerateFiles(RepositoryPaths.Content, "*.yaml", SearchOption.AllDirectories)
            .Select(path => (Path: Path.GetRelativePath(RepositoryPaths.Content, path).Replace('\\', '/'), Text: File.ReadAllText(path)))
            .ToList();
        var index = files.FindIndex(f => f.Path == RoleFile);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(files[index].Text));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        if (!original)
        {
            root.Children[new YamlScalarNode(field)] = ChangedValue(ContentSchema.Role.Item[field]);
        }

        var writer = new StringWriter();
        yaml.Save(writer, assignAnchors: false);
        files[index] = (RoleFile, writer.ToString().Replace("\n...\n", "\n", StringComparison.Ordinal).TrimEnd('.', '\n') + "\n");

        var result = TaxonomyEngine.Validate(files.Select(f => (f.Path, (string?)f.Text)), Options);
        Assert.True(result.Model is not null, string.Join("\n", result.Diagnostics.Select(d => d.Message)));
        return result.Model!;
    }

    private static YamlNode ChangedValue(FieldDefinition field) => field.Shape switch
    {
        FieldShape.Text => new YamlScalarNode("A changed text"),
        FieldShape.CSharpName => new YamlScalarNode("ChangedName"),
        FieldShape.TextList => new YamlSequenceNode(new YamlScalarNode("a changed item")),
        FieldShape.Mapping => new YamlMappingNode(field.Item!.Fields.Select(f =>
            new KeyValuePair<YamlNode, YamlNode>(new YamlScalarNode(f.Name), ChangedValue(f)))),
        _ => throw new InvalidOperationException($"A role field of shape {field.Shape} this test cannot change: teach it how."),
    };
}
