using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Analysers;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Validators;

namespace RoleTaxonomy.Benchmarks;

/// <summary>
/// What <see cref="ApiLoadBenchmarks"/> measures beside BenchmarkDotNet's batch times, over exactly its measured iterations
/// (between the engine's <see cref="HostSignal.BeforeActualRun"/> and <see cref="HostSignal.AfterActualRun"/>, so neither
/// the warm-up nor the memory diagnoser's extra iteration counts): each request's latency, for the 99th percentile, and the
/// live managed heap after a full garbage collection at the start, every <see cref="SampleEvery"/> batches and at the end.
/// The benchmarks run in this process (the in-process toolchain), so the heap is the host's and the client's, and the
/// signals come on the benchmark's own thread.
/// </summary>
/// <remarks>
/// The heap is the whole process's, so something else can change it during the run: in filtered runs the large object
/// heap lost about 65 MB, which the counts collected before the benchmarks (<see cref="Evidence"/>) had left, some forty
/// seconds into the run, within the second or the third benchmark's measured batches (arrays kept for a while, such as
/// those of a shared pool). The trend is therefore the median of the steps between samples times their number: one such
/// step does not move it, and a leak, a little more at every step, does.
/// </remarks>
internal sealed class ApiLoadDiagnoser : IDiagnoser
{
    public static readonly ApiLoadDiagnoser Instance = new();

    public static readonly IMetricDescriptor HeapBefore = new Descriptor("HeapBefore", "Heap before", "Live managed heap after a full GC, before the first measured batch", UnitType.Size);
    public static readonly IMetricDescriptor HeapAfter = new Descriptor("HeapAfter", "Heap after", "Live managed heap after a full GC, after the last measured batch", UnitType.Size);
    public static readonly IMetricDescriptor HeapTrend = new Descriptor("HeapTrend", "Heap trend", "Median step of the live heap between samples, times the steps", UnitType.Size);
    public static readonly IMetricDescriptor P99 = new Descriptor("P99", "p99", "99th percentile of one request's latency over the measured batches", UnitType.Time);
    public static readonly IMetricDescriptor Timed = new Descriptor("Timed", "Timed", "Requests timed for the percentile", UnitType.Dimensionless);
    public static readonly IMetricDescriptor Body = new Descriptor("Body", "Body", "Content-Length of the answers", UnitType.Size);

    /// <summary>Measured batches between two samples of the heap.</summary>
    public const int SampleEvery = 10;

    private static readonly long[] Latencies = new long[Jobs.ApiLoadIterationCount * ApiLoadBenchmarks.Requests];
    private static readonly long[] Heaps = new long[(Jobs.ApiLoadIterationCount / SampleEvery) + 2];
    private static int _recorded;
    private static long _body;
    private static volatile bool _recording;
    private static int _batches;
    private static int _heaps;

    private readonly Dictionary<BenchmarkCase, Metric[]> _results = new();

    private ApiLoadDiagnoser()
    {
    }

    /// <summary>
    /// Keeps one request's latency, in <see cref="Stopwatch"/> ticks, and its body's length, when a measured iteration runs;
    /// allocates nothing.
    /// </summary>
    public static void Record(long ticks, long body)
    {
        if (!_recording)
        {
            return;
        }

        _body = body;

        var index = Interlocked.Increment(ref _recorded) - 1;
        if (index < Latencies.Length)
        {
            Latencies[index] = ticks;
        }
    }

    /// <summary>
    /// Called before every batch (<c>[IterationSetup]</c>, outside the measured time): samples the heap when a measured batch
    /// follows a multiple of <see cref="SampleEvery"/> measured batches. Only a tenth of the batches start after a forced
    /// collection, so the cost of collecting the requests' garbage stays in the measurements.
    /// </summary>
    public static void BeforeBatch()
    {
        if (_recording && _batches++ is var done and > 0 && done % SampleEvery == 0)
        {
            SampleHeap();
        }
    }

    private static void SampleHeap()
    {
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        if (_heaps < Heaps.Length)
        {
            Heaps[_heaps++] = heap;
        }
    }

    public IEnumerable<string> Ids => new[] { nameof(ApiLoadDiagnoser) };

    public IEnumerable<IExporter> Exporters => Array.Empty<IExporter>();

    public IEnumerable<IAnalyser> Analysers => Array.Empty<IAnalyser>();

    public RunMode GetRunMode(BenchmarkCase benchmarkCase) => RunMode.NoOverhead;

    public bool RequiresBlockingAcknowledgments(BenchmarkCase benchmarkCase) => false;

    public void Handle(HostSignal signal, DiagnoserActionParameters parameters)
    {
        if (signal == HostSignal.BeforeActualRun)
        {
            (_recorded, _body, _batches, _heaps) = (0, 0, 0, 0);
            SampleHeap();
            _recording = true;
        }
        else if (signal == HostSignal.AfterActualRun)
        {
            _recording = false;
            SampleHeap();
            var timed = Math.Min(_recorded, Latencies.Length);
            Array.Sort(Latencies, 0, timed);
            var p99 = timed == 0 ? double.NaN : Latencies[(int)Math.Ceiling(timed * 0.99) - 1] * (1e9 / Stopwatch.Frequency);
            _results[parameters.BenchmarkCase] = new[]
            {
                new Metric(HeapBefore, Heaps[0]), new Metric(HeapAfter, Heaps[_heaps - 1]), new Metric(HeapTrend, Trend()),
                new Metric(P99, p99), new Metric(Timed, timed), new Metric(Body, _body),
            };
        }
    }

    /// <summary>The median of the steps between consecutive samples, times the number of steps.</summary>
    private static double Trend()
    {
        var steps = Enumerable.Range(1, _heaps - 1).Select(i => (double)(Heaps[i] - Heaps[i - 1])).Order().ToList();
        if (steps.Count == 0)
        {
            return double.NaN;
        }

        var median = steps.Count % 2 == 1 ? steps[steps.Count / 2] : (steps[(steps.Count / 2) - 1] + steps[steps.Count / 2]) / 2;
        return median * steps.Count;
    }

    public IEnumerable<Metric> ProcessResults(DiagnoserResults results) =>
        _results.TryGetValue(results.BenchmarkCase, out var metrics) ? metrics : Enumerable.Empty<Metric>();

    public void DisplayResults(ILogger logger)
    {
    }

    public IEnumerable<ValidationError> Validate(ValidationParameters validationParameters) => Enumerable.Empty<ValidationError>();

    private sealed class Descriptor : IMetricDescriptor
    {
        public Descriptor(string id, string displayName, string legend, UnitType unitType)
        {
            Id = nameof(ApiLoadDiagnoser) + "." + id;
            DisplayName = displayName;
            Legend = legend;
            UnitType = unitType;
            Unit = unitType switch
            {
                UnitType.Size => "B",
                UnitType.Time => "ns",
                _ => string.Empty,
            };
        }

        public string Id { get; }

        public string DisplayName { get; }

        public string Legend { get; }

        public string NumberFormat => "N0";

        public UnitType UnitType { get; }

        public string Unit { get; }

        public bool TheGreaterTheBetter => false;

        public int PriorityInCategory => 0;

        public bool GetIsAvailable(Metric metric) => true;
    }
}

/// <summary>Attaches <see cref="ApiLoadDiagnoser"/> to a benchmark class, and to it only.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ApiLoadDiagnoserAttribute : Attribute, IConfigSource
{
    public IConfig Config { get; } = ManualConfig.CreateEmpty().AddDiagnoser(ApiLoadDiagnoser.Instance);
}
