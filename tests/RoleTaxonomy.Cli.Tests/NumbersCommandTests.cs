using System;
using System.IO;
using Xunit;

namespace RoleTaxonomy.Cli.Tests;

/// <summary><c>roletaxonomy numbers</c>, run as a process on copies of the real content, as an author runs it.</summary>
public sealed class NumbersCommandTests
{
    [Fact]
    public void Numbers_gives_a_new_member_the_next_free_number_and_keeps_the_rest_of_the_file()
    {
        using var scratch = new ScratchFolder().WithContent("content", ("vocabularies/triage-outcomes.yaml",
            "  - key: accepted-risk\n", "  - key: escalated\n    name: escalated\n  - key: accepted-risk\n"));
        var numbersPath = Path.Combine(scratch.Root, "content", "numbers.yaml");
        var before = File.ReadAllText(numbersPath);

        var check = CliProcess.Run(scratch.Root, "numbers", "content", "--check", "true");
        var build = CliProcess.Run(scratch.Root, "validate", "content");
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("1 item(s) have no number in content/numbers.yaml", check.Output, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(numbersPath));
        Assert.Equal(1, build.ExitCode);
        Assert.Contains("error RT0030: The member of 'triage-outcomes' 'escalated' has no number: add 'escalated: 4'", build.Output, StringComparison.Ordinal);

        var numbers = CliProcess.Run(scratch.Root, "numbers", "content");
        var after = File.ReadAllText(numbersPath);

        Assert.True(numbers.ExitCode == 0, numbers.Error);
        Assert.Equal(before.Replace("    accepted-risk: 3\n", "    accepted-risk: 3\n    escalated: 4\n", StringComparison.Ordinal), after);
        Assert.Equal(0, CliProcess.Run(scratch.Root, "validate", "content").ExitCode);
        Assert.Equal(0, CliProcess.Run(scratch.Root, "numbers", "content", "--check", "true").ExitCode);
    }

    [Fact]
    public void Numbers_refuses_to_rewrite_a_file_that_lost_a_line_and_names_the_gap()
    {
        using var scratch = new ScratchFolder().WithContent("content", ("numbers.yaml", "    backlog-work: 2\n", string.Empty));
        var numbersPath = Path.Combine(scratch.Root, "content", "numbers.yaml");
        var before = File.ReadAllText(numbersPath);

        var numbers = CliProcess.Run(scratch.Root, "numbers", "content");

        Assert.Equal(1, numbers.ExitCode);
        Assert.Contains("error RT0033: No member of 'triage-outcomes' has the number 2", numbers.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was written", numbers.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(numbersPath));
    }

    [Fact]
    public void Numbers_creates_the_file_for_content_that_has_none()
    {
        using var scratch = new ScratchFolder().WithContent("content");
        File.Delete(Path.Combine(scratch.Root, "content", "numbers.yaml"));
        var missing = CliProcess.Run(scratch.Root, "validate", "content");

        var numbers = CliProcess.Run(scratch.Root, "numbers", "content");

        var written = File.ReadAllText(Path.Combine(scratch.Root, "content", "numbers.yaml"));
        var committed = File.ReadAllText(Path.Combine(Testing.RepositoryPaths.Content, "numbers.yaml"));
        var numbered = System.Text.RegularExpressions.Regex.Count(committed, @"^ +[a-z0-9-]+: [0-9]+$", System.Text.RegularExpressions.RegexOptions.Multiline);

        Assert.Contains("error RT0031", missing.Output, StringComparison.Ordinal);
        Assert.True(numbers.ExitCode == 0, numbers.Error);
        Assert.True(numbered > 70);
        Assert.Contains($"content/numbers.yaml: {numbered} item(s) numbered.", numbers.Output, StringComparison.Ordinal);
        Assert.Equal(committed[committed.IndexOf("kind: numbers", StringComparison.Ordinal)..], written[written.IndexOf("kind: numbers", StringComparison.Ordinal)..]);
        Assert.Equal(0, CliProcess.Run(scratch.Root, "validate", "content").ExitCode);
    }
}
