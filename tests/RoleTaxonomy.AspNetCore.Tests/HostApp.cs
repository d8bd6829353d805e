using System;
using System.Net.Http;
using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Xunit;

namespace RoleTaxonomy.AspNetCore.Tests;

/// <summary>A web app of someone else's, run in-process on TestServer, into which a test maps the package.</summary>
public sealed class HostApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private HostApp(WebApplication app)
    {
        _app = app;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public static async Task<HostApp> StartAsync(Action<WebApplication> configure, Action<WebApplicationBuilder>? services = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        services?.Invoke(builder);
        var app = builder.Build();
        configure(app);
        await app.StartAsync();
        return new HostApp(app);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>
/// The host most tests share: routes of its own beside the API at <c>/api/taxonomy</c> and the dashboard at <c>/taxonomy</c>.
/// </summary>
public sealed class SharedHost : IAsyncLifetime
{
    public const string OwnRouteText = "the host's own page";

    private HostApp? _host;

    public HttpClient Client => _host!.Client;

    public async Task InitializeAsync() => _host = await HostApp.StartAsync(app =>
    {
        app.MapGet("/", () => OwnRouteText);
        app.MapGet("/api/other", () => "another API of the host");
        app.MapRoleTaxonomyApi("/api/taxonomy");
        app.MapRoleTaxonomyDashboard("/taxonomy");
    });

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SharedHostGroup : ICollectionFixture<SharedHost>
{
    public const string Name = "Shared host";
}

/// <summary>Authenticates a request that carries <c>X-Test-User</c>, and no other: enough to see <c>RequireAuthorization()</c> act.</summary>
public sealed class HeaderAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "TestHeader";
    public const string Header = "X-Test-User";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var user))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, user.ToString())], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
