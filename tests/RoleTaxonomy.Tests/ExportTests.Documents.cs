using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using RoleTaxonomy.Export;
using Xunit;

namespace RoleTaxonomy.Tests;

/// <summary>The exports of a document other than the packaged taxonomy's, as the CLI builds from content it reads.</summary>
public sealed partial class ExportTests
{
    [Fact]
    public void Every_export_renders_the_document_it_is_given_not_the_packaged_taxonomy()
    {
        var document = TaxonomyExport.CreateDocument();
        var reversed = document with { Roles = document.Roles.Reverse().ToList() };
        var (first, last) = (Roles.All[0].Key, Roles.All[^1].Key);

        var markdown = TaxonomyExport.ToMarkdown(reversed);
        Assert.True(markdown.IndexOf($"## <a id=\"{last}\">", StringComparison.Ordinal) < markdown.IndexOf($"## <a id=\"{first}\">", StringComparison.Ordinal));
        var html = TaxonomyExport.ToHtml(reversed);
        Assert.True(html.IndexOf($"<section id=\"{last}\">", StringComparison.Ordinal) < html.IndexOf($"<section id=\"{first}\">", StringComparison.Ordinal));
        Assert.StartsWith(last + ",", TaxonomyExport.ToTaskPatternCsv(reversed).Split("\r\n")[1], StringComparison.Ordinal);
        Assert.Equal(last, JsonSerializer.Deserialize(TaxonomyExport.ToJson(reversed), TaxonomyExport.JsonTypeInfo)!.Roles[0].Key);
    }

    [Fact]
    public void The_JSON_export_holds_what_the_records_write_of_themselves()
    {
        // Two routes to one shape: the export's document through System.Text.Json's source-generated metadata, and
        // the generated records' own converters. Neither is defined by the other.
        var export = JsonNode.Parse(TaxonomyExport.ToJson())!.AsObject();

        Assert.True(JsonNode.DeepEquals(export["roles"], JsonNode.Parse(JsonSerializer.Serialize(Roles.All))));
        Assert.True(JsonNode.DeepEquals(export["vocabularies"], JsonNode.Parse(JsonSerializer.Serialize(Vocabularies.All))));
        Assert.Equal(Taxonomy.Version, (string?)export["contentVersion"]);
        Assert.Equal(TaxonomyExport.JsonSchemaVersion, (int?)export["schemaVersion"]);
    }

    [Fact]
    public void A_taxonomy_without_a_page_exports_as_json_and_csv_and_refuses_markdown_and_html()
    {
        var pageless = TaxonomyExport.CreateDocument() with { Page = null };

        var json = JsonNode.Parse(TaxonomyExport.ToJson(pageless))!.AsObject();
        Assert.False(json.ContainsKey("page"), "A document without a page writes no 'page', not null.");
        Assert.True(Validate(json, out var errors), errors);
        Assert.Equal(TaxonomyExport.ToTaskPatternCsv(), TaxonomyExport.ToTaskPatternCsv(pageless));

        Assert.Contains("no page", Assert.Throws<ArgumentException>(() => TaxonomyExport.ToMarkdown(pageless)).Message, StringComparison.Ordinal);
        Assert.Contains("no page", Assert.Throws<ArgumentException>(() => TaxonomyExport.ToHtml(pageless)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_rejects_a_null_page()
    {
        var document = JsonNode.Parse(TaxonomyExport.ToJson())!;
        document["page"] = null;

        Assert.False(Validate(document, out _));
    }

    [Fact]
    public void A_page_whose_audience_is_not_in_the_vocabularies_is_refused_by_name()
    {
        var document = TaxonomyExport.CreateDocument();
        var broken = document with { Page = document.Page! with { Audiences = [new MemberReferenceDocument("audiences", "nobody")] } };

        var exception = Assert.Throws<ArgumentException>(() => TaxonomyExport.ToMarkdown(broken));

        Assert.Contains("audiences/nobody", exception.Message, StringComparison.Ordinal);
    }
}
