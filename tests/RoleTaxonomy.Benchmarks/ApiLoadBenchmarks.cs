using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace RoleTaxonomy.Benchmarks;

/// <summary>
/// The taxonomy API of RoleTaxonomy.AspNetCore against a trivial endpoint on the same Kestrel host (<see cref="ApiHost"/>)
/// under concurrent load: each invocation sends a batch of <see cref="Requests"/> GETs, <see cref="Concurrency"/> in flight
/// at a time over as many keep-alive connections, a new request starting on a connection as soon as its previous answer is
/// read. BenchmarkDotNet's mean is per request (the batch's time over <see cref="Requests"/>), so the rate is one over it
/// and the allocations are per request; <see cref="ApiLoadDiagnoser"/> adds each request's p99 latency and the live heap
/// through the measured batches.
/// </summary>
[ApiLoadJob]
[ApiLoadDiagnoser]
public class ApiLoadBenchmarks
{
    /// <summary>Requests per batch: one batch per invocation.</summary>
    public const int Requests = 1024;

    /// <summary>Requests in flight, and connections: HTTP/1.1 carries one request at a time on a connection.</summary>
    public const int Concurrency = 16;

    /// <summary>
    /// Batches of each of the four requests before the benchmark's own warm-up: about five seconds of load. The endpoints
    /// share the whole HTTP stack, client and server, whose code the runtime recompiles (tiered compilation, dynamic PGO)
    /// in the background on the same two cores for seconds: with ten warm-up batches only, the first benchmark's batches
    /// still got faster through its measured iterations (three times, 65 µs to 20 µs a request).
    /// </summary>
    private const int PrimingBatches = 50;

    private static readonly string[] Paths = { ApiHost.TrivialPath, ApiHost.ExportBytesPath, ApiHost.TaxonomyPath, ApiHost.RolePath };

    private readonly Task[] _workers = new Task[Concurrency];
    private ApiHost? _host;
    private int _started;

    [GlobalSetup]
    public async Task StartHost()
    {
        _host = await ApiHost.StartAsync(connections: Concurrency);
        for (var i = 0; i < PrimingBatches; i++)
        {
            foreach (var path in Paths)
            {
                await Batch(path);
            }
        }
    }

    [IterationSetup]
    public void BeforeBatch() => ApiLoadDiagnoser.BeforeBatch();

    [GlobalCleanup]
    public async Task StopHost()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    /// <summary>A constant string from a minimal API endpoint: what the host costs with no work of its own.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Requests)]
    public Task Trivial() => Batch(ApiHost.TrivialPath);

    /// <summary>
    /// The JSON export's bytes from a trivial endpoint: the same body as <see cref="Taxonomy"/>, without the API's work
    /// (headers, ETag, conditional GET), so that the two tell the body's cost from the API's.
    /// </summary>
    [Benchmark(OperationsPerInvoke = Requests)]
    public Task ExportBytes() => Batch(ApiHost.ExportBytesPath);

    /// <summary>The whole JSON export.</summary>
    [Benchmark(OperationsPerInvoke = Requests)]
    public Task Taxonomy() => Batch(ApiHost.TaxonomyPath);

    /// <summary>One role by its key.</summary>
    [Benchmark(OperationsPerInvoke = Requests)]
    public Task RoleByKey() => Batch(ApiHost.RolePath);

    private Task Batch(string path)
    {
        _started = 0;
        for (var i = 0; i < Concurrency; i++)
        {
            _workers[i] = Send(path);
        }

        return Task.WhenAll(_workers);
    }

    /// <summary>One of the batch's <see cref="Concurrency"/> senders: requests one after another until the batch has all of its.</summary>
    private async Task Send(string path)
    {
        while (Interlocked.Increment(ref _started) <= Requests)
        {
            var start = Stopwatch.GetTimestamp();
            var body = await _host!.GetAsync(path);
            ApiLoadDiagnoser.Record(Stopwatch.GetTimestamp() - start, body);
        }
    }
}
