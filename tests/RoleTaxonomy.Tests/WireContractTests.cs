using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using RoleTaxonomy.Tests.Infrastructure;
using Xunit;

namespace RoleTaxonomy.Tests;

/// <summary>How a consumer's serializer options reach the identities' JSON.</summary>
public enum JsonSetup
{
    /// <summary>Default options: reflection, and the enum's own [JsonConverter].</summary>
    Reflection,

    /// <summary>The consumer's source-generated context, passed as the JsonTypeInfo.</summary>
    SourceGeneratedContext,

    /// <summary>The consumer's source-generated context, added to the options' TypeInfoResolverChain.</summary>
    ContextInResolverChain,

    /// <summary>A global JsonStringEnumConverter, which System.Text.Json prefers over the enum's own converter.</summary>
    GlobalStringEnumConverter,

    /// <summary>A global JsonStringEnumConverter with the kebab-case naming policy.</summary>
    GlobalKebabCaseStringEnumConverter,
}

/// <summary>
/// The identities on the wire: every generated enum is written as its key, as a value, in an array and as a dictionary
/// key, and numbers, member names and unknown keys are refused with the value, the JSON path and the nearest key.
/// </summary>
public sealed class WireContractTests
{
    private static readonly JsonSerializerOptions ChainOptions = CreateChainOptions();

    private static readonly JsonSerializerOptions StringEnumOptions = new() { Converters = { new JsonStringEnumConverter() } };

    private static readonly JsonSerializerOptions KebabCaseStringEnumOptions =
        new() { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) } };

    private static readonly JsonSerializerOptions NoIntegersStringEnumOptions =
        new() { Converters = { new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false) } };

    /// <summary>Every enum with every way of setting up the serializer.</summary>
    public static TheoryData<string, JsonSetup> EnumsAndSetups => Combine(Enum.GetValues<JsonSetup>());

    /// <summary>Every enum with the setups in which the enum's own converter is used.</summary>
    public static TheoryData<string, JsonSetup> EnumsAndOwnConverterSetups =>
        Combine(new[] { JsonSetup.Reflection, JsonSetup.SourceGeneratedContext, JsonSetup.ContextInResolverChain });

    [Theory]
    [MemberData(nameof(EnumsAndSetups))]
    public void Every_enum_is_written_as_its_key_as_a_value_in_an_array_and_as_a_dictionary_key_and_read_back(string kind, JsonSetup setup) =>
        EnumKinds.Run(typeof(WireContractTests), nameof(WritesKeysAndReadsThemBack), kind, setup);

    [Theory]
    [MemberData(nameof(EnumsAndOwnConverterSetups))]
    public void A_number_is_refused_with_the_number_and_the_path(string kind, JsonSetup setup) =>
        EnumKinds.Run(typeof(WireContractTests), nameof(RefusesNumbers), kind, setup);

    [Theory]
    [MemberData(nameof(EnumsAndOwnConverterSetups))]
    public void A_member_name_is_refused_with_the_name_the_path_and_the_key_it_means(string kind, JsonSetup setup) =>
        EnumKinds.Run(typeof(WireContractTests), nameof(RefusesMemberNames), kind, setup);

    [Theory]
    [MemberData(nameof(EnumsAndOwnConverterSetups))]
    public void An_unknown_key_is_refused_with_the_key_the_path_and_the_nearest_key(string kind, JsonSetup setup) =>
        EnumKinds.Run(typeof(WireContractTests), nameof(RefusesUnknownKeys), kind, setup);

    [Theory]
    [MemberData(nameof(EnumsAndOwnConverterSetups))]
    public void Null_true_objects_and_arrays_are_refused_where_a_key_belongs(string kind, JsonSetup setup) =>
        EnumKinds.Run(typeof(WireContractTests), nameof(RefusesOtherTokens), kind, setup);

    [Theory]
    [MemberData(nameof(EnumsAndOwnConverterSetups))]
    public void Writing_no_item_or_an_undefined_number_throws_JsonException_and_writes_nothing(string kind, JsonSetup setup) =>
        EnumKinds.Run(typeof(WireContractTests), nameof(RefusesToWriteUndefinedValues), kind, setup);

    [Theory]
    [MemberData(nameof(EnumKinds.Names), MemberType = typeof(EnumKinds))]
    public void A_global_JsonStringEnumConverter_reads_and_writes_numbers_unless_integer_values_are_disallowed(string kind) =>
        EnumKinds.Run(typeof(WireContractTests), nameof(StringEnumConverterTakesOver), kind);

    [Fact]
    public void The_role_example_is_written_with_keys_everywhere()
    {
        var holder = new Holder<RoleId>
        {
            Value = RoleId.AppSecEngineer,
            Items = new[] { RoleId.DevSecOpsEngineer },
            Counts = new Dictionary<RoleId, int> { [RoleId.AppSecEngineer] = 1 },
        };

        Assert.Equal(
            """{"Value":"appsec-engineer","Items":["devsecops-engineer"],"Counts":{"appsec-engineer":1}}""",
            JsonSerializer.Serialize(holder));
    }

    [Fact]
    public void The_role_example_names_what_was_wrong_and_where()
    {
        var number = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Holder<RoleId>>("""{"Value":2}"""));
        Assert.Equal(
            "A RoleId is written as its key, such as \"appsec-engineer\", not as the number 2: numbers are not the contract, keys are. Path: $.Value.",
            number.Message);

        var name = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Holder<RoleId>>("""{"Value":"AppSecEngineer"}"""));
        Assert.Equal("'AppSecEngineer' is not a RoleId key; did you mean 'appsec-engineer'? Path: $.Value.", name.Message);

        var typo = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Holder<RoleId>>("""{"Counts":{"appsec-enginer":1}}"""));
        Assert.Equal("'appsec-enginer' is not a RoleId key; did you mean 'appsec-engineer'? Path: $.Counts.appsec-enginer.", typo.Message);
    }

    [Fact]
    public void An_escaped_key_is_read_as_the_key_it_spells()
    {
        var holder = JsonSerializer.Deserialize<Holder<RoleId>>("""{"Value":"appsec\u002Dengineer","Counts":{"\u0061ppsec-engineer":1}}""")!;

        Assert.Equal(RoleId.AppSecEngineer, holder.Value);
        Assert.Equal(1, holder.Counts[RoleId.AppSecEngineer]);
    }

    [Theory]
    [MemberData(nameof(EnumsAndOwnConverterSetups))]
    public void Every_key_is_read_however_it_is_escaped(string kind, JsonSetup setup) =>
        EnumKinds.Run(typeof(WireContractTests), nameof(ReadsEscapedKeys), kind, setup);

    [Fact]
    public void A_string_longer_than_any_key_is_refused_without_a_nearest_key()
    {
        var longText = new string('a', 300);

        var exception = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Holder<RoleId>>("{\"Value\":\"" + longText + "\"}"));

        Assert.Contains("'" + longText + "' is not a RoleId key", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("did you mean", exception.Message, StringComparison.Ordinal);
        Assert.EndsWith("Path: $.Value.", exception.Message, StringComparison.Ordinal);
    }

    private static void WritesKeysAndReadsThemBack<T>(EnumKind<T> kind, JsonSetup setup)
        where T : struct, Enum
    {
        var keys = kind.ContentKeys;
        var holder = new Holder<T>
        {
            Value = kind.Values[^1],
            Items = kind.Values.ToArray(),
            Counts = kind.Values.Select((value, index) => (value, index)).ToDictionary(pair => pair.value, pair => pair.index + 1),
        };
        var expected =
            "{\"Value\":\"" + keys[^1] + "\"," +
            "\"Items\":[" + string.Join(",", keys.Select(key => "\"" + key + "\"")) + "]," +
            "\"Counts\":{" + string.Join(",", keys.Select((key, index) => "\"" + key + "\":" + (index + 1).ToString(CultureInfo.InvariantCulture))) + "}}";

        var json = Write(holder, setup);

        Assert.Equal(expected, json);
        var read = Read<T>(json, setup);
        Assert.Equal(holder.Value, read.Value);
        Assert.Equal(holder.Items, read.Items);
        Assert.Equal(holder.Counts.OrderBy(c => c.Value), read.Counts.OrderBy(c => c.Value));
    }

    private static void ReadsEscapedKeys<T>(EnumKind<T> kind, JsonSetup setup)
        where T : struct, Enum
    {
        // JSON may escape any character; a writer that escapes everything makes a key six times as long.
        foreach (var value in kind.Values)
        {
            var escaped = string.Concat(kind.ToKey(value).Select(c => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture)));

            var read = Read<T>("{\"Value\":\"" + escaped + "\",\"Counts\":{\"" + escaped + "\":1}}", setup);

            Assert.Equal(value, read.Value);
            Assert.Equal(value, read.Counts.Keys.Single());
        }
    }

    private static void RefusesNumbers<T>(EnumKind<T> kind, JsonSetup setup)
        where T : struct, Enum
    {
        foreach (var value in kind.Values)
        {
            var number = EnumKind<T>.NumberOf(value).ToString(CultureInfo.InvariantCulture);

            AssertRefused<T>("{\"Value\":" + number + "}", setup, "$.Value", "the number " + number);
            AssertRefused<T>("{\"Items\":[" + number + "]}", setup, "$.Items[0]", "the number " + number);

            // A number in a string is not a key either, and nothing near one.
            var inString = AssertRefused<T>("{\"Value\":\"" + number + "\"}", setup, "$.Value", "'" + number + "' is not a " + kind.Name + " key");
            Assert.DoesNotContain("did you mean", inString.Message, StringComparison.Ordinal);
            AssertRefused<T>("{\"Counts\":{\"" + number + "\":1}}", setup, "$.Counts", "'" + number + "' is not a " + kind.Name + " key");
        }

        AssertRefused<T>("{\"Value\":0}", setup, "$.Value", "the number 0");
        AssertRefused<T>("{\"Value\":1.5}", setup, "$.Value", "a number");
    }

    private static void RefusesMemberNames<T>(EnumKind<T> kind, JsonSetup setup)
        where T : struct, Enum
    {
        foreach (var value in kind.Values)
        {
            var name = value.ToString();
            var nearest = "did you mean '" + kind.ToKey(value) + "'?";

            AssertRefused<T>("{\"Value\":\"" + name + "\"}", setup, "$.Value", "'" + name + "'", nearest);
            AssertRefused<T>("{\"Items\":[\"" + name + "\"]}", setup, "$.Items[0]", "'" + name + "'", nearest);
            AssertRefused<T>("{\"Counts\":{\"" + name + "\":1}}", setup, "$.Counts", "'" + name + "'", nearest);
        }
    }

    private static void RefusesUnknownKeys<T>(EnumKind<T> kind, JsonSetup setup)
        where T : struct, Enum
    {
        foreach (var key in kind.Keys)
        {
            var nearest = "did you mean '" + key + "'?";
            foreach (var nearMiss in NearMisses(key))
            {
                AssertRefused<T>("{\"Value\":\"" + nearMiss + "\"}", setup, "$.Value", "'" + nearMiss + "' is not a " + kind.Name + " key", nearest);
                AssertRefused<T>("{\"Items\":[\"" + key + "\",\"" + nearMiss + "\"]}", setup, "$.Items[1]", "'" + nearMiss + "'", nearest);
                AssertRefused<T>("{\"Counts\":{\"" + nearMiss + "\":1}}", setup, "$.Counts", "'" + nearMiss + "'", nearest);
            }
        }

        var far = AssertRefused<T>("{\"Value\":\"zzzzzzzzzzzzzzzzzzzz\"}", setup, "$.Value", "'zzzzzzzzzzzzzzzzzzzz' is not a " + kind.Name + " key");
        Assert.DoesNotContain("did you mean", far.Message, StringComparison.Ordinal);
        AssertRefused<T>("{\"Value\":\"\"}", setup, "$.Value", "'' is not a " + kind.Name + " key");
    }

    private static void RefusesOtherTokens<T>(EnumKind<T> kind, JsonSetup setup)
        where T : struct, Enum
    {
        AssertRefused<T>("{\"Value\":null}", setup, "$.Value", "not as null");
        AssertRefused<T>("{\"Value\":true}", setup, "$.Value", "not as true");
        AssertRefused<T>("{\"Value\":{\"key\":\"" + kind.Keys[0] + "\"}}", setup, "$.Value", "not as an object");
        AssertRefused<T>("{\"Value\":[\"" + kind.Keys[0] + "\"]}", setup, "$.Value", "not as an array");
        AssertRefused<T>("{\"Items\":[null]}", setup, "$.Items[0]", "not as null");
    }

    private static void RefusesToWriteUndefinedValues<T>(EnumKind<T> kind, JsonSetup setup)
        where T : struct, Enum
    {
        foreach (var number in new[] { 0, kind.PastTheEnd, -1 })
        {
            var undefined = EnumKind<T>.FromNumber(number);
            var message = number.ToString(CultureInfo.InvariantCulture) + " is not a defined " + kind.Name + " value, so it has no key to write.";

            AssertNotWritten(new Holder<T> { Value = undefined }, setup, message, "$.Value");
            AssertNotWritten(new Holder<T> { Value = kind.Values[0], Items = new[] { kind.Values[0], undefined } }, setup, message, "$.Items");
            AssertNotWritten(
                new Holder<T> { Value = kind.Values[0], Counts = new Dictionary<T, int> { [kind.Values[0]] = 1, [undefined] = 2 } },
                setup,
                message,
                "$.Counts");
        }
    }

    private static void StringEnumConverterTakesOver<T>(EnumKind<T> kind)
        where T : struct, Enum
    {
        // System.Text.Json prefers a converter in the options to the enum's own [JsonConverter]: with a global
        // JsonStringEnumConverter, its EnumConverter reads and writes. It honours [JsonStringEnumMemberName], so keys
        // are written and read as keys (above), and the kebab-case policy leaves them alone. What follows is what it
        // does differently, so that a consumer who adds one knows what they give up.
        var first = kind.Values[0];
        var number = EnumKind<T>.NumberOf(first);
        var numberText = number.ToString(CultureInfo.InvariantCulture);
        foreach (var options in new[] { StringEnumOptions, KebabCaseStringEnumOptions })
        {
            // Numbers are read, as numbers and in strings, and so are numbers that name no item.
            Assert.Equal(first, JsonSerializer.Deserialize<Holder<T>>("{\"Value\":" + numberText + "}", options)!.Value);
            Assert.Equal(first, JsonSerializer.Deserialize<Holder<T>>("{\"Value\":\"" + numberText + "\"}", options)!.Value);
            var undefined = JsonSerializer.Deserialize<Holder<T>>("{\"Value\":" + kind.PastTheEnd.ToString(CultureInfo.InvariantCulture) + "}", options)!.Value;
            Assert.False(kind.IsDefined(undefined));

            // No item and undefined numbers are written as numbers, not refused.
            Assert.Equal("{\"Value\":0,\"Items\":[],\"Counts\":{}}", JsonSerializer.Serialize(new Holder<T>(), options));

            // Member names, unknown keys and case variants are refused, but with the serializer's message: the path,
            // not the value nor the nearest key.
            foreach (var text in new[] { first.ToString(), Typo(kind.Keys[0]), kind.Keys[0].ToUpperInvariant() })
            {
                var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Holder<T>>("{\"Value\":\"" + text + "\"}", options));
                Assert.StartsWith("The JSON value could not be converted to " + typeof(T).FullName + ". Path: $.Value", exception.Message, StringComparison.Ordinal);
                Assert.DoesNotContain("did you mean", exception.Message, StringComparison.Ordinal);
            }
        }

        // allowIntegerValues: false refuses numbers, both ways, again with the serializer's message.
        var refused = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Holder<T>>("{\"Value\":" + numberText + "}", NoIntegersStringEnumOptions));
        Assert.Contains("Path: $.Value", refused.Message, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Holder<T>>("{\"Value\":\"" + numberText + "\"}", NoIntegersStringEnumOptions));
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(new Holder<T>(), NoIntegersStringEnumOptions));
        Assert.Equal(first, JsonSerializer.Deserialize<Holder<T>>("{\"Value\":\"" + kind.Keys[0] + "\"}", NoIntegersStringEnumOptions)!.Value);

        // ...but not as a dictionary key: no item is still written there, as "0".
        Assert.Equal(
            "{\"Value\":\"" + kind.Keys[0] + "\",\"Items\":[],\"Counts\":{\"0\":1}}",
            JsonSerializer.Serialize(new Holder<T> { Value = first, Counts = new Dictionary<T, int> { [default] = 1 } }, NoIntegersStringEnumOptions));

        if (kind.Values.Count >= 2)
        {
            // It also reads comma-separated keys as flags, though no identity is a flags enum: the bitwise OR of two
            // items' numbers, which may be a third item or none.
            var second = kind.Values[1];
            var combined = JsonSerializer.Deserialize<Holder<T>>(
                "{\"Value\":\"" + kind.Keys[0] + ", " + kind.Keys[1] + "\"}", NoIntegersStringEnumOptions)!.Value;
            Assert.Equal(number | EnumKind<T>.NumberOf(second), EnumKind<T>.NumberOf(combined));
        }
    }

    private static JsonException AssertRefused<T>(string json, JsonSetup setup, string path, params string[] fragments)
        where T : struct, Enum
    {
        var exception = Assert.ThrowsAny<JsonException>(() => Read<T>(json, setup));
        foreach (var fragment in fragments)
        {
            Assert.Contains(fragment, exception.Message, StringComparison.Ordinal);
        }

        Assert.Contains("Path: " + path, exception.Message, StringComparison.Ordinal);
        Assert.StartsWith(path, exception.Path, StringComparison.Ordinal);
        return exception;
    }

    private static void AssertNotWritten<T>(Holder<T> holder, JsonSetup setup, string message, string path)
        where T : struct, Enum
    {
        using var stream = new MemoryStream();
        var exception = Assert.ThrowsAny<JsonException>(() =>
        {
            switch (setup)
            {
                case JsonSetup.SourceGeneratedContext:
                    JsonSerializer.Serialize(stream, holder, ContextTypeInfo<T>());
                    break;
                default:
                    JsonSerializer.Serialize(stream, holder, Options(setup));
                    break;
            }
        });

        Assert.StartsWith(message, exception.Message, StringComparison.Ordinal);
        Assert.Contains("Path: " + path, exception.Message, StringComparison.Ordinal);
        Assert.Equal(0, stream.Length);
    }

    private static string Write<T>(Holder<T> holder, JsonSetup setup)
        where T : struct, Enum =>
        setup == JsonSetup.SourceGeneratedContext
            ? JsonSerializer.Serialize(holder, ContextTypeInfo<T>())
            : JsonSerializer.Serialize(holder, Options(setup));

    private static Holder<T> Read<T>(string json, JsonSetup setup)
        where T : struct, Enum =>
        (setup == JsonSetup.SourceGeneratedContext
            ? JsonSerializer.Deserialize(json, ContextTypeInfo<T>())
            : JsonSerializer.Deserialize<Holder<T>>(json, Options(setup)))!;

    private static JsonTypeInfo<Holder<T>> ContextTypeInfo<T>()
        where T : struct, Enum =>
        (JsonTypeInfo<Holder<T>>)WireJsonContext.Default.GetTypeInfo(typeof(Holder<T>))!;

    private static JsonSerializerOptions Options(JsonSetup setup) => setup switch
    {
        JsonSetup.Reflection => JsonSerializerOptions.Default,
        JsonSetup.ContextInResolverChain => ChainOptions,
        JsonSetup.GlobalStringEnumConverter => StringEnumOptions,
        JsonSetup.GlobalKebabCaseStringEnumConverter => KebabCaseStringEnumOptions,
        _ => throw new ArgumentOutOfRangeException(nameof(setup), setup, null),
    };

    private static JsonSerializerOptions CreateChainOptions()
    {
        // Only the context: a type it does not know fails rather than falling back to reflection.
        var options = new JsonSerializerOptions();
        options.TypeInfoResolverChain.Add(WireJsonContext.Default);
        options.MakeReadOnly();
        return options;
    }

    /// <summary>The key with its second-to-last character dropped, such as <c>appsec-enginer</c>.</summary>
    private static string Typo(string key) => key.Remove(key.Length - 2, 1);

    /// <summary>Misspellings of <paramref name="key"/> that a person makes: a dropped letter, another case, a plural, underscores.</summary>
    private static IEnumerable<string> NearMisses(string key)
    {
        yield return Typo(key);
        yield return key.ToUpperInvariant();
        yield return key + "s";
        if (key.Contains('-', StringComparison.Ordinal))
        {
            yield return key.Replace('-', '_');
        }
    }

    private static TheoryData<string, JsonSetup> Combine(IEnumerable<JsonSetup> setups)
    {
        var data = new TheoryData<string, JsonSetup>();
        foreach (var kind in EnumKinds.All)
        {
            foreach (var setup in setups)
            {
                data.Add(kind.Name, setup);
            }
        }

        return data;
    }
}
