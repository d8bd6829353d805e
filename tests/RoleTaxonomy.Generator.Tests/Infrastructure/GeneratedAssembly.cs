using System.IO;
using System.Linq;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace RoleTaxonomy.Generator.Tests.Infrastructure;

/// <summary>
/// Runs generated code: compiles a run's output with one C# expression, loads the assembly in a collectible
/// context and returns the expression's value, so that tests compare what a consumer would read at run time.
/// </summary>
internal static class GeneratedAssembly
{
    /// <param name="run">The generator run whose output compilation to run.</param>
    /// <param name="expression">A C# expression over the generated API.</param>
    /// <param name="usings">The namespaces the expression uses, separated by ";\nusing ".</param>
    public static object? Evaluate(GeneratorRun run, string expression, string usings) =>
        Evaluate(run.OutputCompilation, expression, usings);

    public static object? Evaluate(Compilation compilation, string expression, string usings)
    {
        var probe = CSharpSyntaxTree.ParseText(
            $"using {usings};\npublic static class GeneratedProbe {{ public static object? Value() => {expression}; }}",
            GeneratorHarness.ConsumerParseOptions,
            path: "GeneratedProbe.cs");
        var withProbe = compilation.AddSyntaxTrees(probe);
        using var image = new MemoryStream();
        var emitted = withProbe.Emit(image);
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
