using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RoleTaxonomy.Generator.Model;
using RoleTaxonomy.Generator.Naming;
using RoleTaxonomy.Generator.Schema;
using RoleTaxonomy.Generator.Tests.Infrastructure;
using RoleTaxonomy.Testing;
using Xunit;

namespace RoleTaxonomy.Generator.Tests;

/// <summary>
/// Each rule has one definition, and what follows from it is checked against it: the editor schemas are written from
/// the field table, and the names the emitter declares are the names the linker reserves.
/// </summary>
public sealed class OneDefinitionTests
{
    public static TheoryData<string> Kinds() => new(ContentKinds.All.Select(k => k.Kind));

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_editor_schema_is_the_one_the_field_table_writes(string kind)
    {
        var contentKind = ContentKinds.All.Single(k => k.Kind == kind);
        var path = Path.Combine(RepositoryPaths.Content, "schema", EditorSchemaWriter.FileName(contentKind));
        var written = EditorSchemaWriter.Write(contentKind);
        if (AcceptMode.IsRequested())
        {
            File.WriteAllText(path, written);
        }

        Assert.True(
            File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal) == written,
            $"{path} is not what Schema/ContentSchema.cs declares: change the field table, not the file, then run this test with VERIFY_ACCEPT=1 to rewrite it.");
    }

    [Fact]
    public void Every_kind_of_content_file_has_an_editor_schema_and_no_other_schema_is_kept()
    {
        var committed = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Content, "schema"), "*.schema.json")
            .Select(Path.GetFileName)
            .OrderBy(n => n, StringComparer.Ordinal);

        Assert.Equal(ContentKinds.All.Select(EditorSchemaWriter.FileName).OrderBy(n => n, StringComparer.Ordinal), committed);
    }

    [Fact]
    public void Every_field_of_the_table_is_known_to_the_binder_and_a_misspelling_of_it_gets_it_suggested()
    {
        // The binder's "unknown field" check reads the table: a field left out of it would be refused here.
        var role = Fixtures.Role.Replace("centerOfGravity:", "centerOfGravty:", StringComparison.Ordinal);

        var run = GeneratorHarness.Run(Fixtures.WithRole(role));

        var unknown = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "RT0003");
        Assert.Contains("did you mean 'centerOfGravity', which a role requires?", unknown.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(ContentSchema.Role.Item.Fields.Length, ContentSchema.Role.Item.Names.Distinct(StringComparer.Ordinal).Count());
    }

    public static TheoryData<string> Contents() => new() { "real", "custom" };

    [Theory]
    [MemberData(nameof(Contents))]
    public void Every_top_level_type_the_emitter_declares_is_reserved_for_it(string content)
    {
        var (run, model) = Generate(content);
        var vocabularyTypes = model.Vocabularies
            .SelectMany(v => new[] { v.TypeName, GeneratedNames.ExtensionsOf(v.TypeName), GeneratedNames.KeyOf(v.TypeName), v.Identifier });
        var reserved = new HashSet<string>(GeneratedNames.FixedTypes.Concat(vocabularyTypes), StringComparer.Ordinal);

        var declared = run.Sources
            .SelectMany(s => CSharpSyntaxTree.ParseText(s.SourceText).GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>())
            .Where(t => t.Parent is BaseNamespaceDeclarationSyntax)
            .Select(t => t.Identifier.ValueText)
            .ToList();

        Assert.True(declared.Count > GeneratedNames.FixedTypes.Length / 2, $"Only {declared.Count} types were declared.");
        Assert.All(declared, name => Assert.True(reserved.Contains(name),
            $"The emitter declares the type '{name}', which Naming/GeneratedNames.cs does not reserve: content could take its name."));
    }

    [Theory]
    [MemberData(nameof(Contents))]
    public void Every_member_of_a_catalog_class_is_an_item_or_a_reserved_catalog_member(string content)
    {
        var (run, model) = Generate(content);
        var items = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal)
        {
            [GeneratedNames.Roles] = model.Roles.Select(r => r.Identifier).ToHashSet(StringComparer.Ordinal),
            [GeneratedNames.TaskPatterns] = model.TaskPatterns.Select(t => t.Identifier).ToHashSet(StringComparer.Ordinal),
            [GeneratedNames.Vocabularies] = new HashSet<string>(StringComparer.Ordinal),
        };
        foreach (var vocabulary in model.Vocabularies)
        {
            items[vocabulary.Identifier] = vocabulary.Members.Select(m => m.Identifier).ToHashSet(StringComparer.Ordinal);
        }

        var catalogs = run.Sources
            .SelectMany(s => CSharpSyntaxTree.ParseText(s.SourceText).GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>())
            .Where(c => items.ContainsKey(c.Identifier.ValueText))
            .ToList();

        Assert.Equal(items.Count, catalogs.Count);
        foreach (var catalog in catalogs)
        {
            var own = items[catalog.Identifier.ValueText];
            var members = catalog.Members.SelectMany(MemberNames).ToList();
            Assert.NotEmpty(members);
            Assert.All(members, name => Assert.True(own.Contains(name) || GeneratedNames.CatalogMembers.Contains(name),
                $"The catalog '{catalog.Identifier.ValueText}' declares '{name}', which is neither one of its items nor reserved in GeneratedNames.CatalogMembers."));
        }
    }

    private static IEnumerable<string> MemberNames(MemberDeclarationSyntax member) => member switch
    {
        PropertyDeclarationSyntax property => new[] { property.Identifier.ValueText },
        MethodDeclarationSyntax method => new[] { method.Identifier.ValueText },
        FieldDeclarationSyntax field => field.Declaration.Variables.Select(v => v.Identifier.ValueText),
        BaseTypeDeclarationSyntax type => new[] { type.Identifier.ValueText },
        _ => throw new InvalidOperationException("A kind of catalog member this test does not know: " + member.Kind()),
    };

    private static (GeneratorRun Run, TaxonomyModel Model) Generate(string content)
    {
        var files = content == "real"
            ? YamlFile.RealContent()
            : Fixtures.Valid().Append(new YamlFile(Fixtures.NumbersPath, Fixtures.Numbers)).ToList();
        var run = GeneratorHarness.Run(files);
        Assert.Empty(run.GeneratorDiagnostics);
        var linked = TaxonomyEngine.Validate(files.Select(f => (f.Path, f.Text)), new GeneratorOptions("RoleTaxonomy", IsPublic: true, TargetFeatures.All));
        return (run, linked.Model ?? throw new InvalidOperationException("The content did not link."));
    }

    /// <summary>Every field a kind's files may hold, nested mappings' fields included.</summary>
    private static IEnumerable<FieldDefinition> AllFields(ItemSchema item) =>
        item.Fields.SelectMany(f => f.Item is { } nested ? AllFields(nested).Prepend(f) : new[] { f });

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_field_of_the_table_is_documented_in_its_kinds_section_of_the_content_schema_guide(string kind)
    {
        var guide = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "content-schema.md"));
        var start = guide.IndexOf($"## `kind: {kind}`", StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/content-schema.md has no section '## `kind: {kind}`'.");
        var end = guide.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = end < 0 ? guide.Substring(start) : guide.Substring(start, end - start);

        // The names in its code spans: `members`, and the fields of `{ intro, vocabulary, members }`.
        var named = System.Text.RegularExpressions.Regex.Matches(section, "`([^`]*)`")
            .SelectMany(span => System.Text.RegularExpressions.Regex.Split(span.Groups[1].Value, @"\W+"))
            .ToHashSet(StringComparer.Ordinal);
        var undocumented = AllFields(ContentKinds.All.Single(k => k.Kind == kind).Item)
            .Where(f => f.Shape != FieldShape.Kind)
            .Select(f => f.Name)
            .Distinct()
            .Where(name => !named.Contains(name))
            .ToList();

        Assert.True(undocumented.Count == 0,
            $"docs/content-schema.md does not describe these fields of kind '{kind}' in its section: {string.Join(", ", undocumented)}.");
    }

    public static TheoryData<string, string> ExportedItems() => new()
    {
        { "role", "$defs.role" },
        { "task pattern", "$defs.taskPattern" },
        { "vocabulary", "$defs.vocabulary" },
        { "vocabulary member", "$defs.vocabulary.properties.members.items" },
    };

    [Theory]
    [MemberData(nameof(ExportedItems))]
    public void Every_text_field_of_an_item_is_a_property_of_it_in_the_export_schema(string item, string path)
    {
        var fields = item switch
        {
            "role" => ContentSchema.Role.Item,
            "task pattern" => ContentSchema.TaskPattern.Item,
            "vocabulary" => ContentSchema.Vocabulary.Item,
            _ => ContentSchema.Member.Item,
        };
        var definition = System.Text.Json.Nodes.JsonNode.Parse(
            File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "taxonomy.schema.json")))!;
        foreach (var step in path.Split('.'))
        {
            definition = definition[step]!;
        }

        var properties = definition["properties"]!.AsObject();
        var required = definition["required"]!.AsArray().Select(r => (string)r!).ToHashSet(StringComparer.Ordinal);
        foreach (var field in fields.TextFields)
        {
            Assert.True(properties.ContainsKey(field.ExportName),
                $"docs/taxonomy.schema.json does not declare the {item}'s '{field.ExportName}', which the export writes: add it, optional.");
            // An optional text is left out when the content does not give it; a list is always written, empty or not.
            Assert.False(field.Shape == FieldShape.Text && !field.IsRequired && required.Contains(field.ExportName),
                $"docs/taxonomy.schema.json requires the {item}'s '{field.ExportName}', which the export leaves out when the content does.");
        }
    }
}
