using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using RoleTaxonomy.Export;
using RoleTaxonomy.Testing;
using Xunit;

namespace RoleTaxonomy.Cli.Tests;

/// <summary><c>roletaxonomy export &lt;paths&gt;</c>: content read from YAML, exported with the library's renderers.</summary>
public sealed class ExportCommandTests
{
    private static readonly string CustomTaxonomy = Path.Combine("samples", "RoleTaxonomy.CustomTaxonomy", "taxonomy");

    // Loaded once: JsonSchema.Net registers a schema by its $id and refuses a second registration.
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "taxonomy.schema.json"))));

    [Theory]
    [InlineData("json")]
    [InlineData("markdown")]
    [InlineData("html")]
    [InlineData("csv")]
    public void Exporting_the_content_folder_writes_byte_for_byte_what_the_packaged_library_exports(string format)
    {
        // The library's export reads the types generated from content/; the CLI's reads the engine's model of the
        // same YAML. Equal output means the adapter builds the document the generated types do.
        var expected = format switch
        {
            "json" => TaxonomyExport.ToJson(),
            "markdown" => TaxonomyExport.ToMarkdown(),
            "html" => TaxonomyExport.ToHtml(),
            _ => TaxonomyExport.ToTaskPatternCsv(),
        };

        var result = CliProcess.Run(RepositoryPaths.Root, "export", "content", "--format", format, "--content-version", Taxonomy.Version);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(expected, result.Output);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void Exporting_broken_content_prints_the_validate_lines_to_stderr_exits_1_and_writes_nothing()
    {
        using var scratch = new ScratchFolder().WithContent("content", ("roles/appsec-engineer.yaml", "name: AppSec Engineer\n", ""));

        var export = CliProcess.Run(scratch.Root, "export", "content", "--format", "json");

        Assert.Equal(1, export.ExitCode);
        Assert.Equal(string.Empty, export.Output);
        Assert.Contains("content/roles/appsec-engineer.yaml(2,1): error RT0002: 'name' is required in a role", export.Error, StringComparison.Ordinal);

        // validate writes the same lines, then its count of files and errors.
        var validate = CliProcess.Run(scratch.Root, "validate", "content");
        Assert.Equal(1, validate.ExitCode);
        Assert.Equal(Lines(validate.Output)[..^1], Lines(export.Error));
    }

    [Fact]
    public void Member_attributes_keep_the_content_order_as_the_generated_dictionaries_do()
    {
        // The real content has one attribute per member, so the byte-for-byte comparison cannot see their order.
        using var scratch = new ScratchFolder().WithContent(
            "content",
            ("vocabularies/weakness-classes.yaml", "    attributes:\n      cwe: CWE-918\n", "    attributes:\n      owasp: A10:2021\n      cwe: CWE-918\n"));

        var result = CliProcess.Run(scratch.Root, "export", "content", "--format", "json");

        Assert.True(result.ExitCode == 0, result.Error);
        var members = JsonNode.Parse(result.Output)!["vocabularies"]!.AsArray().Single(v => (string?)v!["key"] == "weakness-classes")!["members"]!;
        var ssrf = members.AsArray().Single(m => (string?)m!["key"] == "ssrf")!["attributes"]!.AsObject();
        Assert.Equal(["owasp", "cwe"], ssrf.Select(attribute => attribute.Key));
    }

    [Fact]
    public void The_custom_taxonomy_sample_exports_json_that_the_schema_accepts_with_its_deprecation_and_no_page()
    {
        var result = CliProcess.Run(RepositoryPaths.Root, "export", CustomTaxonomy, "--format", "json", "--content-version", "2.1.0");

        Assert.True(result.ExitCode == 0, result.Error);
        using (var json = JsonDocument.Parse(result.Output))
        {
            var evaluation = Schema.Value.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(evaluation.IsValid, string.Join("\n", (evaluation.Details ?? []).Where(d => d.Errors is not null)
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        }

        var document = JsonNode.Parse(result.Output)!.AsObject();
        Assert.False(document.ContainsKey("page"));
        Assert.Equal("2.1.0", (string?)document["contentVersion"]);
        var members = document["vocabularies"]!.AsArray().Single(v => (string?)v!["key"] == "escalation-paths")!["members"]!.AsArray();
        JsonNode Member(string key) => members.Single(m => (string?)m!["key"] == key)!;
        Assert.True(JsonNode.DeepEquals(
            new JsonObject { ["reason"] = "The guild channel is archived.", ["replacedBy"] = "appsec-team" },
            Member("security-guild")["deprecated"]));
        Assert.Equal("experimental", (string?)Member("platform-team")["stability"]);
        Assert.Null(Member("appsec-team")["deprecated"]);

        // And it reads back into the library's records, as any consumer of the export would read it.
        var read = JsonSerializer.Deserialize(result.Output, TaxonomyExport.JsonTypeInfo)!;
        Assert.Null(read.Page);
        Assert.Equal("security-champion", Assert.Single(read.Roles).Key);
    }

    [Fact]
    public void Content_of_vocabularies_alone_exports_json_that_the_schema_accepts()
    {
        // The engine accepts a taxonomy with no roles (a team's shared vocabulary): its export must still be valid.
        var result = CliProcess.Run(
            RepositoryPaths.Root, "export", Path.Combine(CustomTaxonomy, "escalation-paths.yaml"), Path.Combine(CustomTaxonomy, "numbers.yaml"), "--format", "json");

        Assert.True(result.ExitCode == 0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        Assert.True(Schema.Value.Evaluate(json.RootElement).IsValid);
        Assert.Equal(0, json.RootElement.GetProperty("roles").GetArrayLength());
    }

    [Theory]
    [InlineData("markdown")]
    [InlineData("html")]
    public void Content_without_a_page_is_a_usage_error_for_the_page_formats(string format)
    {
        var result = CliProcess.Run(RepositoryPaths.Root, "export", CustomTaxonomy, "--format", format);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Contains("has no page", result.Error, StringComparison.Ordinal);
        Assert.Contains("json or csv", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Content_without_a_page_still_exports_its_task_patterns_as_csv()
    {
        var result = CliProcess.Run(RepositoryPaths.Root, "export", CustomTaxonomy, "--format", "csv");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(
            "role,key,title,references\r\n" +
            "security-champion,champion-change-review,Review the team's risky changes,escalation-paths/appsec-team\r\n" +
            "security-champion,champion-threat-modeling,Run lightweight threat modeling,\r\n",
            result.Output);
    }

    [Theory]
    [InlineData("--content-version", "1.0.0", "--content-version is for content named by path")]
    [InlineData("--format", "pdf", "'pdf' is not an export format")]
    public void Usage_errors_exit_2_and_export_nothing(string option, string value, string message)
    {
        // The packaged taxonomy has its own version; a format must be one of the four.
        var arguments = option == "--format" ? new[] { "export", "content", option, value } : new[] { "export", "--format", "json", option, value };

        var result = CliProcess.Run(RepositoryPaths.Root, arguments);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_path_without_content_files_is_a_usage_error_not_an_empty_export()
    {
        using var scratch = new ScratchFolder();
        Directory.CreateDirectory(Path.Combine(scratch.Root, "nothing-here"));

        var result = CliProcess.Run(scratch.Root, "export", "nothing-here", "--format", "json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Contains("no *.yaml or *.yml content files at 'nothing-here'", result.Error, StringComparison.Ordinal);
    }

    private static string[] Lines(string text) => text.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
