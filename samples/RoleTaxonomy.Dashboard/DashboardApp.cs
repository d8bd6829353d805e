using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace RoleTaxonomy.Dashboard;

/// <summary>
/// A web app that hosts the taxonomy through the RoleTaxonomy.AspNetCore package: the API at <c>/api/taxonomy</c>,
/// the dashboard at <c>/taxonomy</c>, and routes of its own that lead to the dashboard: <c>/</c>, and <c>/roles/{role}</c>
/// for one role by its key.
/// </summary>
public static class DashboardApp
{
    /// <summary>Where the dashboard listens when no address is configured (<c>--urls</c>, <c>ASPNETCORE_URLS</c>): loopback only.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>Where the API is mapped.</summary>
    public const string ApiPrefix = "/api/taxonomy";

    /// <summary>Where the dashboard is mapped.</summary>
    public const string DashboardPrefix = "/taxonomy";

    /// <summary>
    /// Builds the app, ready to run. Arguments are the usual ASP.NET Core ones, such as
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
        // Key parameters of the app's own endpoints: a member name, a number or a typo is a 400 with the nearest key.
        builder.Services.AddRoleTaxonomy();

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();

        // The two lines of the package.
        app.MapRoleTaxonomyApi(ApiPrefix);
        app.MapRoleTaxonomyDashboard(DashboardPrefix);

        // The host's own routes: relative, so they hold under a PathBase too.
        app.MapGet("/", () => TypedResults.Redirect("taxonomy/"));
        app.MapGet("/roles/{role}", (RoleKey role) => TypedResults.Redirect($"../taxonomy/#/roles/{role}"));
        return app;
    }
}
