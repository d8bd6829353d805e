using System;
using System.Buffers;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace RoleTaxonomy.Benchmarks;

/// <summary>
/// The host that <see cref="ApiBenchmarks"/> and <see cref="ApiLoadBenchmarks"/> send their requests to: a Kestrel app in
/// this process on loopback and a free port, with a trivial minimal API endpoint returning a constant string beside
/// <c>MapRoleTaxonomyApi</c>, and the client that calls it, with as many connections as the benchmark keeps requests in
/// flight. A second trivial endpoint returns the JSON export's own bytes, as a constant: what the export's size costs,
/// apart from the API's work. Disposing it stops the host.
/// </summary>
internal sealed class ApiHost : IAsyncDisposable
{
    public const string TrivialPath = "/trivial";
    public const string ExportBytesPath = "/trivial/export";
    public const string TaxonomyPath = "/api/taxonomy";
    public const string RolePath = "/api/taxonomy/roles/appsec-engineer";

    private readonly WebApplication _app;
    private readonly HttpClient _client;

    private ApiHost(WebApplication app, HttpClient client)
    {
        _app = app;
        _client = client;
    }

    /// <summary>Starts the host, and a client that opens at most <paramref name="connections"/> connections to it.</summary>
    public static async Task<ApiHost> StartAsync(int connections)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var exportBytes = Array.Empty<byte>();
        app.MapGet(TrivialPath, () => "ok");
        app.MapGet(ExportBytesPath, context =>
        {
            // As the API writes its bodies, without its headers, ETag and conditional GET: not Results.Bytes, whose
            // file result (ranges, its own copy) measured slower than the API's answer with the same bytes.
            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.ContentLength = exportBytes.Length;
            return context.Response.Body.WriteAsync(exportBytes).AsTask();
        });
        app.MapRoleTaxonomyApi(TaxonomyPath);
        await app.StartAsync();
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections };
        var client = new HttpClient(handler) { BaseAddress = new Uri(app.Urls.First()) };
        exportBytes = await client.GetByteArrayAsync(TaxonomyPath);
        return new ApiHost(app, client);
    }

    /// <summary>One GET, its body read to the end; fails unless the answer is 200.</summary>
    /// <returns>The body's length.</returns>
    public async Task<long> GetAsync(string path)
    {
        using var response = await _client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}.");
        }

        await using var body = await response.Content.ReadAsStreamAsync();
        if (response.Content.Headers.ContentLength is { } length)
        {
            await body.CopyToAsync(Stream.Null);
            return length;
        }

        // Chunked, as the trivial endpoint's string is written: count what is read, into a pooled buffer.
        var buffer = ArrayPool<byte>.Shared.Rent(4096);
        try
        {
            var total = 0L;
            for (int read; (read = await body.ReadAsync(buffer)) > 0;)
            {
                total += read;
            }

            return total;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
