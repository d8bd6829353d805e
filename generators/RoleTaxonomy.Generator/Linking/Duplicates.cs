using System;
using System.Collections.Generic;
using System.Linq;
using RoleTaxonomy.Generator.Diagnostics;
using RoleTaxonomy.Generator.Model;

namespace RoleTaxonomy.Generator.Linking;

/// <summary>The rule that a key names one item of its kind, and that there is one page: the first one stays, the others are reported.</summary>
internal static class Duplicates
{
    /// <summary>The first page in file order; every other is reported where it stands.</summary>
    public static PageSpec? SinglePage(IEnumerable<ContentFile> files, DiagnosticBag diagnostics)
    {
        var pages = files.SelectMany(f => f.Pages).ToList();
        foreach (var extra in pages.Skip(1))
        {
            diagnostics.Report(DiagnosticDescriptors.DuplicatePage, extra.Location, DiagnosticBag.Where(pages[0].Location));
        }

        return pages.FirstOrDefault();
    }

    /// <summary>
    /// Keeps one item of each key and reports the others where they stand, pointing at the one kept: the first, in file
    /// order, whose file is named after its key (<c>appsec-engineer.yaml</c>), or else the first. So a copied file is
    /// the one reported, whatever its name. Items without a key are left out, already reported.
    /// </summary>
    public static List<T> Unique<T>(IEnumerable<T> items, Func<T, KeySpec> keyOf, string kind, DiagnosticBag diagnostics)
    {
        var keyed = items.Where(item => keyOf(item).Key.Value.Length > 0).ToList();
        var kept = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in keyed)
        {
            var key = keyOf(item).Key;
            if (!kept.TryGetValue(key.Value, out var current) || (!IsNamedAfter(keyOf(current).Key) && IsNamedAfter(key)))
            {
                kept[key.Value] = item;
            }
        }

        var unique = new List<T>();
        foreach (var item in keyed)
        {
            var key = keyOf(item).Key;
            var keeper = kept[key.Value];
            if (ReferenceEquals(keeper, item))
            {
                unique.Add(item);
            }
            else
            {
                diagnostics.Report(DiagnosticDescriptors.DuplicateKey, key.Location, kind, key.Value, DiagnosticBag.Where(keyOf(keeper).Key.Location));
            }
        }

        return unique;
    }

    /// <summary>True when the file the key stands in is named after it: <c>roles/appsec-engineer.yaml</c> for <c>appsec-engineer</c>.</summary>
    private static bool IsNamedAfter(TextSpec key) =>
        string.Equals(System.IO.Path.GetFileNameWithoutExtension(key.Location.FilePath), key.Value, StringComparison.Ordinal);
}
