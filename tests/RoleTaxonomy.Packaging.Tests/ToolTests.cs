using System;
using System.IO;
using RoleTaxonomy.Testing;
using Xunit;

namespace RoleTaxonomy.Packaging.Tests;

/// <summary>A fresh user installs the roletaxonomy tool from the local pack, validates broken content, diffs versions and exports.</summary>
[Collection(PackagesGroup.Name)]
public sealed class ToolTests
{
    private readonly PackagesFixture _packages;

    public ToolTests(PackagesFixture packages) => _packages = packages;

    [Fact]
    public void Installed_tool_reports_RT_errors_and_flags_a_removal_as_breaking()
    {
        var toolPath = Path.Combine(_packages.WorkRoot, "tools");
        var install = PackagesFixture.Dotnet(_packages.WorkRoot, $"tool install RoleTaxonomy.Cli --version {PackagesFixture.Version} --tool-path \"{toolPath}\"");
        Assert.True(install.ExitCode == 0, install.Output);
        var tool = Path.Combine(toolPath, "roletaxonomy");

        var before = Copy("content-v1");
        var after = Copy("content-v2");
        Edit(after, "vocabularies/triage-outcomes.yaml", "  - key: backlog-work\n    name: backlog work\n", "");
        Edit(after, "roles/appsec-engineer.yaml", "        - backlog-work\n", "");
        var deprecated = Copy("content-v1-deprecated");
        Edit(deprecated, "vocabularies/triage-outcomes.yaml", "    name: backlog work\n",
            "    name: backlog work\n    deprecated:\n      reason: Backlog work is accepted risk by another name.\n      replacedBy: accepted-risk\n");
        var broken = Copy("content-broken");
        Edit(broken, "roles/appsec-engineer.yaml", "name: AppSec Engineer\n", "");

        var validate = PackagesFixture.Run(tool, _packages.WorkRoot, "validate content-broken");
        Assert.Equal(1, validate.ExitCode);
        Assert.Contains("content-broken/roles/appsec-engineer.yaml(2,1): error RT0002: 'name' is required in a role", validate.Output, StringComparison.Ordinal);

        var valid = PackagesFixture.Run(tool, _packages.WorkRoot, "validate content-v1");
        Assert.True(valid.ExitCode == 0, valid.Output);

        var diff = PackagesFixture.Run(tool, _packages.WorkRoot, "diff content-v1 content-v2");
        Assert.Equal(1, diff.ExitCode);
        Assert.Contains("BREAKING removed vocabulary member 'triage-outcomes/backlog-work'", diff.Output, StringComparison.Ordinal);

        // The same removal in two steps: deprecate first, remove in a later version. Neither step breaks.
        var deprecate = PackagesFixture.Run(tool, _packages.WorkRoot, "diff content-v1 content-v1-deprecated");
        Assert.True(deprecate.ExitCode == 0, deprecate.Output);
        Assert.Contains("deprecated vocabulary member 'triage-outcomes/backlog-work'", deprecate.Output, StringComparison.Ordinal);
        var remove = PackagesFixture.Run(tool, _packages.WorkRoot, "diff content-v1-deprecated content-v2");
        Assert.True(remove.ExitCode == 0, remove.Output);
        Assert.DoesNotContain("BREAKING", remove.Output, StringComparison.Ordinal);

        // The installed tool exports content at a path as the library exports its own: the page, regenerated.
        var export = PackagesFixture.Run(tool, _packages.WorkRoot, "export content-v1 --format markdown --output day-in-the-life.md");
        Assert.True(export.ExitCode == 0, export.Output);
        Assert.Equal(
            File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "day-in-the-life.md")),
            File.ReadAllText(Path.Combine(_packages.WorkRoot, "day-in-the-life.md")));

        string Copy(string name)
        {
            var target = Path.Combine(_packages.WorkRoot, name);
            foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Content, "*.yaml", SearchOption.AllDirectories))
            {
                var destination = Path.Combine(target, Path.GetRelativePath(RepositoryPaths.Content, file));
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Copy(file, destination);
            }

            return target;
        }

        static void Edit(string root, string file, string from, string to)
        {
            var path = Path.Combine(root, file);
            var text = File.ReadAllText(path);
            Assert.Contains(from, text, StringComparison.Ordinal);
            File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
        }
    }
}
