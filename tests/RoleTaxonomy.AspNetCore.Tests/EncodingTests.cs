using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using RoleTaxonomy.AspNetCore.Responses;
using RoleTaxonomy.Export;
using Xunit;

namespace RoleTaxonomy.AspNetCore.Tests;

/// <summary>What the endpoints write of text that is hostile in HTML: the real content has none, so a document is edited.</summary>
public sealed class EncodingTests
{
    private const string Hostile = "</script><img src=x onerror=alert(1)> & “quoted” — dash";

    [Fact]
    public async Task The_JSON_bodies_keep_the_pages_characters_and_escape_what_HTML_would_run()
    {
        var document = TaxonomyExport.CreateDocument();
        var role = document.Roles[0] with { Summary = Hostile };
        var responses = new TaxonomyResponses(document with { Roles = [role, .. document.Roles.Skip(1)] });
        Assert.True(responses.Roles.TryGet(role.Key, out var roleBody));

        foreach (var body in new[] { responses.Json, roleBody })
        {
            var text = await WrittenTextAsync(body);

            Assert.Contains("\\u003C/script\\u003E\\u003Cimg src=x onerror=alert(1)\\u003E \\u0026 “quoted” — dash", text, StringComparison.Ordinal);
            Assert.DoesNotContain("<", text, StringComparison.Ordinal);
            Assert.DoesNotContain(">", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_HTML_export_encodes_the_text_it_is_given()
    {
        var document = TaxonomyExport.CreateDocument();
        var role = document.Roles[0] with { Name = Hostile };
        var responses = new TaxonomyResponses(document with { Roles = [role, .. document.Roles.Skip(1)] });

        var html = await WrittenTextAsync(responses.Html!);

        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("&lt;/script&gt;&lt;img", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_packaged_taxonomy_is_serialized_once_per_process()
    {
        Assert.Same(TaxonomySource.Packaged.Responses, TaxonomySource.Packaged.Responses);
        Assert.Same(TaxonomySource.Packaged.Responses.Json, TaxonomySource.Packaged.Responses.Json);
    }

    private static async Task<string> WrittenTextAsync(StaticBody body)
    {
        var context = new DefaultHttpContext { RequestServices = new EmptyServices() };
        context.Request.Method = HttpMethods.Get;
        using var stream = new MemoryStream();
        context.Response.Body = stream;

        await body.WriteAsync(context);

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private sealed class EmptyServices : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}
