using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RoleTaxonomy.Testing;
using Xunit;

namespace RoleTaxonomy.Generator.Tests.Infrastructure;

/// <summary>
/// Runs generated code: compiles a run's output with one C# expression, loads the assembly in a collectible
/// context and returns the expression's value, so that tests compare what a consumer would read at run time.
/// </summary>
internal static class GeneratedAssembly
{
    /// <summary>
    /// Runs the generator over <paramref name="files"/> in a compilation that also holds <paramref name="expression"/>,
    /// and returns the run (for its diagnostics) with the expression's value. One compilation is checked and emitted,
    /// so binding is done once.
    /// </summary>
    /// <param name="files">The content.</param>
    /// <param name="expression">A C# expression over the generated API.</param>
    /// <param name="namespaces">The namespaces the expression uses.</param>
    public static (GeneratorRun Run, object? Value) RunAndEvaluate(IEnumerable<YamlFile> files, string expression, params string[] namespaces)
    {
        var run = GeneratorHarness.Run(files, Probe(expression, namespaces));
        return (run, run.GeneratorDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? null : Invoke(run.OutputCompilation));
    }

    /// <summary>The value of <paramref name="expression"/> over the code <paramref name="run"/> generated.</summary>
    public static object? Evaluate(GeneratorRun run, string expression, params string[] namespaces) =>
        Invoke(run.OutputCompilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(Probe(expression, namespaces), GeneratorHarness.ConsumerParseOptions, path: "GeneratedProbe.cs")));

    private static string Probe(string expression, string[] namespaces) =>
        string.Concat(namespaces.Select(n => $"using {n};\n")) + $"public static class GeneratedProbe {{ public static object? Value() => {expression}; }}";

    private static object? Invoke(Compilation compilation)
    {
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));

        image.Position = 0;
        var context = new AssemblyLoadContext("generated-probe", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(image);
            return assembly.GetType("GeneratedProbe")!.GetMethod("Value")!.Invoke(null, null);
        }
        finally
        {
            context.Unload();
        }
    }
}
