using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using RoleTaxonomy.Export;
using RoleTaxonomy.Generator;
using RoleTaxonomy.Generator.Linking;
using RoleTaxonomy.Generator.Model;
using RoleTaxonomy.Generator.Tests.Infrastructure;
using RoleTaxonomy.Testing;
using Xunit;

namespace RoleTaxonomy.Cli.Tests;

/// <summary>
/// The two routes to the export agree on any content: the document the CLI builds from the engine's linked model, and
/// the JSON the generated records write at run time (the library's route), compared on random taxonomies.
/// </summary>
public sealed class ExportRoutesPropertyTests
{
    private const int RandomTaxonomies = 15;

    private static readonly GeneratorOptions Options = new("RoleTaxonomy", IsPublic: true, TargetFeatures.All);

    /// <summary>The content and the numbers file the engine's own writer gives it, as <c>roletaxonomy numbers</c> would.</summary>
    private static List<YamlFile> WithNumbers(List<YamlFile> files)
    {
        var bound = files.Select(f => TaxonomyEngine.BindFile(f.Path, f.Text, default)).ToList();
        return files.Append(new YamlFile("random/numbers.yaml", NumbersFileWriter.Write(bound).Text)).ToList();
    }

    [Fact]
    public void The_CLIs_document_and_the_generated_records_write_the_same_roles_and_vocabularies()
    {
        var checkedCount = 0;
        RandomTaxonomy.Generator.Sample(
            taxonomy =>
            {
                var files = WithNumbers(taxonomy.Files().ToList());
                var linked = TaxonomyEngine.Validate(files.Select(f => (f.Path, f.Text)), Options);
                Assert.DoesNotContain(linked.Diagnostics, d => d.IsError);
                var document = ModelDocument.Create(linked.Model!);
                var engine = JsonNode.Parse(JsonSerializer.Serialize(document, TaxonomyExport.JsonTypeInfo))!;

                var (run, written) = GeneratedAssembly.RunAndEvaluate(
                    files,
                    "\"[\" + JsonSerializer.Serialize(Roles.All) + \",\" + JsonSerializer.Serialize(Vocabularies.All) + \"]\"",
                    "System.Text.Json", "RoleTaxonomy");
                Assert.Empty(run.GeneratorDiagnostics);
                var generated = JsonNode.Parse((string)written!)!.AsArray();

                Assert.True(JsonNode.DeepEquals(engine["roles"], generated[0]), $"roles differ:\n{engine["roles"]}\n{generated[0]}");
                Assert.True(JsonNode.DeepEquals(engine["vocabularies"], generated[1]), $"vocabularies differ:\n{engine["vocabularies"]}\n{generated[1]}");
                checkedCount++;
            },
            iter: RandomTaxonomies,
            threads: 1,
            print: taxonomy => string.Join("\n", taxonomy.Files().Select(f => "# " + f.Path + "\n" + f.Text)));

        Assert.Equal(RandomTaxonomies, checkedCount);
    }
}
