using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using RoleTaxonomy.Generator.Binding;
using RoleTaxonomy.Generator.Model;
using RoleTaxonomy.Generator.Naming;
using RoleTaxonomy.Generator.Schema;

namespace RoleTaxonomy.Generator.Linking;

/// <summary>
/// Writes the numbers file for a set of content files: every number it already has, unchanged and in place, and the
/// next free number for each item that has none, in the content's order. What <c>roletaxonomy numbers</c> runs.
/// </summary>
internal static class NumbersFileWriter
{
    /// <summary>The lines that open a numbers file written afresh.</summary>
    public static readonly string[] DefaultHeader =
    {
        "# The number of every item that ever shipped: its enum member's value, for ever.",
        "# Written by 'roletaxonomy numbers'. Never change a number, and keep the lines of removed items:",
        "# a number is never given to another key. The build checks both; 'roletaxonomy diff' reports any change.",
    };

    /// <summary>The numbers file's text, and how many items it numbers that the files did not.</summary>
    public static (string Text, int Added) Write(IReadOnlyList<ContentFile> files, IReadOnlyList<string>? header = null)
    {
        var ordered = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var existing = ordered.Select(f => f.Numbers).FirstOrDefault(n => n is not null);
        var page = ordered.SelectMany(f => f.Pages).FirstOrDefault();
        var roles = ordered.SelectMany(f => f.Roles).ToList();
        var pageOrder = page?.Roles.Select((key, index) => (key.Value, index))
            .GroupBy(p => p.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().index, StringComparer.Ordinal) ?? new Dictionary<string, int>();
        roles = roles
            .OrderBy(r => pageOrder.TryGetValue(r.Key.Key.Value, out var index) ? index : int.MaxValue)
            .ThenBy(r => pageOrder.ContainsKey(r.Key.Key.Value) ? string.Empty : r.Key.Key.Value, StringComparer.Ordinal)
            .ToList();
        var vocabularies = ordered.SelectMany(f => f.Vocabularies).OrderBy(v => v.Key.Key.Value, StringComparer.Ordinal).ToList();

        var added = 0;
        var text = new StringBuilder();
        foreach (var line in header ?? DefaultHeader)
        {
            text.Append(line).Append('\n');
        }

        text.Append("kind: ").Append(ContentSchema.Numbers.Kind).Append('\n');
        added += Section(text, ContentSchema.Numbers.Roles.Name, "", existing?.Roles, roles.Select(r => r.Key.Key.Value));
        added += Section(text, ContentSchema.Numbers.TaskPatterns.Name, "", existing?.TaskPatterns,
            roles.SelectMany(r => r.TaskPatterns).Select(t => t.Key.Key.Value));
        added += Section(text, ContentSchema.Numbers.Vocabularies.Name, "", existing?.Vocabularies, vocabularies.Select(v => v.Key.Key.Value));

        var memberScopes = (existing?.Members ?? EquatableArray<MemberNumbersSpec>.Empty)
            .Select(m => m.Vocabulary.Value)
            .Concat(vocabularies.Select(v => v.Key.Key.Value))
            .Distinct(StringComparer.Ordinal)
            .Where(ContentKey.IsValid)
            .ToList();
        // Written apart first: a 'members:' with no vocabulary under it would not read back as a mapping.
        var members = new StringBuilder();
        foreach (var vocabulary in memberScopes)
        {
            var numbers = existing?.Members.FirstOrDefault(m => m.Vocabulary.Value == vocabulary)?.Members;
            var keys = vocabularies.Where(v => v.Key.Key.Value == vocabulary).SelectMany(v => v.Members).Select(m => m.Key.Key.Value);
            added += Section(members, vocabulary, "  ", numbers, keys);
        }

        if (members.Length > 0)
        {
            text.Append(ContentSchema.Numbers.Members.Name).Append(":\n").Append(members);
        }

        return (text.ToString(), added);
    }

    /// <summary>
    /// The leading comment lines of an existing numbers file, which a rewrite keeps (such as an editor's schema modeline).
    /// </summary>
    public static IReadOnlyList<string> HeaderOf(string text) =>
        text.Replace("\r\n", "\n").Split('\n').TakeWhile(line => line.StartsWith("#", StringComparison.Ordinal)).ToList();

    private static int Section(StringBuilder text, string name, string indent, EquatableArray<NumberSpec>? numbers, IEnumerable<string> keys)
    {
        var lines = (numbers ?? EquatableArray<NumberSpec>.Empty).Select(n => (n.Key.Value, n.Number)).ToList();
        var known = new HashSet<string>(lines.Select(l => l.Value), StringComparer.Ordinal);
        var next = lines.Count == 0 ? 1 : lines.Max(l => l.Number) + 1;
        var added = 0;
        foreach (var key in keys)
        {
            // A key that is not a key gets its own error and no number: the file must stay readable.
            if (ContentKey.IsValid(key) && known.Add(key))
            {
                lines.Add((key, next++));
                added++;
            }
        }

        if (lines.Count == 0)
        {
            return 0;
        }

        text.Append(indent).Append(name).Append(":\n");
        foreach (var (key, number) in lines)
        {
            text.Append(indent).Append("  ").Append(key).Append(": ").Append(number.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        return added;
    }
}
