using System;
using System.Net;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using RoleTaxonomy.Export;
using Xunit;

namespace RoleTaxonomy.AspNetCore.Tests;

/// <summary>The API and the dashboard at any prefix, inside a route group, and under a <c>PathBase</c>.</summary>
public sealed class MountTests
{
    [Fact]
    public async Task The_api_and_the_dashboard_answer_at_the_prefixes_they_are_given()
    {
        await using var host = await HostApp.StartAsync(app =>
        {
            app.MapRoleTaxonomyApi("/internal/v2/roles-api");
            app.MapRoleTaxonomyDashboard("/tools/security/roles");
        });

        Assert.Equal(TaxonomyExport.ToJson(), await host.Client.GetStringAsync(new Uri("internal/v2/roles-api", UriKind.Relative)));
        using var role = await host.Client.GetAsync(new Uri("internal/v2/roles-api/roles/appsec-engineer", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, role.StatusCode);
        using var page = await host.Client.GetAsync(new Uri("tools/security/roles/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<script src=\"dashboard.js\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var defaultPlace = await host.Client.GetAsync(new Uri("api/taxonomy", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, defaultPlace.StatusCode);
    }

    [Fact]
    public async Task Without_a_prefix_the_api_is_at_api_taxonomy_and_the_dashboard_at_taxonomy()
    {
        await using var host = await HostApp.StartAsync(app =>
        {
            app.MapRoleTaxonomyApi();
            app.MapRoleTaxonomyDashboard();
        });

        using var role = await host.Client.GetAsync(new Uri("api/taxonomy/roles/appsec-engineer", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, role.StatusCode);
        using var page = await host.Client.GetAsync(new Uri("taxonomy/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Inside_a_route_group_the_prefixes_add_up()
    {
        await using var host = await HostApp.StartAsync(app =>
        {
            var tenant = app.MapGroup("/tenants/{tenant}");
            tenant.MapRoleTaxonomyApi("/taxonomy-api");
            tenant.MapRoleTaxonomyDashboard("/taxonomy");
        });

        using var role = await host.Client.GetAsync(new Uri("tenants/contoso/taxonomy-api/roles/appsec-engineer", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, role.StatusCode);
        using var script = await host.Client.GetAsync(new Uri("tenants/contoso/taxonomy/dashboard.js", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    [Fact]
    public async Task Under_a_PathBase_everything_answers_below_it()
    {
        await using var host = await HostApp.StartAsync(app =>
        {
            app.UsePathBase("/portal");
            app.UseRouting();
            app.MapRoleTaxonomyApi("/api/taxonomy");
            app.MapRoleTaxonomyDashboard("/taxonomy");
        });

        using var role = await host.Client.GetAsync(new Uri("portal/api/taxonomy/roles/appsec-engineer", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, role.StatusCode);
        using var unknown = await host.Client.GetAsync(new Uri("portal/api/taxonomy/roles/nope", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        foreach (var path in new[] { "portal/taxonomy/", "portal/taxonomy/dashboard.js", "portal/taxonomy/taxonomy.json", "portal/taxonomy/export/html" })
        {
            using var response = await host.Client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
        }
    }

    [Theory]
    [InlineData("", "taxonomy", "./taxonomy/")]
    [InlineData("", "taxonomy?audience=x", "./taxonomy/?audience=x")]
    [InlineData("/portal", "portal/taxonomy", "./taxonomy/")]
    [InlineData("/portal", "portal", "./portal/")]
    public async Task The_dashboard_without_its_trailing_slash_redirects_to_it_by_a_relative_location(string pathBase, string path, string location)
    {
        // Only a folder URL makes the page's relative links resolve under the dashboard; a relative Location stays right
        // behind a proxy that strips a prefix this app never sees.
        var dashboardPrefix = pathBase.Length > 0 && path == "portal" ? "/" : "/taxonomy";
        await using var host = await HostApp.StartAsync(app =>
        {
            if (pathBase.Length > 0)
            {
                app.UsePathBase(pathBase);
                app.UseRouting();
            }

            app.MapRoleTaxonomyDashboard(dashboardPrefix);
        });

        using var response = await host.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_api_and_the_dashboard_can_share_a_host_with_two_mounts_of_each()
    {
        // Nothing is named globally: mapping twice (as a versioned and an unversioned path) is allowed.
        await using var host = await HostApp.StartAsync(app =>
        {
            app.MapRoleTaxonomyApi("/api/taxonomy");
            app.MapRoleTaxonomyApi("/api/v1/taxonomy");
            app.MapRoleTaxonomyDashboard("/taxonomy");
            app.MapRoleTaxonomyDashboard("/roles-dashboard");
        });

        Assert.Equal(
            await host.Client.GetStringAsync(new Uri("api/taxonomy/roles/appsec-engineer", UriKind.Relative)),
            await host.Client.GetStringAsync(new Uri("api/v1/taxonomy/roles/appsec-engineer", UriKind.Relative)));
        using var page = await host.Client.GetAsync(new Uri("roles-dashboard/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }
}
