using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace RoleTaxonomy.Testing;

/// <summary>
/// How the outputs of one tracked pipeline step came about in a run: <c>Cached</c> outputs were reused without running the
/// step; <c>New</c>, <c>Modified</c> and <c>Unchanged</c> ones ran it. For BoundFiles, running means reading and parsing a file.
/// </summary>
internal sealed record StepReasons(string Step, int Cached, int Unchanged, int Modified, int New, int Removed)
{
    public int Total => Cached + Unchanged + Modified + New + Removed;

    /// <summary>Outputs for which the step ran.</summary>
    public int Ran => Unchanged + Modified + New;

    public static StepReasons Of(GeneratorDriver driver, string step) => Of(driver.GetRunResult().Results.Single(), step);

    public static StepReasons Of(GeneratorRunResult result, string step)
    {
        var reasons = result.TrackedSteps.TryGetValue(step, out var runs)
            ? runs.SelectMany(run => run.Outputs).Select(output => output.Reason).ToList()
            : new List<IncrementalStepRunReason>();
        return new StepReasons(
            step,
            reasons.Count(r => r == IncrementalStepRunReason.Cached),
            reasons.Count(r => r == IncrementalStepRunReason.Unchanged),
            reasons.Count(r => r == IncrementalStepRunReason.Modified),
            reasons.Count(r => r == IncrementalStepRunReason.New),
            reasons.Count(r => r == IncrementalStepRunReason.Removed));
    }

    public override string ToString()
    {
        var parts = new (string Name, int Count)[]
        {
            ("cached", Cached), ("unchanged", Unchanged), ("modified", Modified), ("new", New), ("removed", Removed),
        }.Where(p => p.Count > 0).Select(p => $"{p.Count} {p.Name}");
        return Total == 0 ? "did not run" : string.Join(", ", parts);
    }
}
