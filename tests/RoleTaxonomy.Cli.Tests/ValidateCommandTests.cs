using System;
using System.IO;
using Xunit;

namespace RoleTaxonomy.Cli.Tests;

/// <summary><c>roletaxonomy validate &lt;paths&gt;</c>, run as a user runs it: a separate process.</summary>
public sealed class ValidateCommandTests
{
    [Fact]
    public void Validating_a_path_without_content_files_is_a_usage_error_not_a_pass()
    {
        using var scratch = new ScratchFolder();
        Directory.CreateDirectory(Path.Combine(scratch.Root, "nothing-here"));

        var result = CliProcess.Run(scratch.Root, "validate", "nothing-here");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no *.yaml or *.yml content files at 'nothing-here'", result.Error, StringComparison.Ordinal);
    }
}
