using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using RoleTaxonomy.Export;
using Xunit;
using Champions = Contoso.Champions;

namespace RoleTaxonomy.AspNetCore.Tests;

/// <summary>
/// A team's own taxonomy (the custom-taxonomy sample's YAML, generated into this project as internal types of
/// Contoso.Champions): the same lines serve it, with its <c>Taxonomy.Source</c>.
/// </summary>
public sealed class OwnTaxonomyTests
{
    [Fact]
    public void The_generated_source_holds_the_teams_document_and_identities()
    {
        var source = Champions.Taxonomy.Source;

        Assert.Equal(["security-champion"], source.Document.Roles.Select(role => role.Key));
        Assert.Equal(Champions.TaskPatternIdExtensions.Keys, source.Document.Roles.SelectMany(role => role.TaskPatterns).Select(p => p.Key));
        Assert.Equal("Security Champions — a day in the life", source.Document.Page!.Title);
        Assert.Equal(
            [typeof(Champions.RoleKey), typeof(Champions.TaskPatternKey), typeof(Champions.VocabularyKey), typeof(Champions.EscalationPathKey)],
            source.Identities.Select(identity => identity.KeyType));
        Assert.Equal("member of Escalation paths", source.Identities[3].Kind);
        Assert.Equal(Champions.EscalationPathExtensions.Keys, source.Identities[3].Keys);
    }

    [Fact]
    public async Task The_API_serves_the_teams_items_and_only_those()
    {
        await using var host = await StartAsync();

        using var role = JsonDocument.Parse(await host.Client.GetStringAsync(new Uri("api/champions/roles/security-champion", UriKind.Relative)));
        var export = await host.Client.GetStringAsync(new Uri("api/champions", UriKind.Relative));
        using var packaged = await host.Client.GetAsync(new Uri("api/champions/roles/appsec-engineer", UriKind.Relative));
        using var problem = JsonDocument.Parse(await packaged.Content.ReadAsStringAsync());

        Assert.Equal("Security Champion", role.RootElement.GetProperty("name").GetString());
        Assert.Equal(TaxonomyExport.ToJson(Champions.Taxonomy.Source.Document), export);
        Assert.DoesNotContain("appsec-engineer", export, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, packaged.StatusCode);
        Assert.Equal(["security-champion"], problem.RootElement.GetProperty("knownKeys").EnumerateArray().Select(key => key.GetString()));
        Assert.Equal("text/markdown", (await host.Client.GetAsync(new Uri("api/champions/export/markdown", UriKind.Relative))).Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_dashboard_reads_the_teams_taxonomy()
    {
        await using var host = await StartAsync();

        using var page = await host.Client.GetAsync(new Uri("champions/", UriKind.Relative));
        var data = await host.Client.GetStringAsync(new Uri("champions/taxonomy.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(TaxonomyExport.ToJson(Champions.Taxonomy.Source.Document), data);
    }

    [Fact]
    public async Task The_teams_key_types_bind_in_the_apps_own_endpoints_beside_the_packaged_ones()
    {
        await using var host = await StartAsync();

        Assert.Equal("Security Champion", await host.Client.GetStringAsync(new Uri("champion/security-champion", UriKind.Relative)));
        Assert.Equal("AppSec Engineer", await host.Client.GetStringAsync(new Uri("roles/appsec-engineer", UriKind.Relative)));

        var own = await ProblemAsync(host, "champion/SecurityChampion");
        Assert.Equal("security-champion", own.GetProperty("nearest").GetString());
        Assert.Equal(["security-champion"], own.GetProperty("knownKeys").EnumerateArray().Select(key => key.GetString()));
        var member = await ProblemAsync(host, "escalate?to=appsec_team");
        Assert.Equal("Invalid member of Escalation paths key", member.GetProperty("title").GetString());
        Assert.Equal("appsec-team", member.GetProperty("nearest").GetString());
        var packaged = await ProblemAsync(host, "roles/security-champion");
        Assert.Equal(RoleIdExtensions.Keys, packaged.GetProperty("knownKeys").EnumerateArray().Select(key => key.GetString()!));
    }

    [Fact]
    public async Task OpenAPI_documents_the_teams_keys()
    {
        await using var host = await StartAsync();

        using var document = JsonDocument.Parse(await host.Client.GetStringAsync(new Uri("openapi/v1.json", UriKind.Relative)));
        var schema = document.RootElement.GetProperty("paths").GetProperty("/champion/{role}").GetProperty("get")
            .GetProperty("parameters")[0].GetProperty("schema");

        Assert.Equal("string", schema.GetProperty("type").GetString());
        Assert.Equal(["security-champion"], schema.GetProperty("enum").EnumerateArray().Select(key => key.GetString()));
    }

    [Fact]
    public void A_writer_that_writes_no_export_is_refused_with_what_to_do()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => TaxonomySource.Create(
            writer => writer.WriteStringValue("not an export"), Champions.Taxonomy.Source.Identities));

        Assert.Contains("same version of RoleTaxonomy.Generator and RoleTaxonomy.AspNetCore", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_taxonomy_without_a_page_serves_its_items_and_JSON_but_no_page_exports_and_no_dashboard()
    {
        var pageless = Champions.Taxonomy.Source.Document with { Page = null };
        var source = TaxonomySource.Create(
            writer => System.Text.Json.JsonSerializer.Serialize(writer, pageless, TaxonomyExport.JsonTypeInfo), Champions.Taxonomy.Source.Identities);

        await using var host = await HostApp.StartAsync(app => app.MapRoleTaxonomyApi("/api/champions", source));
        using var role = await host.Client.GetAsync(new Uri("api/champions/roles/security-champion", UriKind.Relative));
        using var markdown = await host.Client.GetAsync(new Uri("api/champions/export/markdown", UriKind.Relative));
        using var csv = await host.Client.GetAsync(new Uri("api/champions/export/csv", UriKind.Relative));
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => HostApp.StartAsync(app => app.MapRoleTaxonomyDashboard("/champions", source)));

        Assert.Equal(HttpStatusCode.OK, role.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, markdown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Contains("add a page file (kind: page)", refused.Message, StringComparison.Ordinal);
    }

    private static Task<HostApp> StartAsync() => HostApp.StartAsync(
        app =>
        {
            app.MapOpenApi();
            app.MapRoleTaxonomyApi("/api/champions", Champions.Taxonomy.Source);
            app.MapRoleTaxonomyDashboard("/champions", Champions.Taxonomy.Source);
            app.MapGet("/champion/{role}", (Champions.RoleKey role) => Champions.Roles.Get(role).Name);
            app.MapGet("/escalate", (Champions.EscalationPathKey to) => Champions.EscalationPaths.Get(to).Name);
            app.MapGet("/roles/{role}", (RoleKey role) => Roles.Get(role).Name);
        },
        builder =>
        {
            builder.Services.AddOpenApi();
            builder.Services.AddRoleTaxonomy();
            builder.Services.AddRoleTaxonomy(Champions.Taxonomy.Source);
        });

    private static async Task<JsonElement> ProblemAsync(HostApp host, string path)
    {
        using var response = await host.Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return problem.RootElement.Clone();
    }
}
