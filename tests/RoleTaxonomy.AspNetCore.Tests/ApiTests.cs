using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Tasks;
using RoleTaxonomy.Export;
using Xunit;

namespace RoleTaxonomy.AspNetCore.Tests;

/// <summary>Every endpoint of <c>MapRoleTaxonomyApi</c>, in a host that has routes of its own.</summary>
[Collection(SharedHostGroup.Name)]
public sealed class ApiTests(SharedHost host)
{
    private static readonly TaxonomyDocument Document = TaxonomyExport.CreateDocument();

    private readonly HttpClient _client = host.Client;

    public static TheoryData<string> RoleKeys => [.. Document.Roles.Select(role => role.Key)];

    public static TheoryData<string> TaskPatternKeys => [.. Document.Roles.SelectMany(role => role.TaskPatterns).Select(pattern => pattern.Key)];

    public static TheoryData<string> VocabularyKeys => [.. Document.Vocabularies.Select(vocabulary => vocabulary.Key)];

    public static TheoryData<string, string> MemberKeys
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var vocabulary in Document.Vocabularies)
            {
                foreach (var member in vocabulary.Members)
                {
                    data.Add(vocabulary.Key, member.Key);
                }
            }

            return data;
        }
    }

    [Fact]
    public async Task The_root_is_the_JSON_export_as_UTF_8()
    {
        using var response = await GetOkAsync("api/taxonomy", "application/json");

        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal(TaxonomyExport.ToJson(), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_JSON_holds_the_pages_dashes_and_quotes_as_characters()
    {
        using var response = await GetOkAsync("api/taxonomy", "application/json");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        var text = System.Text.Encoding.UTF8.GetString(bytes);
        Assert.Contains("—", text, StringComparison.Ordinal);
        Assert.Contains("“", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u2014", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u201C", text, StringComparison.Ordinal);
        // The em dash is its three UTF-8 bytes on the wire.
        Assert.True(bytes.AsSpan().IndexOf("—"u8) >= 0);
    }

    [Theory]
    [MemberData(nameof(RoleKeys))]
    public async Task A_role_by_key_is_its_document(string key)
    {
        var expected = Document.Roles.Single(role => role.Key == key);

        await AssertItemAsync("api/taxonomy/roles/" + key, expected);
    }

    [Theory]
    [MemberData(nameof(TaskPatternKeys))]
    public async Task A_task_pattern_by_key_is_its_document(string key)
    {
        var expected = Document.Roles.SelectMany(role => role.TaskPatterns).Single(pattern => pattern.Key == key);

        await AssertItemAsync("api/taxonomy/task-patterns/" + key, expected);
    }

    [Theory]
    [MemberData(nameof(VocabularyKeys))]
    public async Task A_vocabulary_by_key_is_its_document(string key)
    {
        var expected = Document.Vocabularies.Single(vocabulary => vocabulary.Key == key);

        await AssertItemAsync("api/taxonomy/vocabularies/" + key, expected);
    }

    [Theory]
    [MemberData(nameof(MemberKeys))]
    public async Task A_member_by_vocabulary_and_key_is_its_document(string vocabulary, string member)
    {
        var expected = Document.Vocabularies.Single(v => v.Key == vocabulary).Members.Single(m => m.Key == member);

        await AssertItemAsync($"api/taxonomy/vocabularies/{vocabulary}/members/{member}", expected);
    }

    [Fact]
    public async Task A_role_reads_back_as_the_typed_role()
    {
        using var response = await GetOkAsync("api/taxonomy/roles/appsec-engineer", "application/json");

        var role = JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(), TypeInfo<RoleDocument>())!;
        Assert.Equal(Roles.AppSecEngineer.Name, role.Name);
        Assert.Equal(Roles.AppSecEngineer.TaskPatterns.Select(pattern => pattern.Key), role.TaskPatterns.Select(pattern => pattern.Key));
    }

    [Theory]
    [InlineData("api/taxonomy/export/markdown", "text/markdown")]
    [InlineData("api/taxonomy/export/html", "text/html")]
    [InlineData("api/taxonomy/export/csv", "text/csv")]
    public async Task Each_export_is_served_as_its_content_type(string path, string mediaType)
    {
        using var response = await GetOkAsync(path, mediaType);

        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var expected = mediaType switch
        {
            "text/markdown" => TaxonomyExport.ToMarkdown(),
            "text/html" => TaxonomyExport.ToHtml(),
            _ => TaxonomyExport.ToTaskPatternCsv(),
        };
        Assert.Equal(expected, await response.Content.ReadAsStringAsync());
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task The_CSV_export_says_it_has_a_header_row()
    {
        using var response = await GetOkAsync("api/taxonomy/export/csv", "text/csv");

        Assert.Contains(response.Content.Headers.ContentType!.Parameters, parameter => parameter.Name == "header" && parameter.Value == "present");
    }

    [Fact]
    public async Task The_HTML_export_may_style_itself_and_run_nothing()
    {
        using var response = await GetOkAsync("api/taxonomy/export/html", "text/html");

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.StartsWith("default-src 'none'; style-src 'unsafe-inline';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HEAD_answers_the_headers_without_the_body()
    {
        using var get = await GetOkAsync("api/taxonomy/roles/appsec-engineer", "application/json");
        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "api/taxonomy/roles/appsec-engineer"));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_hosts_own_routes_still_answer_and_the_api_is_only_under_its_prefix()
    {
        Assert.Equal(SharedHost.OwnRouteText, await _client.GetStringAsync(new Uri("/", UriKind.Relative)));
        Assert.Equal("another API of the host", await _client.GetStringAsync(new Uri("api/other", UriKind.Relative)));

        using var outside = await _client.GetAsync(new Uri("roles/appsec-engineer", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
    }

    [Fact]
    public async Task A_POST_is_not_an_endpoint_of_the_read_only_api()
    {
        using var response = await _client.PostAsync(new Uri("api/taxonomy/roles/appsec-engineer", UriKind.Relative), new StringContent("{}"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    private async Task AssertItemAsync<T>(string path, T expected)
    {
        using var response = await GetOkAsync(path, "application/json");

        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal(JsonSerializer.Serialize(expected, TypeInfo<T>()), await response.Content.ReadAsStringAsync());
    }

    private async Task<HttpResponseMessage> GetOkAsync(string path, string mediaType)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        return response;
    }

    internal static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)TaxonomyExport.JsonTypeInfo.Options.GetTypeInfo(typeof(T));
}
