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

        // A quote left open swallows the lines after it, and the parser stumbles only where its text ends.
        if (UnclosedQuoteBefore(text, start) is { } quote)
        {
            return (Advice($"The quote '{text[quote]}' that starts here is never closed, so the lines after it are read as its text: " +
                "end the text with the same quote on this line", parserMessage), Single(location.FilePath, text, quote));
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
                    $"start '{name}' at the same column as the fields around it", parserMessage),
                    Span(location.FilePath, text, lineStart + line.IndexOf(name, StringComparison.Ordinal), name.Length));
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

    /// <summary>The line at <paramref name="index"/> as it would read with its value in double quotes, as in <c>name: "&amp;Team"</c>.</summary>
    public static string QuotedExample(string text, int index)
    {
        var line = LineAt(text, Math.Min(Math.Max(0, index), text.Length), out _);
        var field = line.IndexOf(": ", StringComparison.Ordinal);
        var indent = line.Length - line.TrimStart(' ').Length;
        var name = field > 0 ? line.Substring(indent, field - indent).TrimStart('-', ' ') : string.Empty;
        var value = field > 0 ? line.Substring(field + 2).Trim() : line.Trim().TrimStart('-').TrimStart(' ');
        return Quoted(name, value);
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

    /// <summary>
    /// The opening quote of a value before <paramref name="errorIndex"/> whose quoted text runs over a line that
    /// looks like a field of its own (<c>summary: …</c>): the quote was meant to close on its line.
    /// </summary>
    private static int? UnclosedQuoteBefore(string text, int errorIndex)
    {
        var lineStart = 0;
        while (lineStart < errorIndex)
        {
            var line = LineAt(text, lineStart, out _);
            var trimmed = line.TrimStart(' ');
            var field = trimmed.StartsWith("- ", StringComparison.Ordinal) ? 0 : trimmed.IndexOf(": ", StringComparison.Ordinal);
            var valueStart = field < 0 ? -1 : lineStart + (line.Length - trimmed.Length) + field + 2;
            while (valueStart >= 0 && valueStart < text.Length && text[valueStart] == ' ')
            {
                valueStart++;
            }

            if (valueStart >= 0 && valueStart < errorIndex && At(text, valueStart) is '"' or '\'')
            {
                var close = ClosingQuote(text, valueStart);
                var lineEnd = lineStart + line.Length;
                if (close > lineEnd && SwallowsAField(text, lineEnd, Math.Min(close, text.Length)))
                {
                    return valueStart;
                }
            }

            var next = text.IndexOf('\n', lineStart);
            if (next < 0)
            {
                break;
            }

            lineStart = next + 1;
        }

        return null;
    }

    /// <summary>Where the quoted text opened at <paramref name="open"/> ends (its closing quote), or the end of the text.</summary>
    private static int ClosingQuote(string text, int open)
    {
        var quote = text[open];
        for (var i = open + 1; i < text.Length; i++)
        {
            if (quote == '"' && text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == quote)
            {
                if (quote == '\'' && At(text, i + 1) == '\'')
                {
                    i++;
                    continue;
                }

                return i;
            }
        }

        return text.Length;
    }

    /// <summary>Whether a line between <paramref name="from"/> and <paramref name="to"/> reads as <c>name: value</c>.</summary>
    private static bool SwallowsAField(string text, int from, int to)
    {
        var index = text.IndexOf('\n', from);
        while (index >= 0 && index < to)
        {
            var line = LineAt(text, index + 1, out _).TrimStart(' ');
            var colon = line.IndexOf(':');
            if (colon > 0 && (colon + 1 == line.Length || line[colon + 1] == ' ') && IsFieldName(line.Substring(0, colon).TrimStart('-', ' ')))
            {
                return true;
            }

            index = text.IndexOf('\n', index + 1);
        }

        return false;
    }

    private static bool IsFieldName(string name)
    {
        if (name.Length == 0 || !char.IsLetter(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsLetterOrDigit(c) && c != '_' && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A run of characters on one line, its line and column counted from the start of the text.</summary>
    private static LocationInfo Span(string path, string text, int index, int length)
    {
        var single = Single(path, text, index);
        return new LocationInfo(path, index, length, single.Line, single.Column, single.Line, single.Column + length);
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
