using System;
using System.Diagnostics.CodeAnalysis;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using RoleTaxonomy.AspNetCore.Dashboard;
using RoleTaxonomy.AspNetCore.Responses;

// The namespace of WebApplication: a web project's implicit usings find these methods without a using directive.
namespace Microsoft.AspNetCore.Builder;

/// <summary>
/// Maps the RoleTaxonomy API and dashboard into an ASP.NET Core app. Every answer is serialized once per process and
/// carries a strong <c>ETag</c> (a matching <c>If-None-Match</c> gets <c>304 Not Modified</c>) and
/// <c>Cache-Control: public, max-age=3600</c>, or <c>private, max-age=3600</c> where the endpoint requires authorization.
/// </summary>
public static class RoleTaxonomyEndpointRouteBuilderExtensions
{
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    /// <summary>
    /// Maps the taxonomy's read-only API under <paramref name="prefix"/>: <c>/</c> the JSON export
    /// (<c>docs/taxonomy.schema.json</c>), <c>/roles/{key}</c>, <c>/task-patterns/{key}</c>, <c>/vocabularies/{key}</c> and
    /// <c>/vocabularies/{key}/members/{member}</c> one item by its stable key, and <c>/export/markdown</c>,
    /// <c>/export/html</c> and <c>/export/csv</c>. An unknown key is a <c>404</c> with an <c>application/problem+json</c>
    /// body whose <c>key</c>, <c>nearest</c> and <c>knownKeys</c> say what was asked, what was likely meant and what exists.
    /// </summary>
    /// <param name="endpoints">The app, or a route group of it.</param>
    /// <param name="prefix">Where the API lives, such as <c>/api/taxonomy</c>.</param>
    /// <returns>The group of the API's endpoints, to which conventions such as <c>RequireAuthorization()</c> can be added.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="endpoints"/> or <paramref name="prefix"/> is null.</exception>
    public static RouteGroupBuilder MapRoleTaxonomyApi(this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string prefix = "/api/taxonomy")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(prefix);
        var responses = TaxonomyResponses.Packaged;
        var api = endpoints.MapGroup(prefix);

        api.MapMethods("/", GetAndHead, responses.Json.WriteAsync);
        api.MapMethods("/roles/{key}", GetAndHead, context => responses.Roles.WriteAsync(context, RouteValue(context, "key")));
        api.MapMethods("/task-patterns/{key}", GetAndHead, context => responses.TaskPatterns.WriteAsync(context, RouteValue(context, "key")));
        api.MapMethods("/vocabularies/{key}", GetAndHead, context => responses.Vocabularies.WriteAsync(context, RouteValue(context, "key")));
        api.MapMethods("/vocabularies/{key}/members/{member}", GetAndHead, context => WriteMemberAsync(context, responses));
        MapExports(api, responses);
        return api;
    }

    /// <summary>
    /// Maps the dashboard, a page that compares the roles, shows each role and filters by audience, lens and vocabulary,
    /// at <paramref name="prefix"/>. Its files are embedded in this package and reference each other, and the data they
    /// read (<c>taxonomy.json</c>, <c>export/…</c> under the same prefix), by relative URLs only: the dashboard works at any
    /// path, under a <c>PathBase</c> and behind a reverse proxy that forwards a sub-path. Its Content-Security-Policy
    /// allows nothing but its own origin; nothing comes from a CDN. A request for the prefix without its trailing slash
    /// is redirected to it, by a relative <c>Location</c>.
    /// </summary>
    /// <param name="endpoints">The app, or a route group of it.</param>
    /// <param name="prefix">Where the dashboard lives, such as <c>/taxonomy</c>.</param>
    /// <returns>The group of the dashboard's endpoints, to which conventions such as <c>RequireAuthorization()</c> can be added.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="endpoints"/> or <paramref name="prefix"/> is null.</exception>
    public static RouteGroupBuilder MapRoleTaxonomyDashboard(this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string prefix = "/taxonomy")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(prefix);
        var responses = TaxonomyResponses.Packaged;
        var dashboard = endpoints.MapGroup(prefix);

        StaticBody? page = null;
        foreach (var (name, body) in DashboardAssets.Files)
        {
            dashboard.MapMethods("/" + name, GetAndHead, body.WriteAsync);
            if (name == "index.html")
            {
                page = body;
            }
        }

        var index = page ?? throw new InvalidOperationException("The dashboard's index.html is not embedded in RoleTaxonomy.AspNetCore.");
        dashboard.MapMethods("/", GetAndHead, context => EndsWithSlash(context.Request) ? index.WriteAsync(context) : RedirectToTrailingSlash(context));
        dashboard.MapMethods("/taxonomy.json", GetAndHead, responses.Json.WriteAsync);
        MapExports(dashboard, responses);
        return dashboard;
    }

    private static void MapExports(RouteGroupBuilder group, TaxonomyResponses responses)
    {
        var export = group.MapGroup("/export");
        export.MapMethods("/markdown", GetAndHead, responses.Markdown.WriteAsync);
        export.MapMethods("/html", GetAndHead, responses.Html.WriteAsync);
        export.MapMethods("/csv", GetAndHead, responses.Csv.WriteAsync);
    }

    private static Task WriteMemberAsync(HttpContext context, TaxonomyResponses responses)
    {
        var vocabulary = RouteValue(context, "key");
        return responses.MembersByVocabulary.TryGetValue(vocabulary, out var members)
            ? members.WriteAsync(context, RouteValue(context, "member"))
            : responses.Vocabularies.WriteUnknownKeyAsync(context, vocabulary);
    }

    private static string RouteValue(HttpContext context, string name) => context.Request.RouteValues[name] as string ?? string.Empty;

    private static bool EndsWithSlash(HttpRequest request) => request.Path.Value?.EndsWith('/') == true;

    // Relative URLs in the page resolve against a folder only with the slash. The Location is relative too ("./taxonomy/"),
    // so that it stays right behind a proxy that strips a prefix this app never sees; "./" keeps a segment with ':' a path.
    private static Task RedirectToTrailingSlash(HttpContext context)
    {
        var path = (context.Request.PathBase + context.Request.Path).ToUriComponent();
        var lastSegment = path[(path.LastIndexOf('/') + 1)..];
        context.Response.Redirect("./" + lastSegment + "/" + context.Request.QueryString.ToUriComponent());
        return Task.CompletedTask;
    }
}
