using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace RoleTaxonomy.Benchmarks;

/// <summary>
/// The taxonomy API of RoleTaxonomy.AspNetCore against a trivial endpoint on the same Kestrel host, in this process, over
/// loopback, one request at a time on one connection. Each invocation is one request, so the measurements are the
/// requests' latencies: the rate is one over the mean, and the 99th percentile is taken from them.
/// </summary>
[ApiJob]
public class ApiBenchmarks
{
    public const string TrivialPath = "/trivial";
    public const string TaxonomyPath = "/api/taxonomy";
    public const string RolePath = "/api/taxonomy/roles/appsec-engineer";

    private WebApplication? _app;
    private HttpClient? _client;

    [GlobalSetup]
    public async Task StartHost()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapGet(TrivialPath, () => "ok");
        app.MapRoleTaxonomyApi(TaxonomyPath);
        await app.StartAsync();
        _app = app;
        _client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
    }

    [GlobalCleanup]
    public async Task StopHost()
    {
        _client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    /// <summary>A constant string from a minimal API endpoint: what the host costs with no work of its own.</summary>
    [Benchmark(Baseline = true)]
    public Task<long> Trivial() => Get(TrivialPath);

    /// <summary>The whole JSON export.</summary>
    [Benchmark]
    public Task<long> Taxonomy() => Get(TaxonomyPath);

    /// <summary>One role by its key.</summary>
    [Benchmark]
    public Task<long> RoleByKey() => Get(RolePath);

    private async Task<long> Get(string path)
    {
        using var response = await _client!.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
        if (response.StatusCode != System.Net.HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}.");
        }

        await using var body = await response.Content.ReadAsStreamAsync();
        await body.CopyToAsync(Stream.Null);
        return response.Content.Headers.ContentLength ?? 0;
    }
}
