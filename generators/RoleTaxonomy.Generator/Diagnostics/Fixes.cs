using System.Linq;
using RoleTaxonomy.Generator.Parsing;
using RoleTaxonomy.Generator.Schema;

namespace RoleTaxonomy.Generator.Diagnostics;

/// <summary>
/// The edit that mends a value of the wrong kind (RT0004) or an empty one (RT0013), in the author's terms: one place
/// for these hints, whichever stage reports them.
/// </summary>
internal static class Fixes
{
    /// <summary>The hint that ends RT0004 for <paramref name="actual"/> where <paramref name="expected"/> belongs.</summary>
    /// <param name="field">The field as the message names it.</param>
    /// <param name="expected">What belongs there, as the message says it: <c>a list</c>, <c>a mapping</c>, <c>text</c>, …</param>
    /// <param name="actual">What the YAML holds.</param>
    /// <param name="item">The fields of a mapping that belongs there, when the schema knows them.</param>
    /// <param name="isListItem">Whether the value is an item of the list <paramref name="field"/> names.</param>
    public static string ForWrongKind(string field, string expected, YamlSyntax actual, ItemSchema? item = null, bool isListItem = false)
    {
        if (expected.StartsWith("a list", System.StringComparison.Ordinal))
        {
            if (actual is YamlScalarSyntax text)
            {
                return text.Value.StartsWith("-", System.StringComparison.Ordinal) && !text.Value.StartsWith("- ", System.StringComparison.Ordinal)
                    ? $": put a space after the '-' of each item, as in '- {text.Value.Substring(1).TrimStart('-')}'"
                    : $": write each item on a line of its own below '{field}:', indented and starting with '- ', as in '  - {Shortened(text.Value)}'";
            }

            return ": write each item on a line of its own, indented and starting with '- '";
        }

        if (expected.StartsWith("a mapping", System.StringComparison.Ordinal))
        {
            var fields = item is null ? string.Empty : " (" + string.Join(", ", item.Fields.Where(f => f.IsRequired).Select(f => f.Name)) + ")";
            if (isListItem)
            {
                var first = item?.Fields.FirstOrDefault(f => f.IsRequired)?.Name ?? "name";
                return $": write the item's fields{fields} as 'name: value' lines, the first after its '- ', as in '- {first}: …'";
            }

            return actual is YamlSequenceSyntax
                ? $": write its fields{fields} as 'name: value' lines, without a '- ' before them"
                : $": write its fields{fields} on the lines below '{field}:', indented, one 'name: value' per line";
        }

        if (expected == "text")
        {
            return $": write the text on the same line as '{field}:'; a text that starts with '-' or holds ': ' goes in double quotes";
        }

        return expected == "a number" ? ": write a whole number, such as 3" : string.Empty;
    }

    /// <summary>The hint that ends RT0013 for the empty <paramref name="field"/>.</summary>
    /// <param name="field">The field.</param>
    /// <param name="isList">Whether it is a list.</param>
    /// <param name="requiredBy">What requires the field (<c>a role</c>), or null for an optional field.</param>
    public static string ForEmpty(string field, bool isList, string? requiredBy = null) =>
        isList ? $": add at least one item below '{field}:', on a line of its own starting with '- '"
        : requiredBy is not null ? $": write the text after '{field}: ', which {requiredBy} requires"
        : $": write the text after '{field}: ', or remove the line";

    private static string Shortened(string text) => text.Length <= 40 ? text : text.Substring(0, 37) + "…";
}
