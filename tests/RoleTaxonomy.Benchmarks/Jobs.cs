using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace RoleTaxonomy.Benchmarks;

/// <summary>
/// The jobs, chosen so that the whole suite runs in well under 20 minutes on two cores. Benchmarks run in this process
/// (no generated project per benchmark to build), which is what lets the suite build and run inside the repository.
/// </summary>
internal static class Jobs
{
    /// <summary>Set by <c>--short</c>: one invocation per benchmark, to see that everything runs, not how fast.</summary>
    public static bool Short { get; set; }

    /// <summary>
    /// The in-process toolchain, with more time per benchmark case than its default five minutes (setup included):
    /// one compile of the code generated for 1,000 roles (<see cref="ConsumerCompileBenchmarks"/>, and the setup of
    /// <see cref="KeyLookupScaleBenchmarks"/> at 10,000 items) takes minutes on two shared cores.
    /// </summary>
    private static readonly IToolchain InProcess = new InProcessEmitToolchain(TimeSpan.FromHours(2), logOutput: true);

    /// <summary>Generator runs take milliseconds to seconds: few, long iterations.</summary>
    public static Job Generator() => Short
        ? Smoke()
        : Job.Default.WithToolchain(InProcess).WithId("Generator")
            .WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(15);

    /// <summary>
    /// A consumer's build takes a tenth of a second to seconds, and allocates hundreds of megabytes: one build per
    /// iteration, few iterations.
    /// </summary>
    public static Job Analyzer() => Short
        ? Smoke()
        : Job.Default.WithToolchain(InProcess).WithId("Analyzer")
            .WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(12).WithInvocationCount(1).WithUnrollFactor(1);

    /// <summary>A process's start takes tens of milliseconds, and varies with what else runs: one start an iteration, many.</summary>
    public static Job ColdStart() => Short
        ? Smoke()
        : Job.Default.WithToolchain(InProcess).WithId("ColdStart")
            .WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(20).WithInvocationCount(1).WithUnrollFactor(1);

    /// <summary>
    /// Lookups take nanoseconds: many short iterations. Twenty warm-ups (5 s): with five, the FrozenDictionary of
    /// 10,000 keys in KeyLookupScaleBenchmarks was still running code the JIT had not yet optimized for its first ten
    /// measured iterations (75–110 ns against 16–25 ns after), and its mean was a mix of the two.
    /// </summary>
    public static Job Lookup() => Short
        ? Smoke()
        : Job.Default.WithToolchain(InProcess).WithId("Lookup")
            .WithLaunchCount(1).WithWarmupCount(20).WithIterationCount(15).WithIterationTime(TimeInterval.FromMilliseconds(250));

    /// <summary>
    /// HTTP requests take tens to hundreds of microseconds: one request per iteration, so that every measurement is one
    /// request's latency, and enough of them for a 99th percentile.
    /// </summary>
    public static Job Api() => Short
        ? Smoke()
        : Job.Default.WithToolchain(InProcess).WithId("Api")
            .WithLaunchCount(1).WithWarmupCount(200).WithIterationCount(2000).WithInvocationCount(1).WithUnrollFactor(1);

    /// <summary>Measured iterations of <see cref="ApiLoad"/>: each is one batch of <see cref="ApiLoadBenchmarks.Requests"/>.</summary>
    public const int ApiLoadIterationCount = 100;

    /// <summary>
    /// Batches of concurrent HTTP requests take tens of milliseconds: one batch per iteration, so that every measurement is
    /// one batch's time, after enough warm-up batches for every connection to be open and every path compiled; the
    /// measured batches are the run over which the heap must stay flat (about 100,000 requests per endpoint).
    /// </summary>
    public static Job ApiLoad() => Short
        ? Smoke()
        : Job.Default.WithToolchain(InProcess).WithId("ApiLoad")
            .WithLaunchCount(1).WithWarmupCount(10).WithIterationCount(ApiLoadIterationCount).WithInvocationCount(1).WithUnrollFactor(1);

    private static Job Smoke() => Job.Dry.WithToolchain(InProcess).WithId("Smoke");
}

[AttributeUsage(AttributeTargets.Class)]
public sealed class GeneratorJobAttribute : JobConfigBaseAttribute
{
    public GeneratorJobAttribute()
        : base(Jobs.Generator())
    {
    }
}

[AttributeUsage(AttributeTargets.Class)]
public sealed class AnalyzerJobAttribute : JobConfigBaseAttribute
{
    public AnalyzerJobAttribute()
        : base(Jobs.Analyzer())
    {
    }
}

[AttributeUsage(AttributeTargets.Class)]
public sealed class ColdStartJobAttribute : JobConfigBaseAttribute
{
    public ColdStartJobAttribute()
        : base(Jobs.ColdStart())
    {
    }
}

[AttributeUsage(AttributeTargets.Class)]
public sealed class LookupJobAttribute : JobConfigBaseAttribute
{
    public LookupJobAttribute()
        : base(Jobs.Lookup())
    {
    }
}

[AttributeUsage(AttributeTargets.Class)]
public sealed class ApiJobAttribute : JobConfigBaseAttribute
{
    public ApiJobAttribute()
        : base(Jobs.Api())
    {
    }
}

[AttributeUsage(AttributeTargets.Class)]
public sealed class ApiLoadJobAttribute : JobConfigBaseAttribute
{
    public ApiLoadJobAttribute()
        : base(Jobs.ApiLoad())
    {
    }
}
