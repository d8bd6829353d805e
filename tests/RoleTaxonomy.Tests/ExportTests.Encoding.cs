using System;
using System.Linq;
using System.Text.Json;
using RoleTaxonomy.Export;
using Xunit;

namespace RoleTaxonomy.Tests;

/// <summary>The JSON export's text: the page's characters as they are, and only what JSON or HTML needs escaped.</summary>
public sealed partial class ExportTests
{
    [Fact]
    public void The_JSON_export_writes_the_pages_dashes_and_quotes_as_they_are()
    {
        var json = TaxonomyExport.ToJson();

        // The page title holds an em dash and the question curly quotes: written as characters, not \u escapes.
        Assert.Contains("—", json, StringComparison.Ordinal);
        Assert.Contains("“", json, StringComparison.Ordinal);
        Assert.Contains("”", json, StringComparison.Ordinal);
        Assert.Contains(Taxonomy.Page.Title, json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u20", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_JSON_export_escapes_what_is_unsafe_in_HTML_and_JavaScript_and_reads_back_the_same_text()
    {
        const string Hostile = "</script><b>&'\"+` \u2028\u2029 é—“”";
        var document = TaxonomyExport.CreateDocument();
        var role = document.Roles[0] with { Summary = Hostile };
        var edited = document with { Roles = [role, .. document.Roles.Skip(1)] };

        var json = TaxonomyExport.ToJson(edited);

        Assert.Contains("\\u003C/script\\u003E\\u003Cb\\u003E\\u0026\\u0027\\u0022\\u002B\\u0060 \\u2028\\u2029 é—“”", json, StringComparison.Ordinal);
        Assert.DoesNotContain("<", json, StringComparison.Ordinal);
        Assert.Equal(Hostile, JsonSerializer.Deserialize(json, TaxonomyExport.JsonTypeInfo)!.Roles[0].Summary);
    }

    [Fact]
    public void The_export_metadata_writes_items_with_the_same_encoder_as_the_whole_document()
    {
        // Callers serialize one item (a role, as the ASP.NET Core package does) through TaxonomyExport.JsonTypeInfo's options.
        var options = TaxonomyExport.JsonTypeInfo.Options;
        var role = TaxonomyExport.CreateDocument().Roles[0] with { Summary = "a — b < c" };

        var json = JsonSerializer.Serialize(role, options.GetTypeInfo<RoleDocument>());

        Assert.Contains("a — b \\u003C c", json, StringComparison.Ordinal);
    }
}
