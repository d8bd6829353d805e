using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace RoleTaxonomy.Dashboard.Tests;

/// <summary>The real dashboard, started in-process on Kestrel at 127.0.0.1 on a port the system picks.</summary>
public class DashboardServer : IAsyncLifetime
{
    private readonly string _pathBase;
    private WebApplication? _app;

    public DashboardServer()
        : this(pathBase: string.Empty)
    {
    }

    /// <param name="pathBase">What the host's pipeline gives <c>app.UsePathBase</c>, such as <c>/portal</c>; empty for none.</param>
    protected DashboardServer(string pathBase) => _pathBase = pathBase;

    /// <summary>Where the dashboard listens, with a trailing slash, such as <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Where the sample mounts the dashboard, under the path base, with a trailing slash, such as <c>http://127.0.0.1:41234/portal/taxonomy/</c>.</summary>
    public Uri DashboardAddress => new(BaseAddress, (_pathBase + DashboardApp.DashboardPrefix).TrimStart('/') + "/");

    /// <summary>A client whose relative URLs resolve against <see cref="BaseAddress"/>.</summary>
    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // Port 0: two runs (or two test assemblies) never fight over a port. Warnings only, to keep test output readable.
        _app = DashboardApp.Create(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"]);
        if (_pathBase.Length > 0)
        {
            // Middleware runs in the order it is added, and the endpoints after all of it: this is the pipeline of a host
            // that writes UsePathBase after its error handling and before its Map calls. UsePathBase routes again once it
            // has taken the path base off.
            _app.UsePathBase(_pathBase);
        }

        await _app.StartAsync();

        // The bound address, with the real port, exists only once the server has started.
        var addresses = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        BaseAddress = new Uri(addresses.Single().TrimEnd('/') + "/");
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}

/// <summary>
/// The same dashboard in a host whose pipeline has <c>app.UsePathBase("/portal")</c>, as behind a reverse proxy that
/// forwards the sub-path <c>/portal</c>: the dashboard is at <c>/portal/taxonomy/</c>.
/// </summary>
public sealed class PortalDashboardServer : DashboardServer
{
    public const string PathBase = "/portal";

    public PortalDashboardServer()
        : base(PathBase)
    {
    }
}

/// <summary>The tests that share one running dashboard.</summary>
[CollectionDefinition(Name)]
public sealed class SharedDashboard : ICollectionFixture<DashboardServer>
{
    public const string Name = "Dashboard";
}
