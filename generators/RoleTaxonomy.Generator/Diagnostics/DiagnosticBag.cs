using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using RoleTaxonomy.Generator.Model;
using RoleTaxonomy.Generator.Naming;

namespace RoleTaxonomy.Generator.Diagnostics;

/// <summary>
/// The one collector of diagnostics that the reader, the binder and the linker report into, with the helpers every
/// message shares: the "did you mean" hint and the way a message names another place.
/// </summary>
internal sealed class DiagnosticBag
{
    /// <summary>
    /// A suggestion compares the unknown name with every known one: content with thousands of unknown references to
    /// thousands of keys would cost billions of comparisons, so only the first ones get a suggestion.
    /// </summary>
    public const int MaxSuggestions = 100;

    private readonly List<DiagnosticInfo> _items = new();
    private int _suggestionsLeft = MaxSuggestions;

    public int Count => _items.Count;

    public IReadOnlyList<DiagnosticInfo> Items => _items;

    public void Report(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
        _items.Add(DiagnosticInfo.Create(descriptor, location, arguments));

    public void AddRange(IEnumerable<DiagnosticInfo> diagnostics) => _items.AddRange(diagnostics);

    public EquatableArray<DiagnosticInfo> ToEquatableArray() => _items.ToEquatableArray();

    /// <summary>"; did you mean 'x'?" for the known name nearest to <paramref name="name"/>, or nothing when none is near.</summary>
    public string DidYouMean(string name, IEnumerable<string> known) =>
        Nearest(name, known) is { } nearest ? $"; did you mean '{nearest}'?" : string.Empty;

    /// <summary>The known name nearest to <paramref name="name"/>, within the same budget as <see cref="DidYouMean"/>.</summary>
    public string? Nearest(string name, IEnumerable<string> known) =>
        _suggestionsLeft-- > 0 ? Suggestions.Nearest(name, known) : null;

    /// <summary>"; did you mean 'x'?" for the known key <paramref name="key"/> most likely means (see <see cref="NearestKey"/>).</summary>
    public string DidYouMeanKey(string key, IEnumerable<string> known) => KeyHint(NearestKey(key, known));

    /// <summary>How RT0008 ends: the key meant, or what to check when no known key is near.</summary>
    public static string KeyHint(string? nearest) =>
        nearest is not null ? $"; did you mean '{nearest}'?" : ": no key is near it, so check its spelling, or add what it names";

    /// <summary>
    /// The known key an unknown one means: its kebab-case form when that is known (<c>SecurityChampion</c> is
    /// <c>security-champion</c>), else the nearest known key. Only valid keys are offered, never one that is itself
    /// an error.
    /// </summary>
    public string? NearestKey(string key, IEnumerable<string> known)
    {
        var valid = known.Where(ContentKey.IsValid).ToList();
        if (ContentKey.KebabCaseOf(key) is { } kebab && valid.Contains(kebab, StringComparer.Ordinal))
        {
            return kebab;
        }

        return Nearest(key, valid);
    }

    /// <summary>Another place, as a compiler prints it: <c>file(line,column)</c>.</summary>
    public static string Where(LocationInfo location) =>
        string.Format(CultureInfo.InvariantCulture, "{0}({1},{2})", location.FilePath, location.DisplayLine, location.DisplayColumn);

    /// <summary>Another place in the same file: <c>line 3, column 5</c>.</summary>
    public static string WhereInFile(LocationInfo location) =>
        string.Format(CultureInfo.InvariantCulture, "line {0}, column {1}", location.DisplayLine, location.DisplayColumn);
}
