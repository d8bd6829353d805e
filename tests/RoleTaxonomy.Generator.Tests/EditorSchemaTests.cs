using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Microsoft.CodeAnalysis;
using RoleTaxonomy.Generator.Tests.Infrastructure;
using RoleTaxonomy.Testing;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace RoleTaxonomy.Generator.Tests;

/// <summary>
/// The editor schemas (content/schema/*.schema.json) reject what the generator rejects, wherever a schema can
/// express the rule: fields, kinds of values, key and identifier formats, empty text and lists. Cross-file rules
/// (duplicates, references, C# name collisions), Unicode identifiers and C# keywords are the generator's alone.
/// </summary>
public sealed class EditorSchemaTests
{
    private static readonly Lazy<Dictionary<string, JsonSchema>> Schemas = new(() =>
        new[] { "role", "vocabulary", "page", "numbers" }.ToDictionary(
            kind => kind,
            kind => JsonSchema.FromText(File.ReadAllText(Path.Combine(RepositoryPaths.Content, "schema", kind + ".schema.json")))));

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        void Role(string name, string from, string to) => data.Add(name, "role", Fixtures.Role.Replace(from, to, StringComparison.Ordinal));
        void Vocabulary(string name, string from, string to) => data.Add(name, "vocabulary", Fixtures.Vocabulary.Replace(from, to, StringComparison.Ordinal));
        void Page(string name, string from, string to) => data.Add(name, "page", Fixtures.Page.Replace(from, to, StringComparison.Ordinal));
        void Numbers(string name, string from, string to) => data.Add(name, "numbers", Fixtures.Numbers.Replace(from, to, StringComparison.Ordinal));

        data.Add("valid role", "role", Fixtures.Role);
        Role("missing name", "name: Security Champion\n", "");
        Role("unknown field", "summary:", "sumary:");
        Role("list given as text", "typicalOutputs:\n  - reviewed changes", "typicalOutputs: reviewed changes");
        Role("invalid key", "key: security-champion", "key: Security_Champion");
        Role("empty name", "name: Security Champion", "name: \"\"");
        Role("blank name", "name: Security Champion", "name: \"   \"");
        Role("no task patterns", Fixtures.Role[Fixtures.Role.IndexOf("taskPatterns:", StringComparison.Ordinal)..], "taskPatterns: []\n");
        Role("identifier with a leading digit", "key: security-champion", "key: security-champion\nidentifier: 1st");
        Role("unknown kind", "kind: role", "kind: team");
        Role("member referenced twice", "        - accepted", "        - fixed");
        Role("missing lens", "  leverage: Habits the team keeps.\n", "");
        Role("unknown field in a nested mapping", "  reality:", "  reallity:");
        Role("mapping given as text", "outsidersMiss:\n  misconception: The job is not only running scanners.\n  reality: It is making security part of how the team works.", "outsidersMiss: none");
        Role("YAML 1.1 boolean stays text", "name: Security Champion", "name: no");
        Role("experimental role", "centerOfGravity:", "stability: experimental\ncenterOfGravity:");
        Role("unknown stability", "centerOfGravity:", "stability: beta\ncenterOfGravity:");
        Role("deprecated role with a reason only", "centerOfGravity:", "deprecated:\n  reason: Folded into the team lead role.\ncenterOfGravity:");
        Role("deprecation without a reason", "centerOfGravity:", "deprecated:\n  replacedBy: team-lead\ncenterOfGravity:");
        Role("deprecation given as true", "centerOfGravity:", "deprecated: true\ncenterOfGravity:");
        Role("unknown field in a deprecation", "centerOfGravity:", "deprecated:\n  reason: Folded.\n  replaced: team-lead\ncenterOfGravity:");
        Role("replacement that is not a key", "centerOfGravity:", "deprecated:\n  reason: Folded.\n  replacedBy: Team_Lead\ncenterOfGravity:");
        Role("blank deprecation reason", "centerOfGravity:", "deprecated:\n  reason: \" \"\ncenterOfGravity:");
        Role("experimental, deprecated task pattern", "    title: Review the team's changes",
            "    stability: experimental\n    deprecated:\n      reason: Split in two.\n    title: Review the team's changes");
        data.Add("valid vocabulary", "vocabulary", Fixtures.Vocabulary);
        Vocabulary("no members", Fixtures.Vocabulary[Fixtures.Vocabulary.IndexOf("members:", StringComparison.Ordinal)..], "members: []\n");
        Vocabulary("type name with a space", "typeName: Outcome", "typeName: Out come");
        Vocabulary("missing member name", "    name: fixed\n", "");
        Vocabulary("attribute given as a list", "      cwe: CWE-1", "      cwe: [CWE-1]");
        Vocabulary("deprecated member replaced by another", "    name: documented as accepted risk",
            "    name: documented as accepted risk\n    deprecated:\n      reason: Say fixed.\n      replacedBy: fixed");
        Vocabulary("stability in capitals", "    name: documented as accepted risk", "    name: documented as accepted risk\n    stability: Stable");
        data.Add("valid page", "page", Fixtures.Page);
        Page("role listed twice", "  - security-champion", "  - security-champion\n  - security-champion");
        Page("missing final advice", Fixtures.Page[Fixtures.Page.IndexOf("finalAdvice:", StringComparison.Ordinal)..], "");
        data.Add("valid numbers", "numbers", Fixtures.Numbers);
        Numbers("line of a removed item kept", "  security-champion: 1", "  security-champion: 1\n  retired-role: 2");
        Numbers("only the kind", Fixtures.Numbers[Fixtures.Numbers.IndexOf("roles:", StringComparison.Ordinal)..], "");
        Numbers("zero", "security-champion: 1", "security-champion: 0");
        Numbers("negative number", "security-champion: 1", "security-champion: -1");
        Numbers("number above the limit", "security-champion: 1", "security-champion: 1000001");
        Numbers("number with a fraction", "    accepted: 2", "    accepted: 2.5");
        Numbers("number given as a word", "    accepted: 2", "    accepted: two");
        Numbers("number given as a list", "  champion-review: 1", "  champion-review: [1]");
        Numbers("invalid key", "  security-champion: 1", "  security-champion: 1\n  Retired_Role: 2");
        Numbers("invalid vocabulary key under members", "members:\n", "members:\n  Old_Outcomes:\n    fixed: 1\n");
        Numbers("unknown section", "taskPatterns:", "patterns:\n  champion-review: 1\ntaskPatterns:");
        Numbers("section given as a list", "roles:\n  security-champion: 1", "roles: [security-champion]");
        Numbers("member numbers without their vocabulary", "members:\n  outcomes:\n    fixed: 1\n    accepted: 2", "members:\n  fixed: 1\n  accepted: 2");
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Schema_and_generator_agree(string name, string kind, string yaml)
    {
        var generatorRejects = GeneratorErrors(kind, yaml).Any();
        var schemaResult = Schemas.Value[kind].Evaluate(ToJson(yaml, kind), new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(
            generatorRejects == !schemaResult.IsValid,
            $"{name}: the generator {(generatorRejects ? "rejects" : "accepts")} it ({string.Join(", ", GeneratorErrors(kind, yaml).Select(d => d.Id))}), the schema {(schemaResult.IsValid ? "accepts" : "rejects")} it.");
    }

    [Fact]
    public void Every_content_file_names_its_schema_and_validates_against_it()
    {
        foreach (var path in Directory.EnumerateFiles(RepositoryPaths.Content, "*.yaml", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(path);
            var modeline = text.Split('\n')[0];
            Assert.StartsWith("# yaml-language-server: $schema=", modeline, StringComparison.Ordinal);
            var schemaPath = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, modeline["# yaml-language-server: $schema=".Length..].Trim()));
            Assert.True(File.Exists(schemaPath), $"{path} names {schemaPath}, which does not exist");

            var kind = Path.GetFileName(schemaPath).Replace(".schema.json", string.Empty, StringComparison.Ordinal);
            var result = Schemas.Value[kind].Evaluate(ToJson(text, kind));
            Assert.True(result.IsValid, $"{path} does not validate against {kind}.schema.json");
        }
    }

    private static IEnumerable<Diagnostic> GeneratorErrors(string kind, string yaml)
    {
        var files = kind switch
        {
            "role" => Fixtures.WithRole(yaml),
            "vocabulary" => Fixtures.WithVocabulary(yaml),
            "numbers" => Fixtures.Valid().Append(new YamlFile(Fixtures.NumbersPath, yaml)).ToArray(),
            _ => Fixtures.Valid().Append(new YamlFile(Fixtures.PagePath, yaml)).ToArray(),
        };
        var path = kind switch
        {
            "role" => Fixtures.RolePath,
            "vocabulary" => Fixtures.VocabularyPath,
            "numbers" => Fixtures.NumbersPath,
            _ => Fixtures.PagePath,
        };

        // Only this file's own rules: a cross-file consequence (a dangling reference elsewhere) is not the schema's to see.
        return GeneratorHarness.Run(files).GeneratorDiagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.GetLineSpan().Path == path && d.Id is not ("RT0005" or "RT0008" or "RT0009" or "RT0014" or "RT0015"));
    }

    /// <summary>
    /// YAML as the editor's schema sees it: every scalar a string, as the generator reads it. In the numbers file, whose
    /// values are numbers, a plain scalar written as a decimal number is a JSON number, as the editor's YAML 1.2 reader
    /// types it (a quoted one stays a string).
    /// </summary>
    private static JsonElement ToJson(string yaml, string kind)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var typed = kind == "numbers";
        var node = Convert(stream.Documents[0].RootNode);
        return JsonDocument.Parse(node?.ToJsonString() ?? "null").RootElement;

        JsonNode? Convert(YamlNode yamlNode) => yamlNode switch
        {
            YamlMappingNode mapping => new JsonObject(mapping.Children.Select(pair =>
                KeyValuePair.Create(((YamlScalarNode)pair.Key).Value ?? string.Empty, Convert(pair.Value)))),
            YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(Convert).ToArray()),
            YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } scalar when typed && DecimalNumber(scalar.Value) is { } number =>
                JsonValue.Create(number),
            YamlScalarNode scalar => JsonValue.Create(scalar.Value ?? string.Empty),
            _ => null,
        };
    }

    // The YAML 1.2 core schema's decimal int and float forms (not .inf, .nan, 0x or 0o), as a number JSON can hold.
    private static decimal? DecimalNumber(string? text) =>
        text is not null
        && System.Text.RegularExpressions.Regex.IsMatch(text, @"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")
        && decimal.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
