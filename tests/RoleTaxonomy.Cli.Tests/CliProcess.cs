using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;

namespace RoleTaxonomy.Cli.Tests;

/// <summary>What the tool wrote and how it exited.</summary>
/// <param name="ExitCode">The process's exit code.</param>
/// <param name="Output">Standard output, decoded strictly as UTF-8 (a byte-order mark stays in the text, so it shows).</param>
/// <param name="Error">Standard error.</param>
internal sealed record CliResult(int ExitCode, string Output, string Error);

/// <summary>
/// Runs the built tool as its own process: the real argument parsing, exit code and streams, and no Console swapped
/// under tests that run in parallel.
/// </summary>
internal static class CliProcess
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static CliResult Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardErrorEncoding = StrictUtf8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "RoleTaxonomy.Cli.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        using var output = new MemoryStream();
        var outputCopied = process.StandardOutput.BaseStream.CopyToAsync(output);
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            process.Kill();
            throw new TimeoutException("roletaxonomy " + string.Join(' ', (IEnumerable<string>)arguments) + " did not finish within a minute.");
        }

        outputCopied.GetAwaiter().GetResult();
        return new CliResult(process.ExitCode, StrictUtf8.GetString(output.ToArray()), error.GetAwaiter().GetResult());
    }
}
