using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using RoleTaxonomy.Export;

namespace RoleTaxonomy.Dashboard;

/// <summary>
/// The dashboard on the taxonomy: the exports over HTTP under <c>/api</c>, and a page (served from the
/// assembly's embedded <c>wwwroot</c>) that compares the roles, shows each role and filters by audience,
/// lens and vocabulary.
/// </summary>
public static class DashboardApp
{
    /// <summary>Where the dashboard listens when no address is configured (<c>--urls</c>, <c>ASPNETCORE_URLS</c>): loopback only.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>The content type of the Markdown export.</summary>
    public const string MarkdownContentType = "text/markdown; charset=utf-8";

    /// <summary>The content type of the HTML export.</summary>
    public const string HtmlContentType = "text/html; charset=utf-8";

    /// <summary>The content type of the task-pattern CSV export (RFC 4180, with a header row).</summary>
    public const string CsvContentType = "text/csv; charset=utf-8; header=present";

    // The page loads only its own files and the API: a CDN or any other origin is refused by the browser.
    private const string PageContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>
    /// Builds the dashboard, ready to run. Arguments are the usual ASP.NET Core ones, such as
    /// <c>--urls http://127.0.0.1:0</c> to listen on a free port.
    /// </summary>
    /// <param name="args">Command-line arguments (configuration overrides).</param>
    /// <returns>The application, not yet started.</returns>
    public static WebApplication Create(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // This assembly, not the entry one: a test host that runs the dashboard in-process stays this app.
            ApplicationName = typeof(DashboardApp).Assembly.GetName().Name,
        });

        var configuration = builder.Configuration;
        if (string.IsNullOrEmpty(configuration[WebHostDefaults.ServerUrlsKey])
            && string.IsNullOrEmpty(configuration[WebHostDefaults.HttpPortsKey])
            && string.IsNullOrEmpty(configuration[WebHostDefaults.HttpsPortsKey]))
        {
            // Kestrel's own default is every interface on port 5000; a sample belongs on loopback.
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.AddProblemDetails();

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        ServeThePage(app);
        MapApi(app);
        return app;
    }

    private static void ServeThePage(WebApplication app)
    {
        var webRoot = new EmbeddedFileProvider(typeof(DashboardApp).Assembly, typeof(DashboardApp).Namespace + ".wwwroot");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = webRoot });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = webRoot,
            OnPrepareResponse = context =>
            {
                var headers = context.Context.Response.Headers;
                headers.ContentSecurityPolicy = PageContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
            },
        });
    }

    private static void MapApi(IEndpointRouteBuilder endpoints)
    {
        // The content is compiled in: build every answer once.
        var document = TaxonomyExport.CreateDocument();
        var rolesByKey = document.Roles.ToFrozenDictionary(role => role.Key, StringComparer.Ordinal);
        var knownKeys = document.Roles.Select(role => role.Key).ToArray();
        var roleTypeInfo = (JsonTypeInfo<RoleDocument>)TaxonomyExport.JsonTypeInfo.Options.GetTypeInfo(typeof(RoleDocument));
        var markdown = TaxonomyExport.ToMarkdown();
        var html = TaxonomyExport.ToHtml();
        var csv = TaxonomyExport.ToTaskPatternCsv();

        var api = endpoints.MapGroup("/api");

        api.MapGet("/taxonomy", () => TypedResults.Json(document, TaxonomyExport.JsonTypeInfo))
            .WithName("GetTaxonomy");

        api.MapGet("/roles/{key}", Results<JsonHttpResult<RoleDocument>, ProblemHttpResult> (string key) =>
                rolesByKey.TryGetValue(key, out var role)
                    ? TypedResults.Json(role, roleTypeInfo)
                    : UnknownRole(key, knownKeys))
            .WithName("GetRole");

        var export = api.MapGroup("/export");
        export.MapGet("/markdown", () => TypedResults.Text(markdown, MarkdownContentType));
        export.MapGet("/html", () => TypedResults.Text(html, HtmlContentType));
        export.MapGet("/csv", () => TypedResults.Text(csv, CsvContentType));
    }

    private static ProblemHttpResult UnknownRole(string key, string[] knownKeys) =>
        TypedResults.Problem(
            title: "Unknown role",
            detail: $"No role has the key '{key}'. Known keys: {string.Join(", ", knownKeys)}.",
            statusCode: StatusCodes.Status404NotFound,
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["key"] = key,
                ["knownKeys"] = knownKeys,
            });
}
