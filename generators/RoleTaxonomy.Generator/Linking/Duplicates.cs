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

    /// <summary>Keeps the first item of each key (in file order) and reports the others; items without a key are left out, already reported.</summary>
    public static List<T> Unique<T>(IEnumerable<T> items, Func<T, KeySpec> keyOf, string kind, DiagnosticBag diagnostics)
    {
        var first = new Dictionary<string, KeySpec>(StringComparer.Ordinal);
        var unique = new List<T>();
        foreach (var item in items)
        {
            var key = keyOf(item);
            if (key.Key.Value.Length == 0)
            {
                continue;
            }

            if (first.TryGetValue(key.Key.Value, out var existing))
            {
                diagnostics.Report(DiagnosticDescriptors.DuplicateKey, key.Key.Location, kind, key.Key.Value, DiagnosticBag.Where(existing.Key.Location));
                continue;
            }

            first.Add(key.Key.Value, key);
            unique.Add(item);
        }

        return unique;
    }
}
