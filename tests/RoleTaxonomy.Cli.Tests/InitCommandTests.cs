using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using RoleTaxonomy.Testing;
using Xunit;

namespace RoleTaxonomy.Cli.Tests;

/// <summary>
/// <c>roletaxonomy init</c>: a new team's first command. What it writes must be valid content, numbered as
/// <c>roletaxonomy numbers</c> numbers it, with schemas that are the repository's own. Building it against the packed
/// generator is the packaging tests' part (InitTests).
/// </summary>
public sealed class InitCommandTests
{
    private static readonly string[] Expected =
    {
        "Champions.csproj",
        "Program.cs",
        "taxonomy/numbers.yaml",
        "taxonomy/roles/security-champion.yaml",
        "taxonomy/schema/numbers.schema.json",
        "taxonomy/schema/page.schema.json",
        "taxonomy/schema/role.schema.json",
        "taxonomy/schema/vocabulary.schema.json",
        "taxonomy/taxonomy.yaml",
        "taxonomy/vocabularies/audiences.yaml",
    };

    [Fact]
    public void The_template_content_passes_the_engine_with_no_diagnostic_at_all()
    {
        using var scratch = new ScratchFolder();
        foreach (var (path, text) in InitCommand.Files("Champions").Where(f => f.Path.EndsWith(".yaml", StringComparison.Ordinal)))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(scratch.Root, path))!);
            File.WriteAllText(Path.Combine(scratch.Root, path), text);
        }

        var result = ContentFiles.Validate(new[] { Path.Combine(scratch.Root, "taxonomy") });

        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Model);
        Assert.Equal(new[] { "security-champion" }, result.Model!.Roles.Select(r => r.Key));
        Assert.Single(result.Model.Vocabularies);
        Assert.NotNull(result.Model.Page);
    }

    [Fact]
    public void Init_writes_a_project_with_a_page_a_role_a_vocabulary_numbers_and_schemas_and_says_what_to_run_next()
    {
        using var scratch = new ScratchFolder();

        var result = CliProcess.Run(scratch.Root, "init", "champions");

        Assert.True(result.ExitCode == 0, result.Error);
        var root = Path.Combine(scratch.Root, "champions");
        var written = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .OrderBy(f => f, StringComparer.Ordinal);
        Assert.Equal(Expected, written);
        foreach (var file in Expected)
        {
            Assert.Contains("  " + file + "\n", result.Output.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        }

        Assert.Contains("cd champions", result.Output, StringComparison.Ordinal);
        Assert.Contains("dotnet build", result.Output, StringComparison.Ordinal);
        Assert.Contains("dotnet run", result.Output, StringComparison.Ordinal);

        // The same engine as the build: no error and no warning.
        var validate = CliProcess.Run(scratch.Root, "validate", "champions");
        Assert.Equal(0, validate.ExitCode);
        Assert.Contains("4 files checked: 0 error(s), 0 warning(s).", validate.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_project_references_the_generator_at_the_tools_own_version_with_both_extensions_and_the_namespace()
    {
        using var scratch = new ScratchFolder();
        var version = XDocument.Load(Path.Combine(RepositoryPaths.Root, "Directory.Build.props")).Descendants("VersionPrefix").Single().Value;

        var result = CliProcess.Run(scratch.Root, "init", "--name", "Contoso.Champions");

        Assert.True(result.ExitCode == 0, result.Error);
        var project = XDocument.Load(Path.Combine(scratch.Root, "Contoso.Champions.csproj"));
        var reference = project.Descendants("PackageReference").Single();
        Assert.Equal("RoleTaxonomy.Generator", (string?)reference.Attribute("Include"));
        Assert.Equal(version, (string?)reference.Attribute("Version"));
        Assert.Equal("taxonomy/**/*.yaml;taxonomy/**/*.yml", (string?)project.Descendants("RoleTaxonomyContent").Single().Attribute("Include"));
        Assert.Equal("Contoso.Champions", project.Descendants("RoleTaxonomyNamespace").Single().Value);
        Assert.StartsWith("using Contoso.Champions;\n", File.ReadAllText(Path.Combine(scratch.Root, "Program.cs")), StringComparison.Ordinal);
        Assert.DoesNotContain("cd ", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("security-champions", "SecurityChampions")]
    [InlineData("my_team.taxonomy", "MyTeamTaxonomy")]
    [InlineData("2025-roles", "Taxonomy2025Roles")]
    public void Without_a_name_the_namespace_is_the_folders_name_in_PascalCase(string folder, string expected)
    {
        Assert.Equal(expected, InitCommand.NamespaceFrom(Path.Combine(Path.GetTempPath(), folder)));
        Assert.Equal(expected, InitCommand.NamespaceFrom(Path.Combine(Path.GetTempPath(), folder) + Path.DirectorySeparatorChar));
    }

    [Fact]
    public void The_numbers_file_is_what_roletaxonomy_numbers_writes_for_the_content()
    {
        using var scratch = new ScratchFolder();
        Assert.Equal(0, CliProcess.Run(scratch.Root, "init", "champions").ExitCode);
        var numbersPath = Path.Combine(scratch.Root, "champions", "taxonomy", "numbers.yaml");
        var written = File.ReadAllText(numbersPath);

        // Every item has its number already; and numbers, run on it, changes nothing.
        Assert.Equal(0, CliProcess.Run(scratch.Root, "numbers", "champions/taxonomy", "--check", "true").ExitCode);
        var numbers = CliProcess.Run(scratch.Root, "numbers", "champions/taxonomy");
        Assert.Contains("0 item(s) numbered", numbers.Output, StringComparison.Ordinal);
        Assert.Equal(written, File.ReadAllText(numbersPath));

        // Written afresh by numbers from the content alone (after its header), it is the same file.
        File.Delete(numbersPath);
        Assert.Equal(0, CliProcess.Run(scratch.Root, "numbers", "champions/taxonomy").ExitCode);
        var afresh = File.ReadAllText(numbersPath);
        Assert.Equal(written[written.IndexOf("kind: numbers", StringComparison.Ordinal)..], afresh[afresh.IndexOf("kind: numbers", StringComparison.Ordinal)..]);
    }

    [Fact]
    public void Every_YAML_file_names_a_schema_it_carries_for_its_kind_and_the_schemas_are_the_repositorys()
    {
        using var scratch = new ScratchFolder();
        Assert.Equal(0, CliProcess.Run(scratch.Root, "init", "champions").ExitCode);
        var taxonomy = Path.Combine(scratch.Root, "champions", "taxonomy");

        foreach (var schema in Directory.GetFiles(Path.Combine(RepositoryPaths.Content, "schema")))
        {
            Assert.Equal(File.ReadAllBytes(schema), File.ReadAllBytes(Path.Combine(taxonomy, "schema", Path.GetFileName(schema))));
        }

        foreach (var yaml in Directory.GetFiles(taxonomy, "*.yaml", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(yaml);
            var modeline = Regex.Match(text, @"\A# yaml-language-server: \$schema=(\S+)\n");
            Assert.True(modeline.Success, $"{yaml} does not open with a yaml-language-server modeline.");
            var kind = Regex.Match(text, @"^kind: (\S+)$", RegexOptions.Multiline).Groups[1].Value;
            var schemaPath = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(yaml)!, modeline.Groups[1].Value));
            Assert.Equal(Path.Combine(taxonomy, "schema", kind + ".schema.json"), schemaPath);
        }
    }

    [Fact]
    public void Init_overwrites_nothing_and_writes_nothing_when_a_file_is_already_there()
    {
        using var scratch = new ScratchFolder();
        var page = Path.Combine(scratch.Root, "taxonomy", "taxonomy.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(page)!);
        File.WriteAllText(page, "kind: page\n");

        var result = CliProcess.Run(scratch.Root, "init");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'taxonomy/taxonomy.yaml'", result.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was written", result.Error, StringComparison.Ordinal);
        Assert.Equal("kind: page\n", File.ReadAllText(page));
        Assert.Single(Directory.EnumerateFiles(scratch.Root, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Init_refuses_a_folder_that_already_has_a_project_file()
    {
        using var scratch = new ScratchFolder();
        File.WriteAllText(Path.Combine(scratch.Root, "Other.csproj"), "<Project />");

        var result = CliProcess.Run(scratch.Root, "init", ".", "--name", "Champions");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'Other.csproj'", result.Error, StringComparison.Ordinal);
        Assert.Single(Directory.EnumerateFiles(scratch.Root, "*", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("class")]
    [InlineData("1Champions")]
    [InlineData("Contoso..Champions")]
    [InlineData("Contoso-Champions")]
    public void A_name_that_is_not_a_namespace_is_a_usage_error(string name)
    {
        using var scratch = new ScratchFolder();

        var result = CliProcess.Run(scratch.Root, "init", "--name", name);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"'{name}' is not a C# namespace", result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(scratch.Root));
    }
}
