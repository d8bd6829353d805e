using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using RoleTaxonomy.Tests.Infrastructure;
using Xunit;

namespace RoleTaxonomy.Tests;

/// <summary>Parse, TryParse (string and span), IsDefined, Values and Keys of every enum: exact keys only, and in the content's order.</summary>
public sealed class KeyParsingTests
{
    [Theory]
    [MemberData(nameof(EnumKinds.Names), MemberType = typeof(EnumKinds))]
    public void Parse_round_trips_every_key(string kind) =>
        EnumKinds.Run(typeof(KeyParsingTests), nameof(ParseRoundTrips), kind);

    [Theory]
    [MemberData(nameof(EnumKinds.Names), MemberType = typeof(EnumKinds))]
    public void Parse_refuses_prefixes_extensions_case_variants_and_near_misses_of_every_key_naming_the_nearest(string kind) =>
        EnumKinds.Run(typeof(KeyParsingTests), nameof(ParseRefusesNearMisses), kind);

    [Theory]
    [MemberData(nameof(EnumKinds.Names), MemberType = typeof(EnumKinds))]
    public void TryParse_of_a_span_agrees_with_TryParse_of_a_string_for_every_key_and_near_miss(string kind) =>
        EnumKinds.Run(typeof(KeyParsingTests), nameof(SpanAgreesWithString), kind);

    [Theory]
    [MemberData(nameof(EnumKinds.Names), MemberType = typeof(EnumKinds))]
    public void IsDefined_is_true_for_every_value_and_false_for_no_item_and_past_the_last_number(string kind) =>
        EnumKinds.Run(typeof(KeyParsingTests), nameof(IsDefinedOnlyForItems), kind);

    [Theory]
    [MemberData(nameof(EnumKinds.Names), MemberType = typeof(EnumKinds))]
    public void Values_are_in_the_content_order_and_Keys_line_up_with_them(string kind) =>
        EnumKinds.Run(typeof(KeyParsingTests), nameof(ValuesAndKeysLineUp), kind);

    [Fact]
    public void Parse_names_the_nearest_key_of_a_typo()
    {
        var exception = Assert.Throws<FormatException>(() => RoleIdExtensions.Parse("appsec-enginer"));

        Assert.Equal("'appsec-enginer' is not a RoleId key; did you mean 'appsec-engineer'?", exception.Message);
    }

    [Fact]
    public void Parse_lists_the_keys_when_none_is_near_and_there_are_few()
    {
        var exception = Assert.Throws<FormatException>(() => TriageOutcomeExtensions.Parse("maybe"));

        Assert.Equal("'maybe' is not a TriageOutcome key; the keys are 'block-release', 'backlog-work', 'accepted-risk'.", exception.Message);
    }

    private static void ParseRoundTrips<T>(EnumKind<T> kind)
        where T : struct, Enum
    {
        for (var i = 0; i < kind.ContentKeys.Count; i++)
        {
            var key = kind.ContentKeys[i];
            var value = kind.Parse(key);

            Assert.Equal(kind.Values[i], value);
            Assert.Equal(key, kind.ToKey(value));
            Assert.True(kind.TryParse(key, out var parsed));
            Assert.Equal(value, parsed);
        }

        Assert.Throws<ArgumentNullException>(() => kind.Parse(null!));
        Assert.False(kind.TryParse(null, out var fromNull));
        Assert.Equal(default, fromNull);
    }

    private static void ParseRefusesNearMisses<T>(EnumKind<T> kind)
        where T : struct, Enum
    {
        var keys = new HashSet<string>(kind.Keys, StringComparer.Ordinal);
        foreach (var key in kind.Keys)
        {
            foreach (var (variant, meansThisKey) in Variants(key).Where(v => !keys.Contains(v.Text)).Distinct())
            {
                var exception = Assert.Throws<FormatException>(() => kind.Parse(variant));
                Assert.StartsWith("'" + variant + "' is not a " + kind.Name + " key", exception.Message, StringComparison.Ordinal);
                if (meansThisKey)
                {
                    Assert.Equal("'" + variant + "' is not a " + kind.Name + " key; did you mean '" + key + "'?", exception.Message);
                }

                Assert.False(kind.TryParse(variant, out var value), kind.Name + " parsed '" + variant + "'");
                Assert.Equal(default, value);
            }
        }
    }

    private static void SpanAgreesWithString<T>(EnumKind<T> kind)
        where T : struct, Enum
    {
        var candidates = kind.Keys.Concat(kind.Keys.SelectMany(key => Variants(key).Select(v => v.Text))).Append(string.Empty);
        foreach (var candidate in candidates)
        {
            var fromString = kind.TryParse(candidate, out var stringValue);
            var fromSpan = kind.TryParseSpan(candidate.AsSpan(), out var spanValue);

            Assert.True(fromString == fromSpan, kind.Name + ": string and span disagree on '" + candidate + "'");
            Assert.Equal(stringValue, spanValue);
        }

        // A span is a slice: a key inside a longer text parses, and the text around it does not count.
        foreach (var key in kind.Keys)
        {
            var text = "[" + key + "]";
            Assert.True(kind.TryParseSpan(text.AsSpan(1, key.Length), out var sliced));
            Assert.Equal(kind.Parse(key), sliced);
            Assert.False(kind.TryParseSpan(text.AsSpan(0, key.Length + 1), out _));
        }
    }

    private static void IsDefinedOnlyForItems<T>(EnumKind<T> kind)
        where T : struct, Enum
    {
        Assert.All(kind.Values, value => Assert.True(kind.IsDefined(value)));

        var numbers = kind.Values.Select(EnumKind<T>.NumberOf).ToHashSet();
        var notItems = new[] { 0, kind.PastTheEnd, kind.PastTheEnd + 1, -1, int.MaxValue, int.MinValue }
            .Concat(Enumerable.Range(1, kind.PastTheEnd - 1).Where(n => !numbers.Contains(n)));
        foreach (var number in notItems)
        {
            var value = EnumKind<T>.FromNumber(number);
            Assert.False(kind.IsDefined(value), kind.Name + " " + number.ToString(CultureInfo.InvariantCulture) + " is defined");
            Assert.Throws<ArgumentOutOfRangeException>(() => kind.ToKey(value));
        }

        Assert.False(kind.IsDefined(default));
    }

    private static void ValuesAndKeysLineUp<T>(EnumKind<T> kind)
        where T : struct, Enum
    {
        Assert.Equal(kind.ContentKeys, kind.Values.Select(kind.ToKey));
        Assert.Equal(kind.ContentKeys, kind.Keys);
        Assert.Equal(Enum.GetValues<T>().Order(), kind.Values.Order());
        Assert.Equal(kind.Values.Count, kind.Values.Distinct().Count());

        // Values and Keys are shared: a consumer cannot change them for everyone else.
        Assert.Throws<NotSupportedException>(() => ((IList<T>)kind.Values)[0] = default);
        Assert.Throws<NotSupportedException>(() => ((IList<string>)kind.Keys)[0] = "changed");
        Assert.Throws<NotSupportedException>(() => ((ICollection<T>)kind.Values).Add(default));
    }

    /// <summary>
    /// Texts that are not <paramref name="key"/> but come from it: every prefix, extensions, case variants and every
    /// single-character edit; <c>MeansThisKey</c> where the message must name <paramref name="key"/> as the nearest.
    /// </summary>
    private static IEnumerable<(string Text, bool MeansThisKey)> Variants(string key)
    {
        for (var length = 0; length < key.Length; length++)
        {
            yield return (key[..length], false);
        }

        yield return (key + "s", true);
        yield return (key + "-", true);
        yield return (key + "-x", true);
        yield return (key + " ", true);
        yield return (" " + key, true);
        yield return (key + "\0", true);
        yield return (key + key, false);

        yield return (key.ToUpperInvariant(), true);
        yield return (char.ToUpperInvariant(key[0]) + key[1..], true);
        yield return (CultureInfo.InvariantCulture.TextInfo.ToTitleCase(key), true);
        yield return (key.Replace('-', '_'), true);
        yield return (key.Replace("-", string.Empty, StringComparison.Ordinal), true);
        yield return (key.Replace('i', '\u0131'), false); // dotless i: a culture-sensitive comparison would let it through

        for (var i = 0; i < key.Length; i++)
        {
            yield return (key.Remove(i, 1), true);
            yield return (key[..i] + (key[i] == 'x' ? 'y' : 'x') + key[(i + 1)..], true);
            yield return (key[..i] + char.ToUpperInvariant(key[i]) + key[(i + 1)..], true);
            if (i + 1 < key.Length && key[i] != key[i + 1])
            {
                yield return (key[..i] + key[i + 1] + key[i] + key[(i + 2)..], true);
            }
        }
    }
}
