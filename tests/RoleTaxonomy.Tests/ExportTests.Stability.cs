using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using RoleTaxonomy.Export;
using Xunit;

namespace RoleTaxonomy.Tests;

/// <summary>Stability and deprecation in the JSON export and its schema.</summary>
public sealed partial class ExportTests
{
    [Fact]
    public void Json_export_marks_every_role_task_pattern_and_member_of_the_real_content_stable_and_current()
    {
        var document = JsonNode.Parse(TaxonomyExport.ToJson())!;
        var items = ExportedItems(document).ToList();

        // Every item the JSON holds is one of the generated model's, and the other way round.
        var roles = document["roles"]!.AsArray();
        Assert.Equal(
            roles.Count + roles.Sum(role => role!["taskPatterns"]!.AsArray().Count)
                + document["vocabularies"]!.AsArray().Sum(vocabulary => vocabulary!["members"]!.AsArray().Count),
            items.Count);
        Assert.All(items, item =>
        {
            // The Markdown and HTML exports show no marker: an experimental or deprecated item in the content
            // should fail here first, so that someone decides how the page shows it.
            Assert.True(item.Stability == Stability.Stable, $"{item.Where} is {item.Stability.ToKey()} in the content.");
            Assert.True(item.Deprecation is null, $"{item.Where} is deprecated in the content: {item.Deprecation}");

            Assert.Equal(item.Stability.ToKey(), (string?)item.Json["stability"]);
            Assert.False(item.Json.ContainsKey("deprecated"), $"{item.Where} has 'deprecated' in the JSON, but is current.");
        });
    }

    [Theory]
    [InlineData(ItemKind.Role)]
    [InlineData(ItemKind.TaskPattern)]
    [InlineData(ItemKind.Member)]
    public void Schema_accepts_an_experimental_deprecated_item_and_the_document_reads_it_back(ItemKind kind)
    {
        var (document, item, _, replacement) = DocumentWithOneItemToEdit(kind);
        item["stability"] = "experimental";
        item["deprecated"] = new JsonObject { ["reason"] = "Folded into its neighbour.", ["replacedBy"] = replacement };

        Assert.True(Validate(document, out var errors), errors);

        // The records carry both properties both ways: reading the document and writing it again changes nothing.
        var read = JsonSerializer.Deserialize(document.ToJsonString(), TaxonomyExport.JsonTypeInfo)!;
        Assert.True(JsonNode.DeepEquals(document, JsonNode.Parse(JsonSerializer.Serialize(read, TaxonomyExport.JsonTypeInfo))));
    }

    [Theory]
    [InlineData(ItemKind.Role, "stability", "\"beta\"")]
    [InlineData(ItemKind.TaskPattern, "stability", "\"beta\"")]
    [InlineData(ItemKind.Member, "stability", "\"beta\"")]
    [InlineData(ItemKind.Member, "stability", "\"Stable\"")]
    [InlineData(ItemKind.Member, "stability", "null")]
    [InlineData(ItemKind.Role, "deprecated", "{\"replacedBy\": \"$replacement\"}")]
    [InlineData(ItemKind.TaskPattern, "deprecated", "{\"replacedBy\": \"$replacement\"}")]
    [InlineData(ItemKind.Member, "deprecated", "{\"replacedBy\": \"$replacement\"}")]
    [InlineData(ItemKind.Member, "deprecated", "{\"reason\": \"\"}")]
    [InlineData(ItemKind.Member, "deprecated", "null")]
    [InlineData(ItemKind.Member, "deprecated", "\"Folded into its neighbour.\"")]
    [InlineData(ItemKind.Member, "deprecated", "{\"reason\": \"Folded into its neighbour.\", \"replacedBy\": \"Not A Key\"}")]
    [InlineData(ItemKind.Member, "deprecated", "{\"reason\": \"Folded into its neighbour.\", \"replacedBy\": null}")]
    [InlineData(ItemKind.Member, "deprecated", "{\"reason\": \"Folded into its neighbour.\", \"since\": \"2.0.0\"}")]
    public void Schema_rejects_an_item_whose_stability_or_deprecation_breaks_the_shape(ItemKind kind, string property, string json)
    {
        var (document, item, pointer, replacement) = DocumentWithOneItemToEdit(kind);
        item[property] = JsonNode.Parse(json.Replace("$replacement", replacement, StringComparison.Ordinal));

        var valid = Validate(document, out var errors, out var locations);

        Assert.False(valid, $"The schema accepts {property}: {json} on {pointer}.");
        // Rejected for the edit, not for something else in the document.
        Assert.NotEmpty(locations);
        Assert.All(locations, location => Assert.StartsWith(pointer + "/", location + "/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_document_written_before_stability_existed_is_still_valid_and_reads_as_stable()
    {
        var document = JsonNode.Parse(TaxonomyExport.ToJson())!;
        var items = ExportedItems(document).ToList();
        foreach (var item in items)
        {
            Assert.True(item.Json.Remove("stability"), $"{item.Where} has no 'stability' to remove.");
        }

        // schemaVersion stayed 1 on the promise that an added property is optional.
        Assert.True(Validate(document, out var errors), errors);

        var read = JsonSerializer.Deserialize(document.ToJsonString(), TaxonomyExport.JsonTypeInfo)!;
        var stabilities = read.Roles.Select(role => role.Stability)
            .Concat(read.Roles.SelectMany(role => role.TaskPatterns).Select(pattern => pattern.Stability))
            .Concat(read.Vocabularies.SelectMany(vocabulary => vocabulary.Members).Select(member => member.Stability))
            .ToList();
        Assert.Equal(items.Count, stabilities.Count);
        Assert.All(stabilities, stability => Assert.Equal(Stability.Stable.ToKey(), stability));
    }

    /// <summary>The kinds of item that carry a stability and a deprecation.</summary>
    public enum ItemKind
    {
        Role,
        TaskPattern,
        Member,
    }

    private sealed record ExportedItem(string Where, Stability Stability, Deprecation? Deprecation, JsonObject Json);

    /// <summary>Each role, task pattern and vocabulary member of the generated model, with its object in the JSON, found by key.</summary>
    private static IEnumerable<ExportedItem> ExportedItems(JsonNode document)
    {
        foreach (var role in Roles.All)
        {
            var roleJson = ByKey(document["roles"]!, role.Key);
            yield return new("role " + role.Key, role.Stability, role.Deprecation, roleJson);
            foreach (var pattern in role.TaskPatterns)
            {
                yield return new("task pattern " + pattern.Key, pattern.Stability, pattern.Deprecation, ByKey(roleJson["taskPatterns"]!, pattern.Key));
            }
        }

        foreach (var vocabulary in Vocabularies.All)
        {
            var members = ByKey(document["vocabularies"]!, vocabulary.Key)["members"]!;
            foreach (var member in vocabulary.Members)
            {
                yield return new($"member {vocabulary.Key}/{member.Key}", member.Stability, member.Deprecation, ByKey(members, member.Key));
            }
        }

        static JsonObject ByKey(JsonNode array, string key) =>
            array.AsArray().Single(item => (string?)item!["key"] == key)!.AsObject();
    }

    /// <summary>
    /// The JSON export with one item of <paramref name="kind"/> picked out to edit, its JSON pointer, and the key of
    /// another item of the same kind (of the same vocabulary, for a member) that may replace it.
    /// </summary>
    private static (JsonNode Document, JsonObject Item, string Pointer, string Replacement) DocumentWithOneItemToEdit(ItemKind kind)
    {
        var document = JsonNode.Parse(TaxonomyExport.ToJson())!;
        switch (kind)
        {
            case ItemKind.Role:
                return (document, document["roles"]![0]!.AsObject(), "/roles/0", Roles.All[1].Key);
            case ItemKind.TaskPattern:
                return (document, document["roles"]![0]!["taskPatterns"]![1]!.AsObject(), "/roles/0/taskPatterns/1", Roles.All[0].TaskPatterns[0].Key);
            default:
                var vocabulary = Vocabularies.All.Select((v, index) => (Vocabulary: v, Index: index)).First(v => v.Vocabulary.Members.Count >= 2);
                var pointer = $"/vocabularies/{vocabulary.Index}/members/1";
                return (document, document["vocabularies"]![vocabulary.Index]!["members"]![1]!.AsObject(), pointer, vocabulary.Vocabulary.Members[0].Key);
        }
    }

    private static bool Validate(JsonNode document, out string errors) => Validate(document, out errors, out _);

    /// <summary>Evaluates <paramref name="document"/> against the schema; on failure, the errors and the locations they point at.</summary>
    private static bool Validate(JsonNode document, out string errors, out IReadOnlyList<string> locations)
    {
        using var json = JsonDocument.Parse(document.ToJsonString());
        var result = Schema.Value.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var failures = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).ToList();
        locations = failures.Select(d => d.InstanceLocation.ToString()).ToList();
        errors = string.Join("\n", failures.SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));
        return result.IsValid;
    }
}
