using System;

namespace RoleTaxonomy.Testing;

/// <summary>
/// <c>VERIFY_ACCEPT=1</c> rewrites the expected files (snapshots, the regenerated page) with what the code produced
/// now. Under <c>CI=true</c> that would turn every such test green whatever the code does, so it is refused there.
/// </summary>
internal static class AcceptMode
{
    /// <summary>True when the developer asked to accept the received output; throws under CI.</summary>
    public static bool IsRequested() =>
        IsRequested(Environment.GetEnvironmentVariable("VERIFY_ACCEPT"), Environment.GetEnvironmentVariable("CI"));

    /// <summary>The rule itself, for the given values of <c>VERIFY_ACCEPT</c> and <c>CI</c>.</summary>
    public static bool IsRequested(string? verifyAccept, string? ci)
    {
        if (!string.Equals(verifyAccept, "1", StringComparison.Ordinal))
        {
            return false;
        }

        return !string.Equals(ci, "true", StringComparison.OrdinalIgnoreCase)
            ? true
            : throw new InvalidOperationException(
                "VERIFY_ACCEPT=1 is refused under CI=true: it would rewrite the expected files and pass whatever the code produced. " +
                "Accept changes on your own machine, review the diff, and commit it.");
    }
}
