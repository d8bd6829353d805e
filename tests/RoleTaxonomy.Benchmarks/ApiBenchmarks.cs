using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace RoleTaxonomy.Benchmarks;

/// <summary>
/// The taxonomy API of RoleTaxonomy.AspNetCore against a trivial endpoint on the same Kestrel host (<see cref="ApiHost"/>),
/// in this process, over loopback, one request at a time on one connection. Each invocation is one request, so the
/// measurements are the requests' latencies: the rate is one over the mean, and the 99th percentile is taken from them.
/// Under concurrent load: <see cref="ApiLoadBenchmarks"/>.
/// </summary>
[ApiJob]
public class ApiBenchmarks
{
    private ApiHost? _host;

    [GlobalSetup]
    public async Task StartHost() => _host = await ApiHost.StartAsync(connections: 1);

    [GlobalCleanup]
    public async Task StopHost()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    /// <summary>A constant string from a minimal API endpoint: what the host costs with no work of its own.</summary>
    [Benchmark(Baseline = true)]
    public Task<long> Trivial() => _host!.GetAsync(ApiHost.TrivialPath);

    /// <summary>The whole JSON export.</summary>
    [Benchmark]
    public Task<long> Taxonomy() => _host!.GetAsync(ApiHost.TaxonomyPath);

    /// <summary>One role by its key.</summary>
    [Benchmark]
    public Task<long> RoleByKey() => _host!.GetAsync(ApiHost.RolePath);
}
