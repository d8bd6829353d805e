using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace RoleTaxonomy.Packaging.Tests;

/// <summary>
/// A new team starts from the packages alone: the packed tool's <c>init</c> in an empty folder, a build against the
/// packed generator, then a mistake in the YAML. And a project whose content pattern matches nothing is told so.
/// </summary>
[Collection(PackagesGroup.Name)]
public sealed class InitTests
{
    private readonly PackagesFixture _packages;

    public InitTests(PackagesFixture packages) => _packages = packages;

    [Fact]
    public void Init_in_an_empty_folder_builds_without_a_warning_runs_and_a_misspelt_field_fails_at_its_line_with_the_fix()
    {
        var tool = InstallTool();
        var version = PackagesFixture.Run(tool, _packages.WorkRoot, "--version");
        Assert.Equal(PackagesFixture.Version, version.Output.Trim());

        var folder = _packages.NewProjectFolder("security-champions");
        var init = PackagesFixture.Run(tool, folder, "init");
        Assert.True(init.ExitCode == 0, init.Output);
        Assert.True(File.Exists(Path.Combine(folder, "SecurityChampions.csproj")), init.Output);

        var build = PackagesFixture.Dotnet(folder, "build");
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotMatch(new Regex(@": warning [A-Z]+\d+"), build.Output);
        Assert.Matches(new Regex(@"\b0 Warning\(s\)"), build.Output);
        AssertNoGeneratorLoadFailure(build);

        var run = PackagesFixture.Dotnet(folder, "run --no-build");
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("Security Champions — what a champion does all day", run.Output, StringComparison.Ordinal);
        Assert.Contains("Security Champion (security-champion): Brings security practice into one product team.", run.Output, StringComparison.Ordinal);
        Assert.Contains("  Coach the next champion [champion-onboarding]", run.Output, StringComparison.Ordinal);

        // The author misspells a field of the role: the first error is at that line and column, and says the fix.
        var role = Path.Combine(folder, "taxonomy", "roles", "security-champion.yaml");
        var lines = File.ReadAllLines(role);
        var line = Array.FindIndex(lines, l => l.StartsWith("summary:", StringComparison.Ordinal)) + 1;
        Assert.True(line > 0, "The role file has no summary.");
        File.WriteAllText(role, File.ReadAllText(role).Replace("\nsummary:", "\nsumary:", StringComparison.Ordinal));

        var broken = PackagesFixture.Dotnet(folder, "build --no-restore");
        Assert.NotEqual(0, broken.ExitCode);
        var first = Regex.Match(broken.Output, @"(?<file>\S+)\((?<line>\d+),(?<column>\d+)\): error (?<id>\w+): (?<message>.*?) \[");
        Assert.True(first.Success, broken.Output);
        Assert.Equal("RT0003", first.Groups["id"].Value);
        Assert.Equal(Path.GetFullPath(role), Path.GetFullPath(first.Groups["file"].Value));
        Assert.Equal((line, 1), (int.Parse(first.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(first.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains("'sumary' is not a field of a role", first.Groups["message"].Value, StringComparison.Ordinal);
        Assert.Contains("did you mean 'summary'", first.Groups["message"].Value, StringComparison.Ordinal);
        AssertNoGeneratorLoadFailure(broken);
    }

    [Fact]
    public void A_content_pattern_that_matches_no_file_is_warning_RT0037_naming_the_pattern_until_it_is_corrected()
    {
        var folder = _packages.NewProjectFolder("mistyped-pattern");
        var taxonomy = Path.Combine(folder, "taxonomy");
        Directory.CreateDirectory(taxonomy);
        foreach (var yaml in Directory.GetFiles(Path.Combine(Testing.RepositoryPaths.Root, "samples", "RoleTaxonomy.CustomTaxonomy", "taxonomy"), "*.yaml"))
        {
            File.Copy(yaml, Path.Combine(taxonomy, Path.GetFileName(yaml)));
        }

        var projectPath = Path.Combine(folder, "Mistyped.csproj");
        File.WriteAllText(projectPath, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="RoleTaxonomy.Generator" Version="{PackagesFixture.Version}" PrivateAssets="all" />
                <RoleTaxonomyContent Include="taxnomy/**/*.yaml;taxnomy/**/*.yml" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "Uses.cs"), "public static class Uses { }\n");

        var build = PackagesFixture.Dotnet(folder, "build");
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Contains(
            "Mistyped.csproj : warning RT0037: RoleTaxonomyContent Include=\"taxnomy/**/*.yaml;taxnomy/**/*.yml\" matches no file, so the generator reads no taxonomy from it",
            build.Output, StringComparison.Ordinal);

        // Corrected, it reads the .yaml files and says nothing about the .yml half that matches none.
        File.WriteAllText(projectPath, File.ReadAllText(projectPath).Replace("taxnomy/", "taxonomy/", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(folder, "Uses.cs"), "namespace Mistyped { public static class Uses { public static string Key => RoleId.SecurityChampion.ToKey(); } }\n");
        var fixedBuild = PackagesFixture.Dotnet(folder, "build --no-restore");
        Assert.True(fixedBuild.ExitCode == 0, fixedBuild.Output);
        Assert.DoesNotContain("RT0037", fixedBuild.Output, StringComparison.Ordinal);
    }

    private string InstallTool()
    {
        var toolPath = Path.Combine(_packages.WorkRoot, "init-tools");
        if (!File.Exists(Path.Combine(toolPath, "roletaxonomy")))
        {
            var install = PackagesFixture.Dotnet(_packages.WorkRoot, $"tool install RoleTaxonomy.Cli --version {PackagesFixture.Version} --tool-path \"{toolPath}\"");
            Assert.True(install.ExitCode == 0, install.Output);
        }

        return Path.Combine(toolPath, "roletaxonomy");
    }

    private static void AssertNoGeneratorLoadFailure(ProcessResult result)
    {
        Assert.DoesNotContain("CS8784", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS8785", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("RT0099", result.Output, StringComparison.Ordinal);
    }
}
