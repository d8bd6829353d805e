using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;
using RoleTaxonomy.Testing;

namespace RoleTaxonomy.Benchmarks;

/// <summary>
/// What the generated code costs the consumer's build after the generator has run, against the generator's own run:
/// the compiler parses, binds and emits the generated C# as it does any C#, and that work grows with the emitted size,
/// which <see cref="GenerationBenchmarks.FullGeneration"/> does not count (the driver parses its output lazily).
/// Run on synthetic taxonomies of 100, 300 and 1,000 roles of ten task patterns each.
/// </summary>
/// <remarks>
/// csc reports the diagnostics from its one <c>Emit</c> pass; an <c>Emit</c> after <c>GetDiagnostics()</c> binds the
/// method bodies again (a compilation does not keep them), so <see cref="CompileGenerated"/> is an upper bound of what a
/// build spends on the generated code: at 300 roles, outside BenchmarkDotNet, the two together took 1.1 to 1.3 times
/// <c>Emit</c> alone.
/// </remarks>
[GeneratorJob]
public class ConsumerCompileBenchmarks
{
    /// <summary>The SDK's default for debug information: a portable PDB beside the assembly.</summary>
    private static readonly EmitOptions PortablePdb = new(debugInformationFormat: DebugInformationFormat.PortablePdb);

    private IReadOnlyList<AdditionalText> _texts = Array.Empty<AdditionalText>();
    private CSharpCompilation _compilation = null!;
    private ImmutableArray<GeneratedSourceResult> _generated = ImmutableArray<GeneratedSourceResult>.Empty;

    [Params(Inputs.Roles100, Inputs.Roles300, Inputs.Roles1000)]
    public string Taxonomy { get; set; } = Inputs.Roles300;

    /// <summary>Runs the generator once, as <see cref="Generate"/> does, and keeps the C# it wrote.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _texts = Inputs.AdditionalTexts(Inputs.Load(Taxonomy));
        _compilation = ConsumerCompilation();
        var driver = Inputs.EnsureReadsEachTextOnce(_texts, Generate);
        _generated = Inputs.EnsureGenerates(driver, Taxonomy).GeneratedSources;
    }

    /// <summary>
    /// The baseline: the generator's full run, as <see cref="GenerationBenchmarks.FullGeneration"/> measures it (a new
    /// driver over the additional files, run on the consumer's compilation).
    /// </summary>
    [Benchmark(Baseline = true)]
    public GeneratorDriver Generate() =>
        Inputs.CreateDriver(_texts).RunGenerators(_compilation);

    /// <summary>
    /// What the consumer's compiler then does with the generated code: parse every generated file (in parallel, as csc
    /// parses, with the generator's parse options and its hint name as the path), add them to the consumer's compilation,
    /// report its diagnostics and write the assembly and its portable PDB. Throws when the code does not compile
    /// cleanly: a benchmark of broken code measures nothing.
    /// </summary>
    [Benchmark]
    public EmitResult CompileGenerated()
    {
        var trees = new SyntaxTree[_generated.Length];
        Parallel.For(0, trees.Length, i => trees[i] = CSharpSyntaxTree.ParseText(
            _generated[i].SourceText, GeneratorSetup.ParseOptions, _generated[i].HintName));
        var compilation = _compilation.AddSyntaxTrees(trees);
        var diagnostics = compilation.GetDiagnostics();

        using var pe = new MemoryStream();
        using var pdb = new MemoryStream();
        var result = compilation.Emit(pe, pdb, options: PortablePdb);
        var wrong = diagnostics.Concat(result.Diagnostics)
            .Where(d => d.Severity >= DiagnosticSeverity.Warning && !d.IsSuppressed)
            .ToList();
        if (!result.Success || wrong.Count > 0)
        {
            throw new InvalidOperationException(
                $"The code generated for '{Taxonomy}' does not compile cleanly ({wrong.Count} errors and warnings): " +
                string.Join("; ", wrong.Take(5).Select(d => d.ToString())));
        }

        return result;
    }

    /// <summary>
    /// The consumer's compilation, its one file read with an encoding as csc reads files: a PDB holds a checksum of every
    /// source, which needs its encoding (CS8055 without it).
    /// </summary>
    private static CSharpCompilation ConsumerCompilation()
    {
        var compilation = GeneratorSetup.CreateCompilation(Inputs.ConsumerSource);
        var consumer = compilation.SyntaxTrees.Single();
        var encoded = CSharpSyntaxTree.ParseText(
            SourceText.From(Inputs.ConsumerSource, Encoding.UTF8), GeneratorSetup.ConsumerParseOptions, consumer.FilePath);
        return compilation.ReplaceSyntaxTree(consumer, encoded);
    }
}
