using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using RoleTaxonomy.Testing;
using Xunit;

namespace RoleTaxonomy.Cli.Tests;

/// <summary><c>--version</c>, <c>--help</c> and each command's own usage, run as a user runs them.</summary>
public sealed class HelpAndVersionTests
{
    public static TheoryData<string> CommandNames => new(Help.Commands.Keys.OrderBy(k => k, StringComparer.Ordinal));

    [Fact]
    public void Version_prints_the_packages_version_from_its_one_source()
    {
        var version = XDocument.Load(Path.Combine(RepositoryPaths.Root, "Directory.Build.props")).Descendants("VersionPrefix").Single().Value;
        using var scratch = new ScratchFolder();

        var result = CliProcess.Run(scratch.Root, "--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(version + "\n", result.Output.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Empty(result.Error);
    }

    [Theory]
    [MemberData(nameof(CommandNames))]
    public void Each_command_prints_its_own_usage_for_help_h_and_help_command_and_does_nothing_else(string command)
    {
        using var scratch = new ScratchFolder();

        foreach (var arguments in new[] { new[] { command, "--help" }, new[] { command, "-h" }, new[] { "help", command }, new[] { command, "some-folder", "--help" } })
        {
            var result = CliProcess.Run(scratch.Root, arguments);

            Assert.True(result.ExitCode == 0, $"{string.Join(' ', arguments)}: {result.Error}");
            Assert.StartsWith($"Usage: roletaxonomy {command}", result.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("Commands:", result.Output, StringComparison.Ordinal);
            Assert.Empty(result.Error);
        }

        // Asking for help wrote nothing: no project from init, no numbers file from numbers.
        Assert.Empty(Directory.EnumerateFileSystemEntries(scratch.Root));
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("export")]
    [InlineData("diff")]
    [InlineData("numbers")]
    public void Every_command_that_reads_content_says_which_files_it_reads(string command)
    {
        using var scratch = new ScratchFolder();

        var result = CliProcess.Run(scratch.Root, command, "--help");

        Assert.Contains("*.yaml and *.yml files", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public void The_overview_names_every_command_and_how_to_get_its_usage(string argument)
    {
        using var scratch = new ScratchFolder();

        var result = CliProcess.Run(scratch.Root, argument);

        Assert.Equal(0, result.ExitCode);
        foreach (var command in Help.Commands.Keys)
        {
            Assert.Contains($"\n  {command} ", result.Output.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        }

        Assert.Contains("roletaxonomy <command> --help", result.Output, StringComparison.Ordinal);
        Assert.Contains("roletaxonomy --version", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_usage_error_prints_the_commands_own_usage_to_standard_error_and_exits_2()
    {
        using var scratch = new ScratchFolder();

        var result = CliProcess.Run(scratch.Root, "validate");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.StartsWith("roletaxonomy: validate needs at least one file or folder.", result.Error, StringComparison.Ordinal);
        Assert.Contains("Usage: roletaxonomy validate <path>...", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Commands:", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("help", "nosuch")]
    [InlineData("nosuch")]
    [InlineData("--version", "extra")]
    public void Help_for_an_unknown_command_and_unknown_commands_are_usage_errors(params string[] arguments)
    {
        using var scratch = new ScratchFolder();

        var result = CliProcess.Run(scratch.Root, arguments);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Commands:", result.Error, StringComparison.Ordinal);
    }
}
