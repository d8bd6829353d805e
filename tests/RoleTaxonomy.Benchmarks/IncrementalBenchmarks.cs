using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RoleTaxonomy.Testing;

namespace RoleTaxonomy.Benchmarks;

/// <summary>
/// What the generator costs again after an edit, against a full run over the same files: an edit to unrelated C#
/// (every keystroke in an IDE), and an edit to one role's YAML. Each rerun starts from the same warm driver.
/// </summary>
[GeneratorJob]
public class IncrementalBenchmarks
{
    private IReadOnlyList<AdditionalText> _texts = Array.Empty<AdditionalText>();
    private CSharpCompilation _compilation = null!;
    private SyntaxTree _unrelatedEdit = null!;
    private GeneratorDriver _warm = null!;
    private AdditionalText _original = null!;
    private AdditionalText _edited = null!;

    [Params(Inputs.Content, Inputs.Files100)]
    public string Taxonomy { get; set; } = Inputs.Files100;

    [GlobalSetup]
    public void Setup()
    {
        var yaml = Inputs.Load(Taxonomy);
        _texts = Inputs.AdditionalTexts(yaml);
        _compilation = GeneratorSetup.CreateCompilation(Inputs.ConsumerSource);
        _unrelatedEdit = CSharpSyntaxTree.ParseText(Inputs.UnrelatedEdit, GeneratorSetup.ParseOptions, path: "Edited.cs");
        _warm = Inputs.EnsureReadsEachTextOnce(_texts, () => Inputs.CreateDriver(_texts).RunGenerators(_compilation));
        Inputs.EnsureGenerates(_warm, Taxonomy);
        Inputs.EnsureReadsEachTextOnce(_texts, FullRun);

        var role = yaml.First(f => f.Path.Contains("/roles/", StringComparison.Ordinal));
        _original = _texts.Single(t => t.Path == role.Path);
        _edited = new InMemoryAdditionalText(role.Path, SyntheticTaxonomy.EditRoleName(role).Text);
    }

    /// <summary>A new driver over the same files and the edited compilation: what a rerun is measured against.</summary>
    [Benchmark(Baseline = true)]
    public GeneratorDriver FullRun() =>
        Inputs.CreateDriver(_texts).RunGenerators(_compilation.AddSyntaxTrees(_unrelatedEdit));

    /// <summary>The compiler hands the warm driver a new compilation; the taxonomy has not changed.</summary>
    [Benchmark]
    public GeneratorDriver RerunAfterCSharpEdit() => _warm.RunGenerators(_compilation.AddSyntaxTrees(_unrelatedEdit));

    /// <summary>One role file's text changed; every other file is the same.</summary>
    [Benchmark]
    public GeneratorDriver RerunAfterYamlEdit() => _warm.ReplaceAdditionalText(_original, _edited).RunGenerators(_compilation);
}
