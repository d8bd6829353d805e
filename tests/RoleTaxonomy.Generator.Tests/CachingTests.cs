using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RoleTaxonomy.Generator.Emitting;
using RoleTaxonomy.Generator.Tests.Infrastructure;
using RoleTaxonomy.Testing;
using Xunit;

namespace RoleTaxonomy.Generator.Tests;

/// <summary>The pipeline does no work again when nothing it reads has changed, and holds no compiler objects.</summary>
public sealed class CachingTests
{
    private static readonly string[] TrackedSteps =
    {
        TrackingNames.Options, TrackingNames.ContentFiles, TrackingNames.BoundFiles, TrackingNames.AllFiles,
        TrackingNames.Linked, TrackingNames.Diagnostics, TrackingNames.Model, TrackingNames.ModelTypes,
    };

    [Fact]
    public void An_unrelated_CSharp_edit_leaves_every_step_cached_or_unchanged()
    {
        var compilation = GeneratorHarness.CreateCompilation("public static class A { }");
        var driver = GeneratorHarness.CreateDriver(YamlFile.RealContent()).RunGenerators(compilation);
        var firstSteps = driver.GetRunResult().Results.Single().TrackedSteps;

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("public static class B { }", GeneratorHarness.ConsumerParseOptions));
        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var name in TrackedSteps)
        {
            Assert.True(firstSteps.ContainsKey(name), $"The step '{name}' did not run");
            var outputs = second.TrackedSteps[name].SelectMany(step => step.Outputs).ToList();
            Assert.NotEmpty(outputs);
            Assert.All(outputs, output => Assert.True(
                output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"Step '{name}' produced {output.Reason} after an unrelated edit"));
        }

        Assert.All(second.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Editing_one_file_binds_that_file_only()
    {
        var files = YamlFile.RealContent().ToList();
        var texts = files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToList();
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorSetup.CreateDriver(texts).RunGenerators(compilation);

        var target = files.Single(f => f.Path.EndsWith("appsec-engineer.yaml", StringComparison.Ordinal));
        var original = texts.Single(t => t.Path == target.Path);
        var replacement = new InMemoryAdditionalText(target.Path, target.Text!.Replace("AppSec Engineer", "AppSec Engineer (edited)", StringComparison.Ordinal));
        var rerun = driver.ReplaceAdditionalText(original, replacement).RunGenerators(compilation).GetRunResult().Results.Single();

        var bound = rerun.TrackedSteps[TrackingNames.BoundFiles].SelectMany(step => step.Outputs).ToList();
        Assert.Equal(files.Count, bound.Count);
        Assert.Equal(1, bound.Count(o => o.Reason == IncrementalStepRunReason.Modified));
        Assert.Equal(files.Count - 1, bound.Count(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

    [Fact]
    public void A_content_edit_that_changes_text_leaves_the_model_types_cached()
    {
        var files = YamlFile.RealContent().ToList();
        var texts = files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToList();
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorSetup.CreateDriver(texts).RunGenerators(compilation);
        var modelBefore = driver.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName == ModelSource.HintName).SourceText;

        var original = texts.Single(t => t.Path.EndsWith("appsec-engineer.yaml", StringComparison.Ordinal));
        var replacement = new InMemoryAdditionalText(original.Path, original.GetText()!.ToString().Replace("AppSec Engineer", "AppSec Engineer (edited)", StringComparison.Ordinal));
        var rerun = driver.ReplaceAdditionalText(original, replacement).RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Equal(1, StepReasons.Of(rerun, TrackingNames.Linked).Modified);
        Assert.Contains("AppSec Engineer (edited)", rerun.GeneratedSources.Single(s => s.HintName == "Roles.g.cs").SourceText.ToString(), StringComparison.Ordinal);
        var modelTypes = StepReasons.Of(rerun, TrackingNames.ModelTypes);
        Assert.True(modelTypes.Total == 1 && modelTypes.Cached + modelTypes.Unchanged == 1, $"The model types step: {modelTypes}");
        Assert.Same(modelBefore, rerun.GeneratedSources.Single(s => s.HintName == ModelSource.HintName).SourceText);
    }

    [Fact]
    public void An_unrelated_CSharp_edit_reparses_none_of_100_YAML_files()
    {
        var (_, texts) = Synthetic(roles: 100 - SyntheticTaxonomy.FilesBesideRoles);
        Assert.Equal(100, texts.Count);
        var compilation = GeneratorHarness.CreateCompilation("public static class A { }");
        var driver = GeneratorSetup.CreateDriver(texts.Cast<AdditionalText>().ToList()).RunGenerators(compilation);
        var readsBefore = texts.Sum(t => t.Reads);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("public static class B { }", GeneratorHarness.ParseOptions));
        var rerun = driver.RunGenerators(edited);

        var bound = StepReasons.Of(rerun, TrackingNames.BoundFiles);
        var linked = StepReasons.Of(rerun, TrackingNames.Linked);
        Assert.Equal((100, 0), (bound.Cached, bound.Ran));
        Assert.Equal((1, 0), (linked.Cached, linked.Ran));
        Assert.Equal(readsBefore, texts.Sum(t => t.Reads));
    }

    [Fact]
    public void One_edited_file_among_100_is_the_only_one_reparsed()
    {
        var (files, texts) = Synthetic(roles: 100 - SyntheticTaxonomy.FilesBesideRoles);
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorSetup.CreateDriver(texts.Cast<AdditionalText>().ToList()).RunGenerators(compilation);
        var readsBefore = texts.Sum(t => t.Reads);

        var file = files.Single(f => f.Path.EndsWith("role-0042.yaml", StringComparison.Ordinal));
        var original = texts.Single(t => t.Path == file.Path);
        var replacement = new InMemoryAdditionalText(file.Path, SyntheticTaxonomy.EditRoleName(file).Text);
        var rerun = driver.ReplaceAdditionalText(original, replacement).RunGenerators(compilation);

        var bound = StepReasons.Of(rerun, TrackingNames.BoundFiles);
        Assert.Equal((99, 1, 0, 0), (bound.Cached, bound.Modified, bound.New + bound.Unchanged, bound.Removed));
        Assert.Equal(1, replacement.Reads);
        Assert.Equal(readsBefore, texts.Sum(t => t.Reads));
        Assert.Contains("Edited Synthetic Role 42", rerun.GetRunResult().Results.Single().GeneratedSources
            .Single(s => s.HintName == "Roles.g.cs").SourceText.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    public void The_synthetic_taxonomy_of_the_benchmarks_generates_cleanly(int roles)
    {
        var run = GeneratorHarness.Run(SyntheticTaxonomy.Create(roles), source: "");

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationProblems);
        Assert.Contains(run.Sources, s => s.HintName == "TaskPatterns.g.cs");
    }

    /// <summary>The benchmarks' synthetic taxonomy: its files, and the same as additional texts that count their reads.</summary>
    private static (IReadOnlyList<YamlFile> Files, List<InMemoryAdditionalText> Texts) Synthetic(int roles)
    {
        var files = SyntheticTaxonomy.Create(roles);
        return (files, files.Select(f => new InMemoryAdditionalText(f.Path, f.Text)).ToList());
    }

    [Fact]
    public void No_step_output_holds_a_compilation_symbol_or_syntax_node()
    {
        var driver = GeneratorHarness.CreateDriver(YamlFile.RealContent()).RunGenerators(GeneratorHarness.CreateCompilation());
        var result = driver.GetRunResult().Results.Single();

        foreach (var name in TrackedSteps)
        {
            foreach (var output in result.TrackedSteps[name].SelectMany(step => step.Outputs))
            {
                AssertHoldsNoCompilerObjects(output.Value, name, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    private static void AssertHoldsNoCompilerObjects(object? value, string step, HashSet<object> visited)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !visited.Add(value))
        {
            return;
        }

        Assert.False(value is Compilation or ISymbol or SyntaxNode, $"Step '{step}' holds a {value.GetType().Name}");

        // Additional files and option providers are compiler inputs the pipeline filters on; they hold no compilation.
        if (value is AdditionalText or Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider)
        {
            return;
        }

        if (value is IEnumerable sequence)
        {
            foreach (var item in sequence)
            {
                AssertHoldsNoCompilerObjects(item, step, visited);
            }

            return;
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertHoldsNoCompilerObjects(field.GetValue(value), step, visited);
        }
    }
}
