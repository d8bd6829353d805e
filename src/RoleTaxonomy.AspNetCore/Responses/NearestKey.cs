using System;
using System.Collections.Generic;

namespace RoleTaxonomy.AspNetCore.Responses;

/// <summary>
/// The known key a mistyped one most likely meant, by the rule the generated <c>Parse</c> methods follow: the same key
/// in another case or spelt as a member name (<c>AppSecEngineer</c>), or one within a few edits. The library keeps its
/// own copy internal, so this package has one of its own.
/// </summary>
internal static class NearestKey
{
    // Longer input is no typo of a kebab-case key, and the distance costs length squared.
    private const int MaxComparedLength = 256;

    public static string? Find(string key, IReadOnlyList<string> knownKeys)
    {
        if (key.Length > MaxComparedLength)
        {
            return null;
        }

        var folded = Fold(key);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in knownKeys)
        {
            if (string.Equals(Fold(candidate), folded, StringComparison.Ordinal))
            {
                return candidate;
            }

            var distance = Distance(key, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best is not null && bestDistance <= Math.Max(2, best.Length / 3) ? best : null;
    }

    // Lower-case letters and digits only: 'AppSecEngineer', 'appsec_engineer' and 'appsec-engineer' fold alike.
    private static string Fold(string text)
    {
        Span<char> buffer = text.Length <= MaxComparedLength ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer[..length]);
    }

    // Levenshtein, case-insensitive, over two rows.
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
