using System;
using System.IO;
using System.Runtime.CompilerServices;
using Xunit;

using RoleTaxonomy.Testing;

namespace RoleTaxonomy.Generator.Tests.Infrastructure;

/// <summary>
/// A stand-in for Verify (no Verify package is served here) that keeps its conventions, so that moving to
/// Verify.SourceGenerators is mechanical: <c>{Class}.{Method}#{HintName}.verified.cs</c> beside the test,
/// a <c>.received.cs</c> file written on mismatch, and <c>VERIFY_ACCEPT=1</c> to accept what was received.
/// </summary>
internal static class Snapshot
{
    public static void Verify(string actual, string name, [CallerFilePath] string callerFile = "", [CallerMemberName] string method = "")
    {
        var testClass = Path.GetFileNameWithoutExtension(callerFile);
        var stem = Path.GetFileNameWithoutExtension(name);
        var extension = Path.GetExtension(name);
        var verified = Path.Combine(RepositoryPaths.Snapshots, $"{testClass}.{method}#{stem}.verified{extension}");
        var received = Path.Combine(RepositoryPaths.Snapshots, $"{testClass}.{method}#{stem}.received{extension}");
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);

        if (AcceptMode.IsRequested())
        {
            File.WriteAllText(verified, actual);
            File.Delete(received);
            return;
        }

        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"No snapshot yet: review {received} and rename it to {Path.GetFileName(verified)}, or run the tests with VERIFY_ACCEPT=1."
            : $"The output differs from {Path.GetFileName(verified)}: compare it with {received}; if the change is intended, run the tests with VERIFY_ACCEPT=1.");
    }
}
