using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

using RoleTaxonomy.Testing;

namespace RoleTaxonomy.Tests.Infrastructure;

/// <summary>The knowledge-base page the content is written from, as text.</summary>
internal static partial class SeedPage
{
    private static readonly Lazy<string?> LazyText = new(() =>
        File.Exists(RepositoryPaths.SeedPage) ? File.ReadAllText(RepositoryPaths.SeedPage) : null);

    /// <summary>The page's raw text. Fails the calling test, loudly, when the seed file is missing.</summary>
    public static string Text
    {
        get
        {
            var text = LazyText.Value;
            if (text is null)
            {
                Assert.Fail(
                    "The seed page was not found at " + RepositoryPaths.SeedPage
                    + " (content/source/day-in-the-life.txt in the repository). Seed-fidelity tests cannot pass without it.");
            }

            Assert.False(string.IsNullOrWhiteSpace(text), "The seed page at " + RepositoryPaths.SeedPage + " is empty.");
            return text;
        }
    }

    /// <summary>The page's text with every run of whitespace (line breaks included) collapsed to one space.</summary>
    public static string Normalized => NormalizeWhitespace(Text).Trim();

    /// <summary>The page's non-empty lines, trimmed, whitespace runs inside a line collapsed to one space.</summary>
    public static IReadOnlyList<string> Lines =>
        Text.Split('\n')
            .Select(line => NormalizeWhitespace(line).Trim())
            .Where(line => line.Length > 0)
            .ToList();

    /// <summary>Collapses every run of whitespace to one space.</summary>
    public static string NormalizeWhitespace(string text) => Whitespace().Replace(text, " ");

    /// <summary>
    /// A line reduced to its text: without a leading bullet ("•"), a leading "N. " number, or one trailing ";" or ".".
    /// </summary>
    public static string StripMarkers(string line)
    {
        var text = line.Trim();
        if (text.StartsWith('•'))
        {
            text = text[1..].TrimStart();
        }

        text = Numbering().Replace(text, string.Empty);
        if (text.EndsWith(';') || text.EndsWith('.'))
        {
            text = text[..^1];
        }

        return text;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^\d+\.\s+")]
    private static partial Regex Numbering();
}
