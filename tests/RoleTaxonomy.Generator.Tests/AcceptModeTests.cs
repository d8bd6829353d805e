using System;
using RoleTaxonomy.Testing;
using Xunit;

namespace RoleTaxonomy.Generator.Tests;

/// <summary>Accepting received output is a developer's act: under CI it fails instead of passing every snapshot test.</summary>
public sealed class AcceptModeTests
{
    [Theory]
    [InlineData(null, null, false)]
    [InlineData("0", "true", false)]
    [InlineData("1", null, true)]
    [InlineData("1", "false", true)]
    public void Accept_mode_is_on_only_when_asked_for_outside_CI(string? verifyAccept, string? ci, bool expected)
    {
        Assert.Equal(expected, AcceptMode.IsRequested(verifyAccept, ci));
    }

    [Theory]
    [InlineData("true")]
    [InlineData("True")]
    public void Accept_mode_under_CI_fails_with_the_reason(string ci)
    {
        var exception = Assert.Throws<InvalidOperationException>(() => AcceptMode.IsRequested("1", ci));
        Assert.Contains("refused under CI=true", exception.Message, StringComparison.Ordinal);
    }
}
