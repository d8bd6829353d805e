using System;
using System.Linq;
using RoleTaxonomy.Export;
using Xunit;

namespace RoleTaxonomy.Tests;

/// <summary>
/// The text exports on hostile content: markup, quotes and separators in the content must come out as text, never as
/// structure. Checked on the raw output, not on what a decoder makes of it.
/// </summary>
public sealed class ExportEscapingTests
{
    private const string Hostile = "<script>alert(\"x\")</script> & 'q' | a, b";

    private static TaxonomyDocument HostileDocument()
    {
        var document = TaxonomyExport.CreateDocument();
        var first = document.Roles[0];
        var pattern = first.TaskPatterns[0] with { Title = Hostile, Key = "hostile-pattern" };
        var role = first with
        {
            Name = Hostile,
            CenterOfGravity = "left | right",
            TaskPatterns = new[] { pattern }.Concat(first.TaskPatterns.Skip(1)).ToArray(),
        };
        return document with { Roles = new[] { role }.Concat(document.Roles.Skip(1)).ToArray() };
    }

    [Fact]
    public void Html_encodes_markup_ampersands_and_quotes_in_the_raw_text()
    {
        var html = TaxonomyExport.ToHtml(HostileDocument());

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39; | a, b", html, StringComparison.Ordinal);
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
    public void Markdown_escapes_a_pipe_in_a_comparison_table_cell()
    {
        var markdown = TaxonomyExport.ToMarkdown(HostileDocument());
        var row = markdown.Split('\n').Single(line => line.StartsWith("| <script>", StringComparison.Ordinal));

        Assert.StartsWith(@"| <script>alert(""x"")</script> & 'q' \| a, b | left \| right | ", row, StringComparison.Ordinal);
        // Four columns: five pipes that are not escaped.
        Assert.Equal(5, System.Text.RegularExpressions.Regex.Count(row, @"(?<!\\)\|"));
    }
}
