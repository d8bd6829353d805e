using System.Linq;
using Microsoft.CodeAnalysis;
using RoleTaxonomy.Generator.Tests.Infrastructure;
using RoleTaxonomy.Testing;
using Xunit;

namespace RoleTaxonomy.Generator.Tests;

/// <summary>
/// Text that could break out of a C# literal or an XML doc comment reaches the generated API unchanged, and the
/// generated code compiles without a warning (doc comments checked as a documentation build checks them).
/// </summary>
public sealed class RoundTripTests
{
    public static TheoryData<string> HostileTexts() => new()
    {
        "\"", "\\", "{", "}", "{0}", "\"\"\"", "\"\"\"\"raw\"\"\"\"", "*/", "/*", "// not a comment", "</summary>", "<summary>", "<see cref=\"X\"/>",
        "&", "&amp;", "&#x41;", "a\rb", "a\nb", "a\r\nb", "a\u0085b", "a\u2028b", "a\u2029b", "\\u0041", "@\"verbatim\"", "$\"{x}\"",
        "#if DEBUG", "#endregion", "\u202Eevil\u202C", "\u2066iso\u2069", "zero\u200Bwidth", "\uFEFFbom", "tab\there", "nul\0here",
        "\u0001\u001F\u007F\u009F", "\uFFFE\uFFFF", "\uFFFD", "\uE000", "🙂 👩‍💻", "İıiI", "trailing \\",
    };

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Hostile_text_survives_in_every_kind_of_field(string text)
    {
        var quoted = ContentWriter.DoubleQuoted("x" + text);
        var role = Fixtures.Role
            .Replace("name: Security Champion", "name: " + quoted, System.StringComparison.Ordinal)
            .Replace("  - reviewed changes", "  - " + quoted, System.StringComparison.Ordinal)
            .Replace("    title: Review the team's changes", "    title: " + quoted, System.StringComparison.Ordinal);
        var vocabulary = Fixtures.Vocabulary
            .Replace("description: What a review can end in.", "description: " + quoted, System.StringComparison.Ordinal)
            .Replace("      cwe: CWE-1", "      " + quoted + ": " + quoted, System.StringComparison.Ordinal);
        var run = GeneratorHarness.Run(new YamlFile(Fixtures.RolePath, role), new YamlFile(Fixtures.VocabularyPath, vocabulary));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationProblems);
        var values = (object[])GeneratedAssembly.Evaluate(run,
            "new object[] { Roles.SecurityChampion.Name, Roles.SecurityChampion.TypicalOutputs[0], TaskPatterns.ChampionReview.Title, " +
            "Outcomes.Vocabulary.Description!, Outcomes.Fixed.Attributes.Keys.Single(), Outcomes.Fixed.Attributes.Values.Single(), " +
            "RoleIdExtensions.TryParse(\"security-champion\", out var id) ? id.ToDisplayName() : \"\" }",
            "RoleTaxonomy", "System.Linq")!;
        Assert.All(values, value => Assert.Equal("x" + text, value));
    }

    [Fact]
    public void Multi_paragraph_text_round_trips_from_a_block_scalar_with_CRLF_line_ends()
    {
        var role = Fixtures.Role.Replace("\n", "\r\n", System.StringComparison.Ordinal);
        var run = GeneratorHarness.Run(new YamlFile(Fixtures.RolePath, role), new YamlFile(Fixtures.VocabularyPath, Fixtures.Vocabulary));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal("First paragraph.\n\nSecond paragraph.", GeneratedAssembly.Evaluate(run, "TaskPatterns.ChampionReview.Text", "RoleTaxonomy"));
    }

    [Fact]
    public void Formatting_characters_are_escaped_in_generated_literals_and_dropped_from_doc_comments()
    {
        var role = Fixtures.Role.Replace("name: Security Champion", "name: " + ContentWriter.DoubleQuoted("a\u202Eb\u200Bc\uFEFFd"), System.StringComparison.Ordinal);
        var run = GeneratorHarness.Run(new YamlFile(Fixtures.RolePath, role), new YamlFile(Fixtures.VocabularyPath, Fixtures.Vocabulary));

        var source = run.Source("Roles.g.cs");
        Assert.Contains("\"a\\u202Eb\\u200Bc\\uFEFFd\"", source, System.StringComparison.Ordinal);
        Assert.Contains("/// <summary>abcd: ", source, System.StringComparison.Ordinal);
        Assert.DoesNotContain(run.Sources.SelectMany(s => s.SourceText.ToString()), c => c is '\u202E' or '\u200B' or '\uFEFF');
    }

    [Fact]
    public void Doc_comment_text_stays_on_its_line()
    {
        var role = Fixtures.Role.Replace("name: Security Champion", "name: " + ContentWriter.DoubleQuoted("a\nb\rc\u0085d\u2028e\u2029f</summary> public static int X;"), System.StringComparison.Ordinal);
        var run = GeneratorHarness.Run(new YamlFile(Fixtures.RolePath, role), new YamlFile(Fixtures.VocabularyPath, Fixtures.Vocabulary));

        Assert.Contains("/// <summary>a b c d e f&lt;/summary&gt; public static int X;: Brings security into a product team.</summary>", run.Source("RoleId.g.cs"), System.StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void Vocabularies_whose_CSharp_names_differ_only_in_case_each_get_their_own_file()
    {
        // 'ab-c' and 'abc' become AbC and Abc: two C# names, one file name on a case-insensitive disk. Generated
        // files were once named after the C# name, and the compiler refused the second (CS8785: the generator failed).
        var first = Fixtures.Vocabulary.Replace("key: outcomes", "key: ab-c", System.StringComparison.Ordinal).Replace("typeName: Outcome", "typeName: First", System.StringComparison.Ordinal);
        var second = Fixtures.Vocabulary.Replace("key: outcomes", "key: abc", System.StringComparison.Ordinal).Replace("typeName: Outcome", "typeName: Second", System.StringComparison.Ordinal);
        var run = GeneratorHarness.Run(new YamlFile("taxonomy/first.yaml", first), new YamlFile("taxonomy/second.yaml", second));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Null(run.Result.Results.Single().Exception);
        Assert.Contains(run.Sources, s => s.HintName == "Vocabularies.ab-c.g.cs");
        Assert.Contains(run.Sources, s => s.HintName == "Vocabularies.abc.g.cs");
        Assert.Equal("ab-c abc", GeneratedAssembly.Evaluate(run, "AbC.Vocabulary.Key + \" \" + Abc.Vocabulary.Key", "RoleTaxonomy"));
    }

    [Fact]
    public void Identifier_from_key_sanitizes_what_content_validation_would_reject()
    {
        Assert.Equal("AppsecEngineer", Naming.Identifier.FromKey("appsec-engineer"));
        Assert.Equal("Class", Naming.Identifier.FromKey("class"));
        Assert.Equal("_1st", Naming.Identifier.FromKey("1st"));
        Assert.Equal("A_b", Naming.Identifier.FromKey("a_b"));
        Assert.Equal("AB", Naming.Identifier.FromKey("a-b"));
        Assert.Equal("A_b_", Naming.Identifier.FromKey("a\u200Bb🙂".Replace("🙂", "!", System.StringComparison.Ordinal)));
        Assert.Equal("_", Naming.Identifier.FromKey(""));
        Assert.Equal("İstanbul", Naming.Identifier.FromKey("istanbul".Replace('i', 'İ')));
        Assert.Equal("@class", Naming.Identifier.Escape("class"));
        Assert.False(Naming.Identifier.IsValid("A\u200BB"));
        Assert.False(Naming.Identifier.IsValid("class"));
        Assert.True(Naming.Identifier.IsValid("İstanbul"));
    }
}
