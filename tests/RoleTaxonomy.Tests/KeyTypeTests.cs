#if NET7_0_OR_GREATER
using System;
using System.CodeDom.Compiler;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using Xunit;

namespace RoleTaxonomy.Tests;

/// <summary>
/// The key types (RoleKey, TaskPatternKey, VocabularyKey and each vocabulary's): they parse from keys only, so that a
/// framework binding them through IParsable never takes a member name, a number or a combination, as Enum.TryParse does.
/// </summary>
public sealed class KeyTypeTests
{
    /// <summary>Each key type, by name, with its enum: found by what the generator wrote, not by a list kept here.</summary>
    public static TheoryData<string> KeyTypes()
    {
        var data = new TheoryData<string>();
        foreach (var type in GeneratedKeyTypes())
        {
            data.Add(type.Name);
        }

        return data;
    }

    [Fact]
    public void Every_identity_has_a_key_type_and_nothing_else_does()
    {
        var expected = new[] { "RoleKey", "TaskPatternKey", "VocabularyKey" }
            .Concat(Vocabularies.All.Select(vocabulary => EnumOfVocabulary(vocabulary.Id).Name + "Key"))
            .OrderBy(name => name, StringComparer.Ordinal);

        Assert.Equal(expected, GeneratedKeyTypes().Select(type => type.Name).OrderBy(name => name, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(KeyTypes))]
    public void Every_key_parses_to_its_identity_and_prints_as_itself(string keyType) => Run(keyType, nameof(KeysRoundTrip));

    [Theory]
    [MemberData(nameof(KeyTypes))]
    public void Member_names_numbers_combinations_case_variants_and_typos_do_not_parse(string keyType) => Run(keyType, nameof(OnlyKeysParse));

    [Theory]
    [MemberData(nameof(KeyTypes))]
    public void JSON_reads_and_writes_the_key_as_the_identity_does(string keyType) => Run(keyType, nameof(JsonIsTheKey));

    [Theory]
    [MemberData(nameof(KeyTypes))]
    public void The_default_key_names_no_item(string keyType) => Run(keyType, nameof(DefaultNamesNothing));

    [Fact]
    public void A_key_converts_to_its_identity_implicitly_and_back_explicitly()
    {
        RoleId id = RoleKey.Parse("appsec-engineer");
        var key = (RoleKey)RoleId.DevSecOpsEngineer;

        Assert.Equal(RoleId.AppSecEngineer, id);
        Assert.Equal("devsecops-engineer", key.Key);
        Assert.Equal(RoleKey.From(RoleId.DevSecOpsEngineer), key);
        Assert.Throws<ArgumentOutOfRangeException>(() => (RoleKey)(RoleId)99);
    }

    [Fact]
    public void Parse_names_the_nearest_key_as_the_identity_does()
    {
        var exception = Assert.Throws<FormatException>(() => RoleKey.Parse("appsec-enginer"));

        Assert.Equal("'appsec-enginer' is not a RoleId key; did you mean 'appsec-engineer'?", exception.Message);
    }

    private static void KeysRoundTrip<TKey, TEnum>(IReadOnlyList<string> keys, Func<TKey, TEnum> valueOf, Func<TEnum, string> keyOf)
        where TKey : struct, IParsable<TKey>
        where TEnum : struct, Enum
    {
        Assert.NotEmpty(keys);
        foreach (var key in keys)
        {
            Assert.True(TKey.TryParse(key, CultureInfo.InvariantCulture, out var parsed), key);
            Assert.Equal(key, parsed.ToString());
            Assert.Equal(key, keyOf(valueOf(parsed)));
            Assert.Equal(parsed, TKey.Parse(key, CultureInfo.GetCultureInfo("tr-TR")));
        }
    }

    private static void OnlyKeysParse<TKey, TEnum>(IReadOnlyList<string> keys, Func<TKey, TEnum> valueOf, Func<TEnum, string> keyOf)
        where TKey : struct, IParsable<TKey>
        where TEnum : struct, Enum
    {
        var names = Enum.GetNames<TEnum>();
        var refused = names
            .Concat(Enum.GetValues<TEnum>().Select(value => Convert.ToInt32(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)))
            .Concat(new[] { "0", "-1", "99", string.Join(",", names.Take(2)), string.Empty, " " })
            .Concat(keys.SelectMany(key => new[] { key.ToUpperInvariant(), " " + key, key + " ", key.Substring(0, key.Length - 1), key + "s" }))
            .Where(text => !keys.Contains(text, StringComparer.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        foreach (var text in refused)
        {
            Assert.False(TKey.TryParse(text, CultureInfo.InvariantCulture, out var result), $"'{text}' parsed as {typeof(TKey).Name}.");
            Assert.Equal(default, result);
            Assert.Throws<FormatException>(() => TKey.Parse(text, CultureInfo.InvariantCulture));
        }

        Assert.False(TKey.TryParse(null, CultureInfo.InvariantCulture, out _));
    }

    private static void JsonIsTheKey<TKey, TEnum>(IReadOnlyList<string> keys, Func<TKey, TEnum> valueOf, Func<TEnum, string> keyOf)
        where TKey : struct, IParsable<TKey>
        where TEnum : struct, Enum
    {
        foreach (var key in keys)
        {
            var parsed = TKey.Parse(key, CultureInfo.InvariantCulture);
            var json = JsonSerializer.Serialize(parsed);
            Assert.Equal(JsonSerializer.Serialize(valueOf(parsed)), json);
            Assert.Equal(parsed, JsonSerializer.Deserialize<TKey>(json));
            Assert.Equal(parsed, JsonSerializer.Deserialize<Dictionary<TKey, int>>($"{{{json}:1}}")!.Keys.Single());
        }

        var member = Enum.GetNames<TEnum>()[0];
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<TKey>($"\"{member}\""));
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<TKey>("1"));
    }

    private static void DefaultNamesNothing<TKey, TEnum>(IReadOnlyList<string> keys, Func<TKey, TEnum> valueOf, Func<TEnum, string> keyOf)
        where TKey : struct, IParsable<TKey>
        where TEnum : struct, Enum
    {
        var none = default(TKey);

        Assert.Equal(string.Empty, none.ToString());
        Assert.Equal(0, Convert.ToInt32(valueOf(none), CultureInfo.InvariantCulture));
        var key = typeof(TKey).GetProperty("Key")!;
        var thrown = Assert.Throws<TargetInvocationException>(() => key.GetValue(none));
        Assert.IsType<InvalidOperationException>(thrown.InnerException);
        Assert.NotEqual(none, TKey.Parse(keys[0], CultureInfo.InvariantCulture));
    }

    private static IEnumerable<Type> GeneratedKeyTypes() =>
        typeof(RoleKey).Assembly.GetTypes()
            .Where(type => type.IsValueType && !type.IsEnum
                && type.GetCustomAttribute<GeneratedCodeAttribute>()?.Tool == "RoleTaxonomy.Generator"
                && type.GetInterfaces().Contains(typeof(IParsable<>).MakeGenericType(type)));

    private static Type EnumOfVocabulary(VocabularyId id)
    {
        var members = Vocabularies.Get(id).Members;
        return members[0].GetType().GetGenericArguments()[0];
    }

    // A struct's property getter cannot be bound to an open delegate: it is read through reflection instead.
    private static Func<TKey, TEnum> ValueOf<TKey, TEnum>(PropertyInfo value)
        where TKey : struct =>
        key => (TEnum)value.GetValue(key)!;

    /// <summary>Runs <paramref name="test"/> for the key type named <paramref name="keyTypeName"/> and its enum.</summary>
    private static void Run(string keyTypeName, string test)
    {
        var keyType = GeneratedKeyTypes().Single(type => type.Name == keyTypeName);
        var value = keyType.GetProperty("Value")!;
        var enumType = value.PropertyType;
        var extensions = enumType.Assembly.GetType(enumType.FullName + "Extensions")!;
        var keys = (IReadOnlyList<string>)extensions.GetProperty("Keys")!.GetValue(null)!;
        var valueOf = typeof(KeyTypeTests).GetMethod(nameof(ValueOf), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(keyType, enumType).Invoke(null, new object[] { value })!;
        var keyOf = Delegate.CreateDelegate(typeof(Func<,>).MakeGenericType(enumType, typeof(string)), extensions.GetMethod("ToKey")!);
        var method = typeof(KeyTypeTests).GetMethod(test, BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(keyType, enumType);
        try
        {
            method.Invoke(null, new object[] { keys, valueOf, keyOf });
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(exception.InnerException).Throw();
        }
    }
}
#endif
