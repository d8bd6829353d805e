using System;
using System.IO;
using System.Linq;
using System.Text;
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

    [Theory]
    [InlineData("windows-1252")]
    [InlineData("iso-8859-1")]
    public void A_file_saved_in_a_legacy_encoding_is_reported_at_its_first_letter_that_is_not_ASCII(string encodingName)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var scratch = new ScratchFolder().WithContent("content");
        var path = Path.Combine(scratch.Root, "content", "roles", "appsec-engineer.yaml");
        var text = File.ReadAllText(path).Replace("name: AppSec Engineer", "name: AppSec Ingénieur", StringComparison.Ordinal);
        File.WriteAllBytes(path, Encoding.GetEncoding(encodingName, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback).GetBytes(text));

        // Where a person sees the first letter that only UTF-8 writes as more than one byte.
        var first = text.TakeWhile(c => c < 0x80).Count();
        var line = text.Take(first).Count(c => c == '\n') + 1;
        var column = first - text.LastIndexOf('\n', first - 1);

        var result = CliProcess.Run(scratch.Root, "validate", "content");

        Assert.Equal(1, result.ExitCode);
        var errors = result.Output.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal)).ToList();
        Assert.StartsWith($"content/roles/appsec-engineer.yaml({line},{column}): error RT0035: ", errors[0], StringComparison.Ordinal);
        Assert.Contains("Save the file as UTF-8", errors[0], StringComparison.Ordinal);

        // The page lists the role the file would have defined: that is not a second error.
        Assert.Single(errors);
    }
}
