using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Hosting;
using RoleTaxonomy.Export;
using Xunit;

namespace RoleTaxonomy.Dashboard.Tests;

/// <summary>The sample's API and page over a real socket, as the package maps them: no browser needed, so these always run.</summary>
[Collection(SharedDashboard.Name)]
public sealed class ApiTests
{
    private static readonly JsonTypeInfo<RoleDocument> RoleTypeInfo =
        (JsonTypeInfo<RoleDocument>)TaxonomyExport.JsonTypeInfo.Options.GetTypeInfo(typeof(RoleDocument));

    private readonly HttpClient _client;

    public ApiTests(DashboardServer server) => _client = server.Client;

    [Fact]
    public async Task Taxonomy_is_the_json_export_with_every_role()
    {
        using var response = await GetSuccessfulAsync("api/taxonomy", "application/json");

        var json = await response.Content.ReadAsStringAsync();
        Assert.Equal(TaxonomyExport.ToJson(), json);
        var document = JsonSerializer.Deserialize(json, TaxonomyExport.JsonTypeInfo)!;
        Assert.Equal(Roles.All.Select(role => role.Key), document.Roles.Select(role => role.Key));
    }

    [Fact]
    public async Task A_role_by_its_key_is_its_role_document()
    {
        using var response = await GetSuccessfulAsync("api/taxonomy/roles/appsec-engineer", "application/json");

        var json = await response.Content.ReadAsStringAsync();
        Assert.Equal(JsonSerializer.Serialize(TaxonomyExport.CreateDocument().Roles[0], RoleTypeInfo), json);
        var role = JsonSerializer.Deserialize(json, RoleTypeInfo)!;
        Assert.Equal(Roles.AppSecEngineer.Key, role.Key);
        Assert.Equal(Roles.AppSecEngineer.Name, role.Name);
        Assert.Equal(Roles.AppSecEngineer.TaskPatterns.Select(pattern => pattern.Key), role.TaskPatterns.Select(pattern => pattern.Key));
    }

    [Fact]
    public async Task An_unknown_role_key_is_a_404_problem_that_names_the_key_and_the_known_keys()
    {
        using var response = await _client.GetAsync(new Uri("api/taxonomy/roles/nope", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = problem.RootElement;
        Assert.Equal(404, root.GetProperty("status").GetInt32());
        Assert.Equal("Unknown role", root.GetProperty("title").GetString());
        var detail = root.GetProperty("detail").GetString()!;
        Assert.Contains("'nope'", detail, StringComparison.Ordinal);
        Assert.All(Roles.All, role => Assert.Contains(role.Key, detail, StringComparison.Ordinal));
        Assert.Equal("nope", root.GetProperty("key").GetString());
        Assert.Equal(Roles.All.Select(role => role.Key), root.GetProperty("knownKeys").EnumerateArray().Select(key => key.GetString()));
    }

    [Theory]
    [InlineData("api/taxonomy/export/markdown", "text/markdown")]
    [InlineData("api/taxonomy/export/html", "text/html")]
    [InlineData("api/taxonomy/export/csv", "text/csv")]
    [InlineData("taxonomy/export/csv", "text/csv")]
    public async Task Each_export_is_served_as_its_content_type(string path, string mediaType)
    {
        using var response = await GetSuccessfulAsync(path, mediaType);

        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var expected = mediaType switch
        {
            "text/markdown" => TaxonomyExport.ToMarkdown(),
            "text/html" => TaxonomyExport.ToHtml(),
            _ => TaxonomyExport.ToTaskPatternCsv(),
        };
        Assert.Equal(expected, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_page_is_served_with_a_policy_that_allows_only_its_own_origin()
    {
        using var response = await GetSuccessfulAsync("taxonomy/", "text/html");

        Assert.Contains("<script src=\"dashboard.js\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self';", policy, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("taxonomy/dashboard.js", "text/javascript")]
    [InlineData("taxonomy/dashboard.css", "text/css")]
    [InlineData("taxonomy/favicon.svg", "image/svg+xml")]
    [InlineData("taxonomy/taxonomy.json", "application/json")]
    public async Task The_page_assets_are_served_from_the_package(string path, string mediaType)
    {
        using var response = await GetSuccessfulAsync(path, mediaType);

        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
    }

    // Every successful answer: GET, 200 and the content type the client is told.
    private async Task<HttpResponseMessage> GetSuccessfulAsync(string path, string mediaType)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        return response;
    }

    [Fact]
    public async Task The_hosts_home_route_leads_to_the_dashboard()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _client.BaseAddress };

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("taxonomy/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_hosts_role_route_binds_a_key_and_answers_anything_else_with_a_problem_naming_the_nearest_key()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _client.BaseAddress };

        using var role = await client.GetAsync(new Uri("/roles/devsecops-engineer", UriKind.Relative));
        using var memberName = await client.GetAsync(new Uri("/roles/DevSecOpsEngineer", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, role.StatusCode);
        Assert.Equal("../taxonomy/#/roles/devsecops-engineer", role.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, memberName.StatusCode);
        Assert.Equal("application/problem+json", memberName.Content.Headers.ContentType?.MediaType);
        using var problem = System.Text.Json.JsonDocument.Parse(await memberName.Content.ReadAsStringAsync());
        Assert.Equal("devsecops-engineer", problem.RootElement.GetProperty("nearest").GetString());
    }

    [Fact]
    public async Task Without_an_address_the_dashboard_listens_on_loopback_port_5080()
    {
        await using var app = DashboardApp.Create([]);

        Assert.Equal("http://127.0.0.1:5080", app.Configuration[WebHostDefaults.ServerUrlsKey]);
    }
}
