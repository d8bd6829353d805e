using System;
using System.IO;
using Xunit;

namespace RoleTaxonomy.Dashboard.Tests;

/// <summary>
/// A fact that drives Debian's Chromium. Where Chromium is missing it is skipped with what to install, so a
/// developer without it still gets a green run; under <c>CI=true</c> it always runs, and fails without Chromium.
/// </summary>
/// <remarks>xunit 2 has no dynamic skip; a fact whose <see cref="FactAttribute.Skip"/> is set in its constructor is the way.</remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    /// <summary>Where Debian's <c>chromium</c> package installs the browser.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!IsChromiumInstalled && !IsContinuousIntegration)
        {
            Skip = $"Chromium is not installed at {ChromiumPath}. Install it with `apt-get update && apt-get install -y chromium` " +
                "(Debian, as root), then run the tests again. Under CI=true this test runs, and fails without Chromium.";
        }
    }

    public static bool IsChromiumInstalled => File.Exists(ChromiumPath);

    public static bool IsContinuousIntegration =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
