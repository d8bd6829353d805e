using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RoleTaxonomy.Generator.Emitting;
using RoleTaxonomy.Generator.Tests.Infrastructure;
using RoleTaxonomy.Testing;
using Xunit;

namespace RoleTaxonomy.Generator.Tests;

/// <summary>
/// The model types' template, <c>Emitting/Templates/Model.cs</c>, is real C#, and the generator changes only what its
/// header says. It is compiled here, as embedded, in place of Model.g.cs beside the code generated from the real
/// content: in memory rather than as a Compile item of some project, since what it needs (RoleId, Roles and the rest)
/// is generated code, which a project would get only with a Model.g.cs of its own, or from hand-written stand-ins.
/// </summary>
public sealed class ModelTemplateTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_template_as_written_compiles_without_warnings_beside_the_generated_content(bool json)
    {
        var compilation = GeneratorSetup.CreateCompilation(withoutAssemblies: json ? null : new[] { "System.Text.Json.dll" });
        GeneratorHarness.CreateDriver(YamlFile.RealContent())
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var template = CSharpSyntaxTree.ParseText(
            ModelSource.Template,
            GeneratorHarness.ParseOptions.WithPreprocessorSymbols(json ? new[] { ModelSource.JsonSymbol } : Array.Empty<string>()),
            path: "Emitting/Templates/Model.cs");

        var withTemplate = output.ReplaceSyntaxTree(output.SyntaxTrees.Single(t => t.FilePath.EndsWith("/" + ModelSource.HintName, StringComparison.Ordinal)), template);

        Assert.Empty(generatorDiagnostics);
        Assert.Empty(withTemplate.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Equal(json, withTemplate.GetTypeByMetadataName("RoleTaxonomy.TaxonomyJson") is not null);
        Assert.Same(template, withTemplate.GetTypeByMetadataName("RoleTaxonomy.Role")!.Locations.Single().SourceTree);
    }

    [Fact]
    public void In_another_namespace_and_internal_nothing_of_the_template_namespace_or_its_directives_is_left()
    {
        var text = ModelSource.Emit(new ModelTypesOptions("Contoso.Security", IsPublic: false, HasJson: true)).Text.ToString();

        Assert.DoesNotContain("RoleTaxonomy", text.Replace("RoleTaxonomy.Generator", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("\n#", text.Replace("\n#nullable enable\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("    #", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n    public ", text, StringComparison.Ordinal);
        Assert.Contains("\n    internal sealed partial record Role\n", text, StringComparison.Ordinal);
        Assert.Contains("global::Contoso.Security.TaxonomyJson.WriteRole(writer, value);", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("#if DEBUG\n#endif\n")]
    [InlineData("#if ROLETAXONOMY_JSON\n#else\n#endif\n")]
    [InlineData("#if ROLETAXONOMY_JSON\n#if ROLETAXONOMY_JSON\n#endif\n#endif\n")]
    [InlineData("#endif\n")]
    [InlineData("#if ROLETAXONOMY_JSON\n")]
    [InlineData("#region Types\n#endregion\n")]
    public void A_directive_the_generator_does_not_know_is_refused_rather_than_passed_on(string body)
    {
        var template = "namespace RoleTaxonomy;\n\n" + body;

        Assert.Throws<InvalidOperationException>(() =>
            ModelSource.Render(new SourceWriter(), template, new ModelTypesOptions("RoleTaxonomy", IsPublic: true, HasJson: true)));
    }
}
