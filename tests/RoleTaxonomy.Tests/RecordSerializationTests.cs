using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using RoleTaxonomy.Export;
using RoleTaxonomy.Tests.Infrastructure;
using Xunit;

namespace RoleTaxonomy.Tests;

/// <summary>
/// The records on the wire: a role, task pattern, vocabulary or member serializes as its element of the JSON export,
/// without cycles, and deserializes to the catalog's own item for its key.
/// </summary>
public sealed class RecordSerializationTests
{
    private static readonly Lazy<JsonNode> ExportDocument = new(() => JsonNode.Parse(TaxonomyExport.ToJson())!);

    public static TheoryData<string> RoleKeys => Data(Roles.All.Select(r => r.Key));

    public static TheoryData<string> TaskPatternKeys => Data(TaskPatterns.All.Select(p => p.Key));

    public static TheoryData<string> VocabularyKeys => Data(Vocabularies.All.Select(v => v.Key));

    public static TheoryData<string, string> MemberKeys
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var member in Vocabularies.All.SelectMany(v => v.Members))
            {
                data.Add(member.Vocabulary.Key, member.Key);
            }

            return data;
        }
    }

    private static JsonArray ExportRoles => ExportDocument.Value["roles"]!.AsArray();

    private static JsonArray ExportVocabularies => ExportDocument.Value["vocabularies"]!.AsArray();

    [Fact]
    public void AppSec_Engineer_serializes_as_its_element_of_the_export()
    {
        var json = JsonSerializer.Serialize(Roles.AppSecEngineer);

        AssertSameJson(ExportRoles.Single(r => (string)r!["key"]! == "appsec-engineer")!, json);
    }

    [Fact]
    public void All_roles_serialize_as_the_roles_of_the_export()
    {
        AssertSameJson(ExportRoles, JsonSerializer.Serialize(Roles.All));
        AssertSameJson(ExportRoles, JsonSerializer.Serialize(Roles.All, WireJsonContext.Default.IReadOnlyListRole));
    }

    [Theory]
    [MemberData(nameof(RoleKeys))]
    public void Every_role_serializes_as_its_element_of_the_export_with_reflection_and_a_source_generated_context(string key)
    {
        Assert.True(Roles.TryGet(key, out var role));
        var expected = ExportRoles.Single(r => (string)r!["key"]! == key)!;

        AssertSameJson(expected, JsonSerializer.Serialize(role));
        AssertSameJson(expected, JsonSerializer.Serialize(role, WireJsonContext.Default.Role));
    }

    [Theory]
    [MemberData(nameof(TaskPatternKeys))]
    public void Every_task_pattern_serializes_as_its_element_of_the_export(string key)
    {
        Assert.True(TaskPatterns.TryGet(key, out var pattern));
        var expected = ExportRoles.SelectMany(r => r!["taskPatterns"]!.AsArray()).Single(p => (string)p!["key"]! == key)!;

        AssertSameJson(expected, JsonSerializer.Serialize(pattern));
        AssertSameJson(expected, JsonSerializer.Serialize(pattern, WireJsonContext.Default.TaskPattern));
    }

    [Theory]
    [MemberData(nameof(VocabularyKeys))]
    public void Every_vocabulary_serializes_as_its_element_of_the_export(string key)
    {
        Assert.True(Vocabularies.TryGet(key, out var vocabulary));
        var expected = ExportVocabularies.Single(v => (string)v!["key"]! == key)!;

        AssertSameJson(expected, JsonSerializer.Serialize(vocabulary));
        AssertSameJson(expected, JsonSerializer.Serialize(vocabulary, WireJsonContext.Default.Vocabulary));
    }

    [Theory]
    [MemberData(nameof(MemberKeys))]
    public void Every_member_alone_serializes_as_its_element_of_the_export_with_its_vocabulary_first(string vocabularyKey, string key)
    {
        var member = Member(vocabularyKey, key);
        var inExport = ExportVocabularies.Single(v => (string)v!["key"]! == vocabularyKey)!["members"]!.AsArray()
            .Single(m => (string)m!["key"]! == key)!.AsObject();
        var expected = new JsonObject { ["vocabulary"] = vocabularyKey };
        foreach (var property in inExport)
        {
            expected[property.Key] = property.Value?.DeepClone();
        }

        var json = JsonSerializer.Serialize(member);

        AssertSameJson(expected, json);
        Assert.Equal("vocabulary", JsonNode.Parse(json)!.AsObject().First().Key);
        AssertSameJson(expected, JsonSerializer.Serialize(member, member.GetType()));
        AssertSameJson(expected, JsonSerializer.Serialize(member, WireJsonContext.Default.VocabularyMember));
    }

    [Fact]
    public void A_typed_member_serializes_like_the_same_member_as_its_base_type()
    {
        VocabularyMember<TriageOutcome> typed = TriageOutcomes.BacklogWork;

        Assert.Equal(
            """{"vocabulary":"triage-outcomes","key":"backlog-work","name":"backlog work","attributes":{},"stability":"stable"}""",
            JsonSerializer.Serialize(typed));
        Assert.Equal(JsonSerializer.Serialize(typed), JsonSerializer.Serialize<VocabularyMember>(typed));
    }

    [Theory]
    [MemberData(nameof(RoleKeys))]
    public void Reading_a_role_gives_the_catalog_own_role(string key)
    {
        Assert.True(Roles.TryGet(key, out var role));

        Assert.Same(role, JsonSerializer.Deserialize<Role>(JsonSerializer.Serialize(role)));
        Assert.Same(role, JsonSerializer.Deserialize<Role>("{\"key\":\"" + key + "\"}"));
        Assert.Same(role, JsonSerializer.Deserialize("{\"name\":\"Someone else\",\"key\":\"" + key + "\",\"taskPatterns\":[{\"key\":\"x\"}]}", WireJsonContext.Default.Role));
    }

    [Fact]
    public void Reading_all_roles_gives_the_catalog_own_roles_in_order()
    {
        var read = JsonSerializer.Deserialize<List<Role>>(JsonSerializer.Serialize(Roles.All))!;

        Assert.Equal(Roles.All.Count, read.Count);
        Assert.All(Roles.All.Zip(read), pair => Assert.Same(pair.First, pair.Second));
    }

    [Theory]
    [MemberData(nameof(TaskPatternKeys))]
    public void Reading_a_task_pattern_gives_the_catalog_own_task_pattern(string key)
    {
        Assert.True(TaskPatterns.TryGet(key, out var pattern));

        Assert.Same(pattern, JsonSerializer.Deserialize<TaskPattern>(JsonSerializer.Serialize(pattern)));
        Assert.Same(pattern, JsonSerializer.Deserialize("{\"key\":\"" + key + "\"}", WireJsonContext.Default.TaskPattern));
    }

    [Theory]
    [MemberData(nameof(VocabularyKeys))]
    public void Reading_a_vocabulary_gives_the_catalog_own_vocabulary(string key)
    {
        Assert.True(Vocabularies.TryGet(key, out var vocabulary));

        Assert.Same(vocabulary, JsonSerializer.Deserialize<Vocabulary>(JsonSerializer.Serialize(vocabulary)));
        Assert.Same(vocabulary, JsonSerializer.Deserialize("{\"key\":\"" + key + "\"}", WireJsonContext.Default.Vocabulary));
    }

    [Theory]
    [MemberData(nameof(MemberKeys))]
    public void Reading_a_member_gives_the_catalog_own_member_as_its_base_type_and_its_own_type(string vocabularyKey, string key)
    {
        var member = Member(vocabularyKey, key);
        var json = JsonSerializer.Serialize(member);

        Assert.Same(member, JsonSerializer.Deserialize<VocabularyMember>(json));
        Assert.Same(member, JsonSerializer.Deserialize(json, member.GetType()));
        Assert.Same(member, JsonSerializer.Deserialize("{\"key\":\"" + key + "\",\"vocabulary\":\"" + vocabularyKey + "\"}", WireJsonContext.Default.VocabularyMember));
    }

    [Fact]
    public void Reading_a_role_by_an_unknown_key_names_the_key_the_nearest_and_the_path()
    {
        var exception = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Role>("""{"key":"appsec-enginer"}"""));
        Assert.Equal("'appsec-enginer' is not a RoleId key; did you mean 'appsec-engineer'? Path: $.", exception.Message);

        var nested = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Dictionary<string, Role>>("""{"owner":{"key":"appsec-enginer"}}"""));
        Assert.EndsWith("Path: $.owner.", nested.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_a_record_without_its_key_is_refused()
    {
        var role = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Role>(JsonSerializer.Serialize(Roles.AppSecEngineer).Replace("\"key\":", "\"id\":", StringComparison.Ordinal)));
        Assert.Contains("A Role is read by its \"key\", which the object lacks", role.Message, StringComparison.Ordinal);

        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<TaskPattern>("""{"title":"Triage"}"""));
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Vocabulary>("{}"));
        var member = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<VocabularyMember>("""{"key":"backlog-work"}"""));
        Assert.Contains("\"vocabulary\"", member.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_a_record_from_anything_but_an_object_with_a_string_key_is_refused()
    {
        foreach (var json in new[] { "\"appsec-engineer\"", "1", "[]", "true", """{"key":1}""", """{"key":null}""", """{"key":{"key":"appsec-engineer"}}""" })
        {
            Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Role>(json));
        }

        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<TaskPattern>("""{"key":"appsec-finding-triag"}"""));
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Vocabulary>("""{"key":"triage-outcome"}"""));
    }

    [Fact]
    public void Reading_a_member_of_an_unknown_vocabulary_or_with_an_unknown_key_names_the_nearest()
    {
        var vocabulary = Assert.ThrowsAny<JsonException>(() =>
            JsonSerializer.Deserialize<VocabularyMember>("""{"vocabulary":"triage-outcome","key":"backlog-work"}"""));
        Assert.Contains("did you mean 'triage-outcomes'?", vocabulary.Message, StringComparison.Ordinal);

        var member = Assert.ThrowsAny<JsonException>(() =>
            JsonSerializer.Deserialize<VocabularyMember>("""{"vocabulary":"triage-outcomes","key":"backlog-wrk"}"""));
        Assert.Contains("'backlog-wrk'", member.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'backlog-work'?", member.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_a_member_of_another_vocabulary_as_a_typed_member_is_refused_with_JsonException()
    {
        // A member read as VocabularyMember<WeaknessClass> must be a weakness class; any other member is bad input,
        // which the serializer reports as JsonException, not an InvalidCastException from inside the serializer.
        var exception = Assert.ThrowsAny<JsonException>(() =>
            JsonSerializer.Deserialize<VocabularyMember<WeaknessClass>>("""{"vocabulary":"triage-outcomes","key":"backlog-work"}"""));

        Assert.Contains("backlog-work", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_in_a_consumer_DTO_is_written_in_the_export_shape_and_read_back_as_the_catalog_item()
    {
        var dto = new Dictionary<string, TaskPattern> { ["next"] = TaskPatterns.AppSecFindingTriage };

        var json = JsonSerializer.Serialize(dto);
        var read = JsonSerializer.Deserialize<Dictionary<string, TaskPattern>>(json)!;

        Assert.StartsWith("""{"next":{"key":"appsec-finding-triage","role":"appsec-engineer",""", json, StringComparison.Ordinal);
        Assert.Same(TaskPatterns.AppSecFindingTriage, read["next"]);
    }

    private static VocabularyMember Member(string vocabularyKey, string key)
    {
        Assert.True(Vocabularies.TryGet(vocabularyKey, out var vocabulary));
        return vocabulary.Members.Single(m => m.Key == key);
    }

    private static void AssertSameJson(JsonNode expected, string json)
    {
        // Valid JSON at the serializer's default depth, so no cycle was followed.
        using (JsonDocument.Parse(json))
        {
        }

        var actual = JsonNode.Parse(json)!;
        Assert.True(JsonNode.DeepEquals(expected, actual), "Not the export's element:\n" + json + "\nexpected:\n" + expected.ToJsonString());
        Assert.Equal(expected.ToJsonString(), actual.ToJsonString()); // and the same order of properties
    }

    private static TheoryData<string> Data(IEnumerable<string> keys)
    {
        var data = new TheoryData<string>();
        foreach (var key in keys)
        {
            data.Add(key);
        }

        return data;
    }
}
