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

    private const string Valid = "valid";

    /// <summary>
    /// Each case: a name, the kind of file, its YAML (a fixture with one change), and the verdict both must give:
    /// <see cref="Valid"/>, or the RT ids of the generator's errors in that file, in order. A fixture that breaks, or a
    /// change that no longer finds its text, fails the case instead of leaving schema and generator to agree on it.
    /// </summary>
    public static TheoryData<string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string>();
        void Role(string name, string from, string to, string verdict) => data.Add(name, "role", Changed(Fixtures.Role, from, to), verdict);
        void Vocabulary(string name, string from, string to, string verdict) => data.Add(name, "vocabulary", Changed(Fixtures.Vocabulary, from, to), verdict);
        void Page(string name, string from, string to, string verdict) => data.Add(name, "page", Changed(Fixtures.Page, from, to), verdict);
        void Numbers(string name, string from, string to, string verdict) => data.Add(name, "numbers", Changed(Fixtures.Numbers, from, to), verdict);

        data.Add("valid role", "role", Fixtures.Role, Valid);
        Role("missing name", "name: Security Champion\n", "", "RT0002");
        Role("unknown field", "summary:", "sumary:", "RT0003");
        Role("list given as text", "typicalOutputs:\n  - reviewed changes", "typicalOutputs: reviewed changes", "RT0004");
        Role("invalid key", "key: security-champion", "key: Security_Champion", "RT0007");
        Role("empty name", "name: Security Champion", "name: \"\"", "RT0013");
        Role("blank name", "name: Security Champion", "name: \"   \"", "RT0013");
        Role("no task patterns", Fixtures.Role[Fixtures.Role.IndexOf("taskPatterns:", StringComparison.Ordinal)..], "taskPatterns: []\n", "RT0010");
        Role("identifier with a leading digit", "key: security-champion", "key: security-champion\nidentifier: 1st", "RT0011");
        Role("unknown kind", "kind: role", "kind: team", "RT0012");
        Role("member referenced twice", "        - accepted", "        - fixed", "RT0019");
        Role("missing lens", "  leverage: Habits the team keeps.\n", "", "RT0002");
        Role("unknown field in a nested mapping", "  reality:", "  reallity:", "RT0003");
        Role("mapping given as text", "outsidersMiss:\n  misconception: The job is not only running scanners.\n  reality: It is making security part of how the team works.", "outsidersMiss: none", "RT0004");
        Role("YAML 1.1 boolean stays text", "name: Security Champion", "name: no", Valid);
        Role("experimental role", "centerOfGravity:", "stability: experimental\ncenterOfGravity:", Valid);
        Role("unknown stability", "centerOfGravity:", "stability: beta\ncenterOfGravity:", "RT0027");
        Role("deprecated role with a reason only", "centerOfGravity:", "deprecated:\n  reason: Folded into the team lead role.\ncenterOfGravity:", Valid);
        Role("deprecation without a reason", "centerOfGravity:", "deprecated:\n  replacedBy: team-lead\ncenterOfGravity:", "RT0002");
        Role("deprecation given as true", "centerOfGravity:", "deprecated: true\ncenterOfGravity:", "RT0004");
        Role("unknown field in a deprecation", "centerOfGravity:", "deprecated:\n  reason: Folded.\n  replaced: team-lead\ncenterOfGravity:", "RT0003");
        Role("replacement that is not a key", "centerOfGravity:", "deprecated:\n  reason: Folded.\n  replacedBy: Team_Lead\ncenterOfGravity:", "RT0007");
        Role("blank deprecation reason", "centerOfGravity:", "deprecated:\n  reason: \" \"\ncenterOfGravity:", "RT0013");
        Role("experimental, deprecated task pattern", "    title: Review the team's changes",
            "    stability: experimental\n    deprecated:\n      reason: Split in two.\n    title: Review the team's changes", Valid);
        data.Add("valid vocabulary", "vocabulary", Fixtures.Vocabulary, Valid);
        Vocabulary("no members", Fixtures.Vocabulary[Fixtures.Vocabulary.IndexOf("members:", StringComparison.Ordinal)..], "members: []\n", "RT0013");
        Vocabulary("type name with a space", "typeName: Outcome", "typeName: Out come", "RT0011");
        Vocabulary("missing member name", "    name: fixed\n", "", "RT0002");
        Vocabulary("attribute given as a list", "      cwe: CWE-1", "      cwe: [CWE-1]", "RT0004");
        Vocabulary("deprecated member replaced by another", "    name: documented as accepted risk",
            "    name: documented as accepted risk\n    deprecated:\n      reason: Say fixed.\n      replacedBy: fixed", Valid);
        Vocabulary("stability in capitals", "    name: documented as accepted risk", "    name: documented as accepted risk\n    stability: Stable", "RT0027");
        data.Add("valid page", "page", Fixtures.Page, Valid);
        Page("role listed twice", "  - security-champion", "  - security-champion\n  - security-champion", "RT0019");
        Page("missing final advice", Fixtures.Page[Fixtures.Page.IndexOf("finalAdvice:", StringComparison.Ordinal)..], "", "RT0002");
        data.Add("valid numbers", "numbers", Fixtures.Numbers, Valid);
        Numbers("line of a removed item kept", "  security-champion: 1", "  security-champion: 1\n  retired-role: 2", Valid);
        // Valid in itself: the items it leaves without a number are each reported at the item (RT0030), in its own file.
        Numbers("only the kind", Fixtures.Numbers[Fixtures.Numbers.IndexOf("roles:", StringComparison.Ordinal)..], "", Valid);
        Numbers("zero", "security-champion: 1", "security-champion: 0", "RT0029");
        Numbers("negative number", "security-champion: 1", "security-champion: -1", "RT0029");
        Numbers("number above the limit", "security-champion: 1", "security-champion: 1000001", "RT0029");
        Numbers("number with a fraction", "    accepted: 2", "    accepted: 2.5", "RT0029");
        Numbers("number given as a word", "    accepted: 2", "    accepted: two", "RT0029");
        Numbers("number given as a list", "  champion-review: 1", "  champion-review: [1]", "RT0004");
        Numbers("invalid key", "  security-champion: 1", "  security-champion: 1\n  Retired_Role: 2", "RT0007");
        Numbers("invalid vocabulary key under members", "members:\n", "members:\n  Old_Outcomes:\n    fixed: 1\n", "RT0007");
        Numbers("unknown section", "taskPatterns:", "patterns:\n  champion-review: 1\ntaskPatterns:", "RT0003");
        Numbers("section given as a list", "roles:\n  security-champion: 1", "roles: [security-champion]", "RT0004");
        Numbers("member numbers without their vocabulary", "members:\n  outcomes:\n    fixed: 1\n    accepted: 2", "members:\n  fixed: 1\n  accepted: 2", "RT0004");
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Schema_and_generator_both_give_the_expected_verdict(string name, string kind, string yaml, string verdict)
    {
        var errors = GeneratorErrors(kind, yaml).Select(d => d.Id).Distinct().Order(StringComparer.Ordinal).ToList();
        var generatorVerdict = errors.Count == 0 ? Valid : string.Join(" ", errors);
        var schemaResult = Schemas.Value[kind].Evaluate(ToJson(yaml, kind), new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(verdict == generatorVerdict, $"{name}: expected {verdict}, the generator gives {generatorVerdict}.");
        Assert.True(
            schemaResult.IsValid == (verdict == Valid),
            $"{name}: expected {verdict}, the schema {(schemaResult.IsValid ? "accepts" : "rejects")} it.");
    }

    /// <summary>The fixture with <paramref name="from"/> replaced, which must stand in it.</summary>
    private static string Changed(string fixture, string from, string to) =>
        fixture.Contains(from, StringComparison.Ordinal)
            ? fixture.Replace(from, to, StringComparison.Ordinal)
            : throw new ArgumentException($"The fixture no longer holds the text this case changes: {from}", nameof(from));

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
