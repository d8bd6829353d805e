using System;
using RoleTaxonomy.Generator.Model;

namespace RoleTaxonomy.Generator.Parsing;

/// <summary>
/// Turns the YAML parser's error into what a content author can act on: the common mistakes (an unquoted
/// <c>: </c>, a value that starts with a character YAML reserves, a tab, a list item without its space, an
/// unclosed quote, a line indented out of step) get the edit to make, at the mistake, and the parser's own
/// words follow as a detail. An error none of these explains keeps the parser's words alone.
/// </summary>
internal static class YamlErrorAdvice
{
    /// <summary>The message and the place of an <c>RT0001</c> for <paramref name="parserMessage"/> at <paramref name="location"/>.</summary>
    public static (string Message, LocationInfo Location) Explain(string parserMessage, string text, LocationInfo location)
    {
        var start = Math.Min(Math.Max(0, location.Start), text.Length);

        // The parser notices a tab only where it trips over it, often at the end of the line before: point at the tab.
        if (parserMessage.IndexOf("tab", StringComparison.OrdinalIgnoreCase) >= 0 || At(text, start) == '\t')
        {
            var tab = text.IndexOf('\t', LineStart(text, start));
            if (tab >= 0)
            {
                return (Advice("A tab indents this line, and YAML indents with spaces only: replace the tab with spaces", parserMessage),
                    Single(location.FilePath, text, tab));
            }
        }

        var line = LineAt(text, start, out var lineStart);
        var column = start - lineStart;
        var field = line.IndexOf(": ", StringComparison.Ordinal);
        var indent = line.Length - line.TrimStart(' ').Length;
        var name = field > 0 ? line.Substring(indent, field - indent).TrimStart('-', ' ') : string.Empty;

        // A list item's text, as in '- @AppSec', is the value without its dash.
        var value = field > 0 ? line.Substring(field + 2).Trim() : line.Trim().TrimStart('-').TrimStart(' ');

        if (parserMessage.IndexOf("cannot start any token", StringComparison.Ordinal) >= 0 && At(text, start) is '@' or '`' or '%')
        {
            return (Advice($"YAML does not let a value start with '{text[start]}': put the whole value in double quotes, as in {Quoted(name, value)}", parserMessage),
                location);
        }

        if (parserMessage.IndexOf("invalid mapping", StringComparison.Ordinal) >= 0 ||
            parserMessage.IndexOf("Mapping values are not allowed", StringComparison.Ordinal) >= 0)
        {
            // The colon of the line's own field: the line is indented further than the field above it.
            if (column == field && name.Length > 0)
            {
                return (Advice($"'{name}' is indented further than the line above it, so YAML reads it as the rest of that line's text: " +
                    $"start '{name}' at the same column as the fields around it", parserMessage), location);
            }

            return (Advice($"This value holds ': ', which YAML reads as the start of another field: put the whole value in double quotes, as in {Quoted(name, value)}", parserMessage),
                location);
        }

        if (parserMessage.IndexOf("expected '-' indicator", StringComparison.Ordinal) >= 0 && line.TrimStart(' ').StartsWith("-", StringComparison.Ordinal))
        {
            return (Advice("This list item has no space after its '-': write '- ' (a dash, then a space) before the item's text", parserMessage), location);
        }

        if (parserMessage.IndexOf("did not find expected key", StringComparison.Ordinal) >= 0 && field > 0 && value.Length > 0 && value[0] is '"' or '\'' or '[' or '{')
        {
            var closing = value[0] switch { '[' => ']', '{' => '}', _ => value[0] };
            return (Advice($"A value that starts with {value[0]} must end with {closing}, and this one goes on after it: " +
                $"put the whole value in quotes, as in {name}: {(value[0] == '\'' ? "\"" + value + "\"" : "'" + value.Replace("'", "''") + "'")}", parserMessage),
                location);
        }

        if (parserMessage.IndexOf("did not find expected", StringComparison.Ordinal) >= 0)
        {
            return (Advice("This line is indented out of step with the lines above it: the fields of one mapping, and the '-' of the items of " +
                "one list, start at the same column", parserMessage), location);
        }

        if (parserMessage.IndexOf("quoted scalar", StringComparison.Ordinal) >= 0)
        {
            return (Advice($"The quote {(At(text, start) is '"' or '\'' ? "'" + text[start] + "' " : string.Empty)}that starts here is never closed: " +
                "end the text with the same quote on this line", parserMessage), location);
        }

        return (parserMessage, location);
    }

    private static string Advice(string advice, string parserMessage) => advice + " (the YAML parser says: " + parserMessage + ")";

    private static string Quoted(string name, string value) =>
        (name.Length > 0 ? name + ": " : "- ") + "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static char At(string text, int index) => index < text.Length ? text[index] : '\0';

    private static int LineStart(string text, int index) => index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;

    private static string LineAt(string text, int index, out int lineStart)
    {
        lineStart = LineStart(text, index);
        var end = text.IndexOf('\n', lineStart);
        return text.Substring(lineStart, (end < 0 ? text.Length : end) - lineStart).TrimEnd('\r');
    }

    /// <summary>One character's location, its line and column counted from the start of the text.</summary>
    private static LocationInfo Single(string path, string text, int index)
    {
        var line = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
            }
        }

        var column = index - LineStart(text, index);
        return new LocationInfo(path, index, 1, line, column, line, column + 1);
    }
}
