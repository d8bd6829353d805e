using System;
using System.IO;
using RoleTaxonomy.Generator.Tests.Infrastructure;
using RoleTaxonomy.Testing;
using Xunit;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RoleTaxonomy.Generator.Tests;

/// <summary>
/// The tests' one writer of taxonomy YAML (fixtures, synthetic benchmark content, random taxonomies, mutation tokens):
/// it lays files out as the hand-written fixtures are, and every text it writes reads back as exactly that text.
/// </summary>
public sealed class ContentWriterTests
{
    [Fact]
    public void The_fixture_records_are_written_as_the_fixture_files_spell_them()
    {
        // The fixtures are raw string literals, which end without a line break; a written file ends with one.
        Assert.Equal(Fixtures.Role + "\n", ContentWriter.Role(Fixtures.Champion));
        Assert.Equal(Fixtures.Vocabulary + "\n", ContentWriter.Vocabulary(Fixtures.Outcomes));
        Assert.Equal(Fixtures.Page + "\n", ContentWriter.Page(Fixtures.ChampionsPage));
        Assert.Equal(Fixtures.Numbers + "\n", ContentWriter.Numbers(new[] { Fixtures.Champion }, new[] { Fixtures.Outcomes }));
    }

    [Fact]
    public void Optional_fields_are_written_in_the_schemas_order_and_left_out_when_absent()
    {
        var member = new MemberContent("a", "A") { Identifier = "First", Description = "The first.", Attributes = new[] { ("on", "x: y") } };
        var vocabulary = new VocabularyContent("v", "V", "Vs", new[] { member, new MemberContent("b", "B") }) { Identifier = "Vee" };

        Assert.Equal(
            "kind: vocabulary\nkey: v\nidentifier: Vee\ntypeName: V\nname: Vs\nmembers:\n"
            + "  - key: a\n    identifier: First\n    name: A\n    description: The first.\n    attributes:\n      \"on\": \"x: y\"\n"
            + "  - key: b\n    name: B\n",
            ContentWriter.Vocabulary(vocabulary));
    }

    [Theory]
    [InlineData("Security Champion", ScalarStyle.Plain)]
    [InlineData("The team's pull requests, and “hacking the app” (1st).", ScalarStyle.Plain)]
    [InlineData("Use this page for:", ScalarStyle.DoubleQuoted)]
    [InlineData("a: b", ScalarStyle.DoubleQuoted)]
    [InlineData("a #b", ScalarStyle.DoubleQuoted)]
    [InlineData("- a", ScalarStyle.DoubleQuoted)]
    [InlineData("no", ScalarStyle.DoubleQuoted)]
    [InlineData("Null", ScalarStyle.DoubleQuoted)]
    [InlineData("trailing ", ScalarStyle.DoubleQuoted)]
    [InlineData("", ScalarStyle.DoubleQuoted)]
    [InlineData("First paragraph.\n\nSecond: with a colon, # and \"quotes\".", ScalarStyle.Literal)]
    [InlineData("a\nb\n", ScalarStyle.DoubleQuoted)]
    [InlineData("\na", ScalarStyle.DoubleQuoted)]
    [InlineData("a\n  indented", ScalarStyle.DoubleQuoted)]
    [InlineData("a\r\nb", ScalarStyle.DoubleQuoted)]
    [InlineData("a\n\u202Eb", ScalarStyle.DoubleQuoted)]
    [InlineData("a\n\u00A0", ScalarStyle.DoubleQuoted)]
    [InlineData("a\n\uFFFD", ScalarStyle.DoubleQuoted)]
    public void A_text_is_plain_a_literal_block_or_double_quoted_and_reads_back_as_written(string text, ScalarStyle style)
    {
        var scalar = ReadBack(text);

        Assert.Equal(text, scalar.Value);
        Assert.Equal(style, scalar.Style);
    }

    [Theory]
    [MemberData(nameof(RoundTripTests.HostileTexts), MemberType = typeof(RoundTripTests))]
    public void Hostile_texts_read_back_as_written(string text)
    {
        Assert.Equal(text, ReadBack(text).Value);
        Assert.Equal("x" + text, ReadBack("x" + text).Value);
        Assert.Equal(text + "\n\n" + text, ReadBack(text + "\n\n" + text).Value);
    }

    [Theory]
    [InlineData("\uFFFD")]
    [InlineData("a \uFFFD b")]
    public void A_replacement_character_is_escaped_because_the_generator_reads_a_raw_one_as_an_unreadable_byte(string text)
    {
        var scalar = ContentWriter.Scalar(text);

        Assert.DoesNotContain('\uFFFD', scalar);
        Assert.Contains("\\uFFFD", scalar, StringComparison.Ordinal);
        Assert.Equal(text, ReadBack(text).Value);
    }

    [Fact]
    public void A_lone_surrogate_has_no_YAML_form()
    {
        Assert.Throws<ArgumentException>(() => ContentWriter.DoubleQuoted("a\uD800b"));
    }

    /// <summary>The text written as the value of a field, read back by YamlDotNet, as the generator's reader reads it.</summary>
    private static YamlScalarNode ReadBack(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(ContentWriter.Field("field", text)));
        return (YamlScalarNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("field")];
    }
}
