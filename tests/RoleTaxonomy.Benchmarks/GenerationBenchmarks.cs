using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RoleTaxonomy.Generator;
using RoleTaxonomy.Generator.Emitting;
using RoleTaxonomy.Generator.Parsing;
using RoleTaxonomy.Testing;
using YamlDotNet.Core;

namespace RoleTaxonomy.Benchmarks;

/// <summary>
/// A full generation, as the compiler runs it, against the floor: the same YAML parsed alone with YamlDotNet.
/// Run on the real content and on synthetic taxonomies of 10, 100 and 1,000 roles of ten task patterns each.
/// Between the two, the generator's stages without the driver, each including the ones before it.
/// </summary>
[GeneratorJob]
public class GenerationBenchmarks
{
    private IReadOnlyList<YamlFile> _yaml = Array.Empty<YamlFile>();
    private IReadOnlyList<AdditionalText> _texts = Array.Empty<AdditionalText>();
    private CSharpCompilation _compilation = null!;

    [Params(Inputs.Content, Inputs.Roles10, Inputs.Roles100, Inputs.Roles1000)]
    public string Taxonomy { get; set; } = Inputs.Content;

    [GlobalSetup]
    public void Setup()
    {
        _yaml = Inputs.Load(Taxonomy);
        _texts = Inputs.AdditionalTexts(_yaml);
        _compilation = GeneratorSetup.CreateCompilation(Inputs.ConsumerSource);
        Inputs.EnsureGenerates(Inputs.EnsureReadsEachTextOnce(_texts, FullGeneration), Taxonomy);
    }

    /// <summary>The floor: every file's YAML through YamlDotNet's parser, event by event, and nothing else.</summary>
    [Benchmark(Baseline = true)]
    public int ParseYamlOnly()
    {
        var events = 0;
        foreach (var file in _yaml)
        {
            var parser = new Parser(new Scanner(new StringReader(file.Text!), skipComments: true));
            while (parser.MoveNext())
            {
                events++;
            }
        }

        return events;
    }

    /// <summary>The generator's reader: the same parser events made into a syntax tree with positions and limits.</summary>
    [Benchmark]
    public int ReadYamlSyntax()
    {
        var nodes = 0L;
        foreach (var file in _yaml)
        {
            nodes += YamlReader.Read(file.Path, file.Text!, YamlLimits.Default, default).Root?.ExpandedSize ?? 0;
        }

        return (int)nodes;
    }

    /// <summary>Read and bind every file, keeping what each binds to, as the BoundFiles step does.</summary>
    [Benchmark]
    public object BindFiles() => _yaml.Select(f => TaxonomyEngine.BindFile(f.Path, f.Text, default)).ToImmutableArray();

    /// <summary>The generator's own work without the driver: read, bind and link every file, write the C#.</summary>
    [Benchmark]
    public int BindLinkEmit()
    {
        var files = _yaml.Select(f => TaxonomyEngine.BindFile(f.Path, f.Text, default)).ToImmutableArray();
        var model = TaxonomyEngine.Link(files, Inputs.Options).Model ?? throw new InvalidOperationException("The taxonomy has errors.");
        return TaxonomyEmitter.Emit(model).Sum(s => s.Text.Length);
    }

    /// <summary>A full generation as the compiler runs it: a new driver over the additional files, and the generated C# parsed.</summary>
    [Benchmark]
    public GeneratorDriver FullGeneration() => Inputs.CreateDriver(_texts).RunGenerators(_compilation);
}
