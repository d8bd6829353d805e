using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema;
using RoleTaxonomy.Export;
using RoleTaxonomy.Testing;
using RoleTaxonomy.Tests.Infrastructure;
using Xunit;

namespace RoleTaxonomy.Tests;

/// <summary>The exports: JSON against its documented schema, the page regenerated, and the task-pattern CSV.</summary>
public sealed partial class ExportTests
{
    private static readonly string RegeneratedPagePath = Path.Combine(RepositoryPaths.Root, "docs", "day-in-the-life.md");

    // Loaded once: JsonSchema.Net registers a schema by its $id and refuses a second registration.
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "taxonomy.schema.json"))));

    [Fact]
    public void Json_export_validates_against_its_documented_schema()
    {
        var schema = Schema.Value;

        using var json = JsonDocument.Parse(TaxonomyExport.ToJson());
        var result = schema.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void Schema_rejects_a_document_that_breaks_the_shape()
    {
        var schema = Schema.Value;
        var broken = TaxonomyExport.ToJson().Replace("\"key\": \"appsec-engineer\"", "\"key\": \"AppSec Engineer\"", StringComparison.Ordinal);

        using var json = JsonDocument.Parse(broken);

        Assert.False(schema.Evaluate(json.RootElement).IsValid);
    }

    [Fact]
    public void Json_export_round_trips_through_the_source_generated_metadata()
    {
        var json = TaxonomyExport.ToJson();

        var document = JsonSerializer.Deserialize(json, TaxonomyExport.JsonTypeInfo)!;

        Assert.Equal(TaxonomyExport.JsonSchemaVersion, document.SchemaVersion);
        Assert.Equal(Taxonomy.Version, document.ContentVersion);
        Assert.Equal(Roles.All.Select(r => r.Key), document.Roles.Select(r => r.Key));
        Assert.Equal(TaskPatterns.All.Select(t => t.Key), document.Roles.SelectMany(r => r.TaskPatterns).Select(t => t.Key));
        Assert.Equal(
            TaskPatterns.AppSecFindingTriage.References.Select(m => ("triage-outcomes", m.Key)),
            document.Roles[0].TaskPatterns[1].References.Select(r => (r.Vocabulary, r.Member)));
        Assert.Equal("CWE-918", document.Vocabularies.Single(v => v.Key == "weakness-classes").Members.Single(m => m.Key == "ssrf").Attributes["cwe"]);
        Assert.Contains("\"centerOfGravity\": \"Review and validation of application risk\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_export_contains_every_line_of_the_seed_page_in_order()
    {
        var markdown = Plain(TaxonomyExport.ToMarkdown());
        var lines = SeedPage.Lines;
        var position = 0;

        // The first line is the page's navigation header, whose space the text extraction lost.
        Assert.Equal(lines[0].Replace(" ", "", StringComparison.Ordinal), "PS" + Taxonomy.Page.KnowledgeBase.Replace(" ", "", StringComparison.Ordinal));
        foreach (var line in lines.Skip(1))
        {
            var text = SeedPage.NormalizeWhitespace(line.TrimStart('•', ' '));
            var found = markdown.IndexOf(text, position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"The Markdown export lacks, after position {position}, the seed line: {text}");
            position = found + text.Length;
        }
    }

    [Fact]
    public void Regenerated_page_in_docs_is_current()
    {
        var markdown = TaxonomyExport.ToMarkdown();
        if (AcceptMode.IsRequested())
        {
            File.WriteAllText(RegeneratedPagePath, markdown);
        }

        Assert.True(File.Exists(RegeneratedPagePath), $"{RegeneratedPagePath} is missing: run the tests with VERIFY_ACCEPT=1 to write it.");
        Assert.True(
            File.ReadAllText(RegeneratedPagePath).Replace("\r\n", "\n", StringComparison.Ordinal) == markdown,
            "docs/day-in-the-life.md is stale: the content changed. Run the tests with VERIFY_ACCEPT=1 to regenerate it, and commit it.");
    }

    [Fact]
    public void Html_export_is_self_contained_and_escapes_text()
    {
        var html = TaxonomyExport.ToHtml();

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex(@"(src|href)=""(https?:)?//"), html);
        Assert.Contains("<section id=\"appsec-engineer\">", html, StringComparison.Ordinal);
        Assert.Contains("<h3 id=\"appsec-finding-triage\">2. Triage security findings and separate signal from noise</h3>", html, StringComparison.Ordinal);
        Assert.Contains(
            "\n<p>The job is not only “hacking the app.” A lot of the value comes from being a translator between risk and engineering action.</p>\n",
            html,
            StringComparison.Ordinal);
        Assert.Equal(Roles.All.Count, Regex.Count(html, "<section "));
        Assert.Equal(TaskPatterns.All.Count, Regex.Count(html, "<h3 id="));
        Assert.Empty(Regex.Matches(html, "<(?!!DOCTYPE html>|/?(html|head|meta|title|style|body|p|em|strong|br|h1|h2|h3|section|ul|li|table|tr|th|td|a)[ >])").Select(m => html.Substring(m.Index, 20)));

        // The same line with markup, quotes and an ampersand in the content: encoded in the raw HTML, not just readable once decoded.
        var document = TaxonomyExport.CreateDocument();
        var role = document.Roles[0] with { OutsidersMiss = document.Roles[0].OutsidersMiss with { Misconception = "<script>alert('x')</script> & \"q\"" } };
        var hostile = TaxonomyExport.ToHtml(document with { Roles = new[] { role }.Concat(document.Roles.Skip(1)).ToArray() });

        Assert.Contains(
            "\n<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot; A lot of the value comes from being a translator between risk and engineering action.</p>\n",
            hostile,
            StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", hostile, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_export_has_a_row_per_task_pattern_with_its_references()
    {
        var rows = TaxonomyExport.ToTaskPatternCsv().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("role,key,title,references", rows[0]);
        Assert.Equal(TaskPatterns.All.Count, rows.Length - 1);
        Assert.Equal(
            "appsec-engineer,appsec-finding-triage,Triage security findings and separate signal from noise,triage-outcomes/block-release;triage-outcomes/backlog-work;triage-outcomes/accepted-risk",
            rows[2]);
        Assert.Equal("appsec-engineer,appsec-code-and-design-review,\"Review code, configs, and design changes for risky patterns\",weakness-classes/ssrf;weakness-classes/idor;weakness-classes/injection;weakness-classes/file-abuse;weakness-classes/information-disclosure", rows[1]);
    }

    /// <summary>Markdown reduced to its text: no anchors, heading or list marks, table bars or emphasis.</summary>
    private static string Plain(string markdown)
    {
        var text = Anchor().Replace(markdown, string.Empty);
        text = LineMarks().Replace(text, string.Empty);
        text = text.Replace("| --- | --- | --- | --- |", string.Empty, StringComparison.Ordinal)
            .Replace("|", " ", StringComparison.Ordinal)
            .Replace("**", string.Empty, StringComparison.Ordinal);
        return SeedPage.NormalizeWhitespace(text);
    }

    [GeneratedRegex(@"<a id=""[^""]*""></a>")]
    private static partial Regex Anchor();

    [GeneratedRegex(@"(?m)^(#+ |- )")]
    private static partial Regex LineMarks();
}
