using RoleTaxonomy.Testing;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using RoleTaxonomy.Generator.Tests.Infrastructure;
using Xunit;
using static RoleTaxonomy.Generator.Tests.DiagnosticTests;

namespace RoleTaxonomy.Generator.Tests;

/// <summary>
/// Malformed and hostile YAML, one case at a time: each gets its diagnostic at its place, or is read as exactly
/// the text it is. Lines and columns are one-based, as the compiler prints them.
/// </summary>
public sealed class HostileInputTests
{
    private const string RolePath = Fixtures.RolePath;
    private const string VocabularyPath = Fixtures.VocabularyPath;

    // Encoding and characters

    [Fact]
    public void Tab_indentation_is_invalid_yaml_at_the_tab()
    {
        var run = RunRole(Fixtures.Role.Replace("  misconception:", "\tmisconception:", System.StringComparison.Ordinal));

        AssertOnly(run, "RT0001", RolePath, 11, 1);
        Assert.Contains("tab", Message(run), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Tab_inside_a_text_is_read_as_a_tab()
    {
        var run = RunRole(Fixtures.Role.Replace("name: Security Champion", "name: \"Security\tChampion\"", System.StringComparison.Ordinal));

        Assert.Equal("Security\tChampion", Value(run, "Roles.SecurityChampion.Name"));
    }

    [Fact]
    public void Byte_order_mark_at_the_start_is_accepted_and_positions_are_unchanged()
    {
        var run = RunRole("\uFEFF" + Fixtures.Role.Replace("name: Security Champion", "name: \"\"", System.StringComparison.Ordinal));

        AssertOnly(run, "RT0013", RolePath, 3, 7);
        Assert.Equal("Security Champion", Value(RunRole("\uFEFF" + Fixtures.Role), "Roles.SecurityChampion.Name"));
    }

    [Fact]
    public void Byte_order_mark_in_the_middle_is_an_invalid_character()
    {
        var run = RunRole(Fixtures.Role.Replace("name: Security", "name: \uFEFFSecurity", System.StringComparison.Ordinal));

        AssertOnly(run, "RT0024", RolePath, 3, 7);
        Assert.Contains("byte order mark", Message(run), System.StringComparison.Ordinal);
    }

    [Fact]
    public void NUL_is_an_invalid_character()
    {
        AssertOnly(RunRole(Fixtures.Role.Replace("name: Security", "name: Sec\0urity", System.StringComparison.Ordinal)), "RT0024", RolePath, 3, 10);
    }

    [Theory]
    [InlineData(0xD800)]
    [InlineData(0xDFFF)]
    public void Lone_surrogate_is_an_invalid_character(int surrogate)
    {
        var run = RunRole(Fixtures.Role.Replace("name: Security", "name: Sec" + (char)surrogate + "urity", System.StringComparison.Ordinal));

        AssertOnly(run, "RT0024", RolePath, 3, 10);
        Assert.Contains("lone surrogate", Message(run), System.StringComparison.Ordinal);
        Assert.DoesNotContain("which is not valid UTF-16, which", Message(run), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Escaped_lone_surrogate_is_invalid_yaml()
    {
        AssertOnly(RunRole(Fixtures.Role.Replace("name: Security Champion", "name: \"a\\uD800b\"", System.StringComparison.Ordinal)), "RT0001", RolePath, 3, 7);
    }

    [Fact]
    public void Surrogate_pair_is_read_as_it_is()
    {
        var run = RunRole(Fixtures.Role.Replace("name: Security Champion", "name: Security 🛡️ Champion", System.StringComparison.Ordinal));

        Assert.Equal("Security 🛡️ Champion", Value(run, "Roles.SecurityChampion.Name"));
    }

    [Theory]
    [InlineData(0x0085, "\\N")]
    [InlineData(0x2028, "\\L")]
    [InlineData(0x2029, "\\P")]
    public void Raw_line_separators_that_YAML_1_1_reads_as_line_breaks_are_invalid_characters(int separator, string escape)
    {
        var run = RunRole(Fixtures.Role.Replace("name: Security Champion", "name: Security" + (char)separator + "Champion", System.StringComparison.Ordinal));

        AssertOnly(run, "RT0024", RolePath, 3, 15);
        Assert.Contains("write " + escape + " inside double quotes", Message(run), System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    [InlineData("utf-8")]
    public void Input_with_a_byte_order_mark_is_decoded_and_read(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Fixtures.Role.Replace("Security Champion", "Sécurité Champion", System.StringComparison.Ordinal))).ToArray();
        var run = RunBytes(bytes);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal("Sécurité Champion", Value(run, "Roles.SecurityChampion.Name"));
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    public void UTF16_without_a_byte_order_mark_is_named_and_the_fix_given(string encodingName)
    {
        var run = RunBytes(Encoding.GetEncoding(encodingName).GetBytes(Fixtures.Role));

        AssertOnly(run, "RT0035", RolePath, 1, 1);
        Assert.Contains("UTF-16 without a byte order mark", Message(run), System.StringComparison.Ordinal);
        Assert.Contains("Save the file as UTF-8", Message(run), System.StringComparison.Ordinal);
    }

    /// <summary>"Sécurité": the first 'é' is at line 3, column 8 of the fixture role.</summary>
    private static readonly string AccentedRole =
        Fixtures.Role.Replace("name: Security Champion", "name: Sécurité Champion", System.StringComparison.Ordinal);

    [Theory]
    [InlineData("iso-8859-1")]
    [InlineData("windows-1252")]
    public void A_file_in_a_legacy_encoding_is_an_error_at_the_first_letter_UTF8_cannot_read(string encodingName)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var run = RunBytes(Encoding.GetEncoding(encodingName).GetBytes(AccentedRole));

        AssertOnly(run, "RT0035", RolePath, 3, 8);
        Assert.Contains("Windows-1252 or Latin-1", Message(run), System.StringComparison.Ordinal);
        Assert.Contains("Save the file as UTF-8", Message(run), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Windows_1252_quotes_that_Latin1_lacks_are_found_too()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var role = Fixtures.Role.Replace("name: Security Champion", "name: Security \u201CChampion\u201D", System.StringComparison.Ordinal);

        var run = RunBytes(Encoding.GetEncoding("windows-1252").GetBytes(role));

        AssertOnly(run, "RT0035", RolePath, 3, 16);
    }

    [Fact]
    public void An_invalid_UTF8_sequence_is_an_error_at_its_place()
    {
        var utf8 = Encoding.UTF8.GetBytes(Fixtures.Role);
        var at = System.Array.IndexOf(utf8, (byte)'C', System.Array.IndexOf(utf8, (byte)'S'));
        var bytes = utf8.Take(at).Concat(new byte[] { 0xC3, 0x28 }).Concat(utf8.Skip(at)).ToArray();

        var run = RunBytes(bytes);

        AssertOnly(run, "RT0035", RolePath, 3, 16);
    }

    [Fact]
    public void A_raw_replacement_character_cannot_be_told_from_an_unreadable_byte_and_the_message_says_how_to_write_it()
    {
        var run = RunRole(Fixtures.Role.Replace("name: Security Champion", "name: Security \uFFFD", System.StringComparison.Ordinal));

        AssertOnly(run, "RT0035", RolePath, 3, 16);
        Assert.Contains("\"\\uFFFD\"", Message(run), System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_replacement_character_written_as_an_escape_is_read_as_the_character()
    {
        var run = RunRole(Fixtures.Role.Replace("name: Security Champion", "name: \"Security \\uFFFD\"", System.StringComparison.Ordinal));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal("Security \uFFFD", Value(run, "Roles.SecurityChampion.Name"));
    }

    // The common YAML mistakes, in the author's terms

    public static TheoryData<string, string, string, int, int, string> YamlMistakes() => new()
    {
        { "unquoted colon", "summary: Brings security into a product team.", "summary: Brings security: into a product team.", 4, 25,
            "which YAML reads as the start of another field: put the whole value in double quotes, as in summary: \"Brings security: into a product team.\"" },
        { "value starts with @", "name: Security Champion", "name: @Security Champion", 3, 7,
            "YAML does not let a value start with '@': put the whole value in double quotes, as in name: \"@Security Champion\"" },
        { "value starts with a backtick", "name: Security Champion", "name: `Security` Champion", 3, 7, "YAML does not let a value start with '`'" },
        { "value starts with %", "name: Security Champion", "name: %Security", 3, 7, "YAML does not let a value start with '%'" },
        { "list item starts with @", "  - reviewed changes\n", "  - @reviewed changes\n", 7, 5,
            "YAML does not let a value start with '@': put the whole value in double quotes, as in - \"@reviewed changes\"" },
        { "tab as indentation", "  - reviewed changes\n", "\t- reviewed changes\n", 7, 1, "A tab indents this line, and YAML indents with spaces only: replace the tab with spaces" },
        { "list item without its space", "  - reviewed changes\n", "  - reviewed changes\n  -fixed findings\n", 8, 3, "This list item has no space after its '-'" },
        { "unclosed quote", "name: Security Champion", "name: \"Security Champion", 3, 7, "The quote '\"' that starts here is never closed" },
        { "field indented too far", "centerOfGravity:", " centerOfGravity:", 5, 2, "'centerOfGravity' is indented further than the line above it" },
        { "value in brackets that goes on", "name: Security Champion", "name: [Security] Champion", 3, 18,
            "A value that starts with [ must end with ], and this one goes on after it: put the whole value in quotes, as in name: '[Security] Champion'" },
        { "list item indented out of step", "  - reviewed changes\n", "  - reviewed changes\n - fixed findings\n", 8, 2, "This line is indented out of step with the lines above it" },
    };

    [Theory]
    [MemberData(nameof(YamlMistakes))]
    public void A_common_YAML_mistake_gets_the_edit_to_make_at_the_mistake(string mistake, string from, string to, int line, int column, string advice)
    {
        var run = RunRole(Fixtures.Role.Replace(from, to, System.StringComparison.Ordinal));

        AssertOnly(run, "RT0001", RolePath, line, column);
        Assert.True(Message(run).Contains(advice, System.StringComparison.Ordinal), $"{mistake}: {Message(run)}");
        Assert.Contains("(the YAML parser says: ", Message(run), System.StringComparison.Ordinal);
    }

    // Read differently from what the indentation suggests

    [Fact]
    public void An_over_indented_list_item_folded_into_the_one_above_is_a_warning_at_its_dash()
    {
        var run = RunRole(Fixtures.Role.Replace("  - reviewed changes\n", "  - reviewed changes\n    - fixed findings\n", System.StringComparison.Ordinal));

        var warning = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("RT0036", DiagnosticSeverity.Warning), (warning.Id, warning.Severity));
        var position = warning.Location.GetLineSpan().StartLinePosition;
        Assert.Equal((8, 5), (position.Line + 1, position.Character + 1));
        Assert.Contains("'reviewed changes - fixed findings'", Message(run), System.StringComparison.Ordinal);
        Assert.Contains("indent its '-' as far as the '-' of the other items", Message(run), System.StringComparison.Ordinal);
        Assert.Equal("reviewed changes - fixed findings", Value(run, "Roles.SecurityChampion.TypicalOutputs[0]"));
    }

    [Fact]
    public void A_field_value_whose_next_line_starts_with_a_dash_is_the_same_warning()
    {
        var run = RunRole(Fixtures.Role.Replace("summary: Brings security into a product team.\n",
            "summary: Brings security into a product team.\n  - and into its backlog\n", System.StringComparison.Ordinal));

        var warning = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("RT0036", warning.Id);
        var position = warning.Location.GetLineSpan().StartLinePosition;
        Assert.Equal((5, 3), (position.Line + 1, position.Character + 1));
    }

    [Theory]
    [InlineData("  - reviewed changes\n", "  - reviewed changes\n    that span two lines\n")]
    [InlineData("  - reviewed changes\n", "  - reviewed changes\n  - fixed findings\n")]
    [InlineData("  - reviewed changes\n", "  - |-\n    reviewed changes\n    - fixed findings\n")]
    [InlineData("  - reviewed changes\n", "  - \"reviewed changes\n    - fixed findings\"\n")]
    [InlineData("  - reviewed changes\n", "  - reviewed changes -\n    in pairs\n")]
    public void Text_that_continues_on_its_next_line_as_written_gets_no_warning(string from, string to)
    {
        var run = RunRole(Fixtures.Role.Replace(from, to, System.StringComparison.Ordinal));

        Assert.Empty(run.GeneratorDiagnostics);
    }

    [Fact]
    public void Bidirectional_controls_are_a_warning_at_each_one_and_the_code_is_still_generated()
    {
        var run = RunRole(Fixtures.Role.Replace("name: Security Champion", "name: Security \u202EChampion\u202C \u2066x\u2069", System.StringComparison.Ordinal));

        var warnings = run.GeneratorDiagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToList();
        Assert.All(warnings, w => Assert.Equal(("RT0025", DiagnosticSeverity.Warning), (w.Id, w.Severity)));
        Assert.Equal<int>([16, 25, 27, 29], warnings.Select(w => w.Location.GetLineSpan().StartLinePosition.Character + 1));
        Assert.All(warnings, w => Assert.Equal(2, w.Location.GetLineSpan().StartLinePosition.Line));
        Assert.Equal("Security \u202EChampion\u202C \u2066x\u2069", Value(run, "Roles.SecurityChampion.Name"));
    }

    [Fact]
    public void Bidirectional_controls_in_comments_are_reported_too()
    {
        var run = RunRole("# admin\u202E \u2066// not really\u2069\n" + Fixtures.Role);

        Assert.Equal<int>([8, 10, 24], run.GeneratorDiagnostics.Select(d => d.Location.GetLineSpan().StartLinePosition.Character + 1).OrderBy(c => c));
    }

    [Fact]
    public void Positions_after_lone_carriage_returns_count_them_as_line_breaks()
    {
        AssertOnly(RunRole(Fixtures.Role.Replace("\n", "\r", System.StringComparison.Ordinal).Replace("name: Security", "name: Sec\0urity", System.StringComparison.Ordinal)), "RT0024", RolePath, 3, 10);
    }

    // File structure

    [Theory]
    [InlineData("", 1, 1)]
    [InlineData("   \n\n", 1, 1)]
    [InlineData("# only\n# comments\n", 1, 1)]
    [InlineData("kind: role\n---\nkind: role\n", 2, 1)]
    [InlineData("--- \n...\n--- \n", 3, 1)]
    public void Files_without_exactly_one_document(string text, int line, int column) =>
        AssertOnly(RunExtra(text), "RT0017", "taxonomy/extra.yaml", line, column);

    [Theory]
    [InlineData("~\n", 1, 1)]
    [InlineData("null\n", 1, 1)]
    [InlineData("---\n", 1, 1)]
    [InlineData("--- ~\n", 1, 5)]
    [InlineData("just text\n", 1, 1)]
    [InlineData("- kind: role\n", 1, 1)]
    public void Root_that_is_not_a_mapping(string text, int line, int column)
    {
        var run = RunExtra(text);

        AssertOnly(run, "RT0004", "taxonomy/extra.yaml", line, column);
        Assert.StartsWith("'The document' must be a mapping that starts with 'kind:'", Message(run), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Scalar_where_a_mapping_belongs()
    {
        var run = RunRole(Fixtures.Role.Replace("outsidersMiss:\n  misconception: The job is not only running scanners.\n  reality: It is making security part of how the team works.", "outsidersMiss: nothing", System.StringComparison.Ordinal));

        AssertOnly(run, "RT0004", RolePath, 10, 16);
        Assert.Equal(
            "'outsidersMiss' must be a mapping, not text: write its fields (misconception, reality) on the lines below 'outsidersMiss:', indented, one 'name: value' per line",
            Message(run));
    }

    [Fact]
    public void Mapping_where_a_scalar_belongs()
    {
        var run = RunRole(Fixtures.Role.Replace("name: Security Champion", "name: { first: Security, last: Champion }", System.StringComparison.Ordinal));

        AssertOnly(run, "RT0004", RolePath, 3, 7);
        Assert.Equal(
            "'name' must be text, not a mapping: write the text on the same line as 'name:'; a text that starts with '-' or holds ': ' goes in double quotes",
            Message(run));
    }

    [Fact]
    public void List_where_a_scalar_belongs()
    {
        AssertOnly(RunRole(Fixtures.Role.Replace("name: Security Champion", "name:\n  - Security Champion", System.StringComparison.Ordinal)), "RT0004", RolePath, 4, 3);
    }

    [Fact]
    public void Mapping_as_a_mapping_key()
    {
        var run = RunRole(Fixtures.Role.Replace("name: Security Champion", "name: Security Champion\n? { a: b }\n: c", System.StringComparison.Ordinal));

        AssertOnly(run, "RT0004", RolePath, 4, 3);
        Assert.Equal("'a mapping key' must be text, not a mapping: write the field's name as plain text before its ':'", Message(run));
    }

    // YAML 1.1 booleans and nulls are text

    [Theory]
    [InlineData("no")]
    [InlineData("yes")]
    [InlineData("on")]
    [InlineData("off")]
    [InlineData("~")]
    [InlineData("null")]
    [InlineData("Null")]
    [InlineData("true")]
    [InlineData("y")]
    [InlineData("0x1F")]
    [InlineData("1e3")]
    [InlineData(".nan")]
    public void Scalars_that_YAML_would_type_stay_the_text_they_are(string text)
    {
        var run = RunRole(Fixtures.Role
            .Replace("name: Security Champion", "name: " + text, System.StringComparison.Ordinal)
            .Replace("  - reviewed changes", "  - " + text, System.StringComparison.Ordinal));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal<object>([text, text], (object[])Value(run, "new object[] { Roles.SecurityChampion.Name, Roles.SecurityChampion.TypicalOutputs[0] }")!);
    }

    [Theory]
    [InlineData("no")]
    [InlineData("yes")]
    [InlineData("on")]
    [InlineData("null")]
    public void YAML_1_1_booleans_and_nulls_as_keys_are_keys(string key)
    {
        var run = RunRole(Fixtures.Role.Replace("key: security-champion", "key: " + key, System.StringComparison.Ordinal));

        Assert.Empty(run.GeneratorDiagnostics);
        var name = char.ToUpperInvariant(key[0]) + key[1..];
        Assert.Equal(key, Value(run, $"Roles.{name}.Key"));
    }

    [Fact]
    public void YAML_1_1_booleans_and_nulls_as_data_keys_are_kept_as_written()
    {
        var run = RunVocabulary(Fixtures.Vocabulary.Replace("      cwe: CWE-1", "      yes: no\n      on: off\n      ~: null\n      y: n", System.StringComparison.Ordinal));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal("no|off|null|n", Value(run, "string.Join(\"|\", Outcomes.Fixed.Attributes[\"yes\"], Outcomes.Fixed.Attributes[\"on\"], Outcomes.Fixed.Attributes[\"~\"], Outcomes.Fixed.Attributes[\"y\"])"));
    }

    [Fact]
    public void YAML_1_1_boolean_as_a_field_name_is_an_unknown_field()
    {
        var run = RunRole(Fixtures.Role.Replace("name: Security Champion", "name: Security Champion\non: yes", System.StringComparison.Ordinal));

        AssertOnly(run, "RT0003", RolePath, 4, 1);
    }

    [Theory]
    [InlineData("name:", 3, 6)]
    [InlineData("name: ", 3, 6)]
    [InlineData("name: \"\"", 3, 7)]
    [InlineData("name: ''", 3, 7)]
    [InlineData("name: \"  \"", 3, 7)]
    [InlineData("name: |-\n", 3, 7)]
    public void Empty_value_is_a_diagnostic_never_a_default(string line, int lineNumber, int column) =>
        AssertOnly(RunRole(Fixtures.Role.Replace("name: Security Champion", line, System.StringComparison.Ordinal)), "RT0013", RolePath, lineNumber, column);

    [Fact]
    public void Tilde_in_a_list_stays_text()
    {
        var run = RunRole(Fixtures.Role.Replace("  - checkbox security", "  - ~\n  - null\n  -", System.StringComparison.Ordinal));

        // The third item is empty: nothing after the dash.
        AssertOnly(run, "RT0013", RolePath, 11, 4);
    }

    // Duplicate keys

    [Fact]
    public void Duplicate_field_directly()
    {
        var run = RunRole(Fixtures.Role.Replace("summary:", "name: Again\nsummary:", System.StringComparison.Ordinal));

        AssertOnly(run, "RT0006", RolePath, 4, 1);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(20)]
    public void Duplicate_key_is_found_in_a_mapping_of_any_size(int keys)
    {
        // A few keys are looked up among the entries and more through a dictionary: each key repeated once, at the end.
        var first = string.Concat(System.Linq.Enumerable.Range(0, keys).Select(i => $"k{i}: v{i}\n"));
        var text = first + string.Concat(System.Linq.Enumerable.Range(0, keys).Select(i => $"k{i}: again\n"));

        var result = RoleTaxonomy.Generator.Parsing.YamlReader.Read("taxonomy/big.yaml", text, RoleTaxonomy.Generator.Parsing.YamlLimits.Default, default);

        Assert.Equal(keys, result.Diagnostics.Count(d => d.Id == "RT0006"));
        Assert.Equal(System.Linq.Enumerable.Range(keys, keys), result.Diagnostics.Select(d => d.Location!.Line));
        var root = Assert.IsType<RoleTaxonomy.Generator.Parsing.YamlMappingSyntax>(result.Root);
        Assert.Equal(System.Linq.Enumerable.Range(0, keys).Select(i => "v" + i), root.Entries.Select(e => ((RoleTaxonomy.Generator.Parsing.YamlScalarSyntax)e.Value).Value));
    }

    [Fact]
    public void Duplicate_field_through_an_alias()
    {
        var run = RunRole(Fixtures.Role.Replace("name: Security Champion", "&field name: Security Champion\n*field : Again", System.StringComparison.Ordinal));

        var diagnostic = AssertOnly(run, "RT0006", RolePath, 4, 1);
        Assert.Contains("'name' appears more than once", diagnostic.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_data_key_through_an_alias()
    {
        var run = RunVocabulary(Fixtures.Vocabulary.Replace("      cwe: CWE-1", "      &a cwe: CWE-1\n      *a : CWE-2", System.StringComparison.Ordinal));

        AssertOnly(run, "RT0006", VocabularyPath, 11, 7);
    }

    [Fact]
    public void Field_names_that_differ_only_in_case_are_unknown_fields_with_a_suggestion()
    {
        var run = RunRole(Fixtures.Role.Replace("name: Security Champion", "name: Security Champion\nName: Again", System.StringComparison.Ordinal));

        AssertOnly(run, "RT0003", RolePath, 4, 1);
        Assert.EndsWith("did you mean 'name'?", Message(run), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Data_keys_that_differ_only_in_case_are_two_keys()
    {
        var run = RunVocabulary(Fixtures.Vocabulary.Replace("      cwe: CWE-1", "      cwe: CWE-1\n      CWE: CWE-2", System.StringComparison.Ordinal));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal("CWE-1 CWE-2", Value(run, "Outcomes.Fixed.Attributes[\"cwe\"] + \" \" + Outcomes.Fixed.Attributes[\"CWE\"]"));
    }

    [Fact]
    public void Item_keys_that_differ_only_in_case_are_invalid_keys_and_collide()
    {
        var run = RunVocabularyAlone(Fixtures.Vocabulary.Replace("  - key: accepted", "  - key: Fixed", System.StringComparison.Ordinal));

        Assert.Equal<string>(["RT0007", "RT0009"], run.GeneratorDiagnostics.Select(d => d.Id).Order(System.StringComparer.Ordinal));
        Assert.All(run.GeneratorDiagnostics, d => AssertAt(d, VocabularyPath, 11, 10));
    }

    // Keys that make awkward identifiers

    [Theory]
    [InlineData("1st")]
    [InlineData("a_b")]
    [InlineData("İ")]
    [InlineData("a\u200Bb")]
    [InlineData("a🙂")]
    [InlineData("class ")]
    [InlineData("a--b")]
    [InlineData("-a")]
    public void Awkward_keys_are_invalid_keys(string key)
    {
        var run = RunVocabularyAlone(Fixtures.Vocabulary.Replace("key: outcomes", "key: \"" + key + "\"", System.StringComparison.Ordinal));

        AssertOnly(run, "RT0007", VocabularyPath, 2, 6);
    }

    [Fact]
    public void Empty_key_is_an_empty_value()
    {
        AssertOnly(RunVocabularyAlone(Fixtures.Vocabulary.Replace("key: outcomes", "key: \"\"", System.StringComparison.Ordinal)), "RT0013", VocabularyPath, 2, 6);
    }

    [Fact]
    public void A_keyword_key_becomes_a_PascalCase_name()
    {
        var run = RunVocabulary(Fixtures.Vocabulary.Replace("  - key: accepted", "  - key: class", System.StringComparison.Ordinal), role: Fixtures.Role.Replace("        - accepted", "        - class", System.StringComparison.Ordinal));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal("class", Value(run, "Outcomes.Class.Key"));
    }

    [Fact]
    public void A_b_beside_ab_are_two_names()
    {
        var run = RunVocabulary(Fixtures.Vocabulary + "\n  - key: a-b\n    name: dashed\n  - key: ab\n    name: joined");

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal("dashed joined", Value(run, "Outcomes.AB.Name + \" \" + Outcomes.Ab.Name"));
    }

    [Fact]
    public void A_b_beside_a_underscore_b_only_the_underscore_is_invalid()
    {
        var run = RunVocabularyAlone(Fixtures.Vocabulary + "\n  - key: a-b\n    name: dashed\n  - key: a_b\n    name: underscored");

        AssertOnly(run, "RT0007", VocabularyPath, 15, 10);
    }

    [Fact]
    public void Identifier_a_b_beside_a_underscore_b_only_the_dash_is_invalid()
    {
        var run = RunVocabularyAlone(Fixtures.Vocabulary + "\n  - key: first\n    identifier: a_b\n    name: x\n  - key: second\n    identifier: a-b\n    name: y");

        AssertOnly(run, "RT0011", VocabularyPath, 17, 17);
    }

    [Fact]
    public void Keys_whose_derived_names_collide_are_reported()
    {
        var run = RunVocabulary(Fixtures.Vocabulary + "\n  - key: a-1b\n    name: first\n  - key: a1b\n    name: second");

        var diagnostic = AssertOnly(run, "RT0009", VocabularyPath, 15, 10);
        Assert.Equal("'a1b' becomes the C# name 'A1b', which the member 'a-1b' already uses: give one of them another key, or an 'identifier:' with a C# name of its own", diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("class", 3, 13)]
    [InlineData("1st", 3, 13)]
    [InlineData("a-b", 3, 13)]
    [InlineData("\"A\u200BB\"", 3, 13)]
    [InlineData("\"Fixed🙂\"", 3, 13)]
    [InlineData("\"@class\"", 3, 13)]
    [InlineData("global", 3, 13)]
    public void Awkward_identifiers_are_invalid_identifiers(string identifier, int line, int column)
    {
        var run = RunRole(Fixtures.Role.Replace("key: security-champion", "key: security-champion\nidentifier: " + identifier, System.StringComparison.Ordinal));

        AssertOnly(run, "RT0011", RolePath, line, column);
    }

    [Fact]
    public void Non_Latin_identifiers_are_used_as_written()
    {
        var run = RunRole(Fixtures.Role.Replace("key: security-champion", "key: security-champion\nidentifier: İstanbulŞampiyonu", System.StringComparison.Ordinal));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal("security-champion", Value(run, "Roles.İstanbulŞampiyonu.Key"));
    }

    [Fact]
    public void Identifiers_that_collide_with_each_other_are_reported()
    {
        var role = Fixtures.Role + "\n  - key: other-review\n    identifier: ChampionReview\n    title: Again\n    text: Again.";

        AssertOnly(RunRole(role), "RT0009", RolePath, 32, 17);
    }

    [Fact]
    public void Key_longer_than_a_CSharp_name_may_be()
    {
        var key = string.Join("-", Enumerable.Repeat("abcdefgh", 20));
        var run = RunVocabularyAlone(Fixtures.Vocabulary.Replace("  - key: accepted", "  - key: " + key, System.StringComparison.Ordinal));

        var diagnostic = AssertOnly(run, "RT0026", VocabularyPath, 11, 10);
        Assert.Equal("'abcdefgh-abcdefgh-abcdefgh-abcde…' has 179 characters; a key or C# name has at most 128: shorten it", diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Identifier_longer_than_a_CSharp_name_may_be()
    {
        var run = RunRole(Fixtures.Role.Replace("key: security-champion", "key: security-champion\nidentifier: " + new string('A', 129), System.StringComparison.Ordinal));

        AssertOnly(run, "RT0026", RolePath, 3, 13);
    }

    [Fact]
    public void Type_name_longer_than_a_CSharp_name_may_be()
    {
        AssertOnly(RunVocabulary(Fixtures.Vocabulary.Replace("typeName: Outcome", "typeName: " + new string('T', 600), System.StringComparison.Ordinal)), "RT0026", VocabularyPath, 3, 11);
    }

    [Fact]
    public void Names_at_the_length_limit_compile()
    {
        var key = "a" + new string('b', 127);
        var run = RunVocabulary(
            Fixtures.Vocabulary.Replace("typeName: Outcome", "typeName: " + new string('T', 128), System.StringComparison.Ordinal).Replace("  - key: accepted", "  - key: " + key, System.StringComparison.Ordinal),
            role: Fixtures.Role.Replace("        - accepted", "        - " + key, System.StringComparison.Ordinal));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal(key, Value(run, "Outcomes.A" + new string('b', 127) + ".Key"));
    }

    [Fact]
    public void Empty_mapping_key_is_an_unknown_field()
    {
        AssertOnly(RunRole(Fixtures.Role.Replace("name: Security Champion", "name: Security Champion\n\"\": x", System.StringComparison.Ordinal)), "RT0003", RolePath, 4, 1);
    }

    [Fact]
    public void Empty_attribute_name_is_an_empty_value()
    {
        var run = RunVocabulary(Fixtures.Vocabulary.Replace("      cwe: CWE-1", "      \"\": CWE-1", System.StringComparison.Ordinal));

        AssertOnly(run, "RT0013", VocabularyPath, 10, 7);
        Assert.Equal("'attribute name' must not be empty: write the attribute's name before the ':'", Message(run));
    }

    [Fact]
    public void Empty_vocabulary_key_in_references_is_an_empty_value_not_a_silently_dropped_reference()
    {
        var run = RunRole(Fixtures.Role.Replace("      outcomes:", "      \"\":", System.StringComparison.Ordinal));

        AssertOnly(run, "RT0013", RolePath, 28, 7);
    }

    // Within every limit, yet costly to a naive linker

    [Fact]
    public void Thousands_of_references_to_a_large_vocabulary_are_each_resolved_or_reported()
    {
        // 20,000 members and 20,000 references, half of them unknown: each unknown one is reported, and only the
        // first hundred get a suggestion, since a suggestion compares the key with all 20,000.
        static string Key(string prefix, int i) => prefix + i.ToString("D5", CultureInfo.InvariantCulture);
        var vocabulary = Fixtures.Outcomes with
        {
            Members = Fixtures.Outcomes.Members.Concat(Enumerable.Range(0, 20_000).Select(i => new MemberContent(Key("m", i), "x"))).ToList(),
        };
        var review = Fixtures.Champion.TaskPatterns[0];
        var references = review.References[0].Members.Concat(Enumerable.Range(0, 10_000).SelectMany(i => new[] { Key("m", i), Key("x", i) })).ToList();
        var role = Fixtures.Champion with { TaskPatterns = new[] { review with { References = new[] { new ReferencesContent("outcomes", references) } } } };

        var run = GeneratorHarness.Run(new YamlFile(RolePath, ContentWriter.Role(role)), new YamlFile(VocabularyPath, ContentWriter.Vocabulary(vocabulary)));

        Assert.All(run.GeneratorDiagnostics, d => Assert.Equal("RT0008", d.Id));
        Assert.Equal(10_000, run.GeneratorDiagnostics.Length);
        Assert.Equal(100, run.GeneratorDiagnostics.Count(d => d.GetMessage(CultureInfo.InvariantCulture).EndsWith('?')));
        Assert.EndsWith("There is no member of 'outcomes' with the key 'x00000'; did you mean 'm00000'?", run.GeneratorDiagnostics[0].GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    // Files with the same name in different folders

    [Fact]
    public void Two_files_with_the_same_name_in_different_folders_are_two_files()
    {
        var run = GeneratorHarness.Run(
            new YamlFile("team-a/taxonomy.yaml", Fixtures.Role),
            new YamlFile("team-b/taxonomy.yaml", Fixtures.Vocabulary));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal("security-champion outcomes", Value(run, "Roles.SecurityChampion.Key + \" \" + Outcomes.Vocabulary.Key"));
    }

    [Fact]
    public void Diagnostics_in_files_with_the_same_name_point_at_the_right_folder()
    {
        var run = GeneratorHarness.Run(
            new YamlFile("team-a/taxonomy.yaml", Fixtures.Role),
            new YamlFile("team-b/taxonomy.yaml", Fixtures.Vocabulary),
            new YamlFile("team-c/taxonomy.yaml", Fixtures.Role.Replace("champion-review", "champion-review-two", System.StringComparison.Ordinal)));

        var diagnostic = AssertOnly(run, "RT0005", "team-c/taxonomy.yaml", 2, 6);
        Assert.Contains("already used at team-a/taxonomy.yaml(2,6)", diagnostic.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    internal static object? Value(GeneratorRun run, string expression)
    {
        Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        return GeneratedAssembly.Evaluate(run, expression, "RoleTaxonomy");
    }

    private static string Message(GeneratorRun run) => run.GeneratorDiagnostics[0].GetMessage(CultureInfo.InvariantCulture);

    private static GeneratorRun RunRole(string role) => GeneratorHarness.Run(Fixtures.WithRole(role));

    private static GeneratorRun RunVocabulary(string vocabulary, string? role = null) =>
        GeneratorHarness.Run(new YamlFile(Fixtures.RolePath, role ?? Fixtures.Role), new YamlFile(Fixtures.VocabularyPath, vocabulary));

    private static GeneratorRun RunVocabularyAlone(string vocabulary) => GeneratorHarness.Run(new YamlFile(Fixtures.VocabularyPath, vocabulary));

    private static GeneratorRun RunExtra(string text) => GeneratorHarness.Run(Fixtures.Valid().Append(new YamlFile("taxonomy/extra.yaml", text)).ToArray());

    private static GeneratorRun RunBytes(byte[] bytes) => GeneratorHarness.Run(new AdditionalText[]
    {
        new InMemoryAdditionalText(Fixtures.RolePath, SourceText.From(bytes, bytes.Length, Encoding.UTF8, canBeEmbedded: true)),
        new InMemoryAdditionalText(Fixtures.VocabularyPath, Fixtures.Vocabulary),
    });
}
