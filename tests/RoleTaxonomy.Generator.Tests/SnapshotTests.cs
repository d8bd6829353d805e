using System.Collections.Generic;
using System.Linq;
using RoleTaxonomy.Generator.Tests.Infrastructure;
using RoleTaxonomy.Testing;
using Xunit;

namespace RoleTaxonomy.Generator.Tests;

/// <summary>The generated source, file by file, against reviewed snapshots in <c>Snapshots/</c>.</summary>
public sealed class SnapshotTests
{
    [Fact]
    public void RealContent()
    {
        var run = GeneratorHarness.Run(YamlFile.RealContent(), "");

        Assert.Empty(run.GeneratorDiagnostics);
        VerifyAll(run);
    }

    [Fact]
    public void CustomTaxonomy()
    {
        var run = GeneratorHarness.Run(
            Fixtures.Valid().Append(new YamlFile(Fixtures.PagePath, Fixtures.Page)),
            "",
            new Dictionary<string, string> { ["RoleTaxonomyNamespace"] = "Contoso.Security", ["RoleTaxonomyVisibility"] = "internal" });

        Assert.Empty(run.GeneratorDiagnostics);
        VerifyAll(run);
    }

    [Fact]
    public void DeprecatedAndExperimental()
    {
        var run = GeneratorHarness.Run(LifecycleTests.Content(), "");

        Assert.Empty(run.GeneratorDiagnostics);
        VerifyAll(run);
    }

    /// <summary>The model types depend on the options only, not on the content: one snapshot, of the default options.</summary>
    [Fact]
    public void ModelTypes()
    {
        var run = GeneratorHarness.Run(YamlFile.RealContent(), "");

        Assert.Empty(run.GeneratorDiagnostics);
        Snapshot.Verify(run.Source(Emitting.ModelSource.HintName), Emitting.ModelSource.HintName);
    }

    private static void VerifyAll(GeneratorRun run, [System.Runtime.CompilerServices.CallerMemberName] string method = "")
    {
        var hintNames = string.Join("\n", run.Sources.Select(s => s.HintName).OrderBy(h => h, System.StringComparer.Ordinal)) + "\n";
        Snapshot.Verify(hintNames, "HintNames.txt", method: method);
        foreach (var source in run.Sources.Where(s => s.HintName != Emitting.ModelSource.HintName))
        {
            Snapshot.Verify(source.SourceText.ToString(), source.HintName, method: method);
        }
    }
}
