using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace RoleTaxonomy.Generator.Emitting;

/// <summary>C# literals for content text, through Roslyn's own escaper.</summary>
internal static class Literal
{
    /// <summary>
    /// A quoted, escaped string literal whose value is exactly <paramref name="value"/>. Roslyn leaves formatting
    /// characters (bidirectional controls, zero-width spaces) raw; they are written as escapes here so that they
    /// cannot reorder or hide the generated code (Trojan Source). The value is the same either way.
    /// </summary>
    public static string String(string value) => EscapeFormattingCharacters(SymbolDisplay.FormatLiteral(value, quote: true));

    public static string NullableString(string? value) => value is null ? "null" : String(value);

    /// <summary>A read-only list of strings; an empty one allocates nothing.</summary>
    public static string StringList(IEnumerable<string> values)
    {
        var items = values.Select(String).ToList();
        return items.Count == 0
            ? "global::System.Array.Empty<string>()"
            : "global::System.Array.AsReadOnly(new string[] { " + string.Join(", ", items) + " })";
    }

    private static string EscapeFormattingCharacters(string literal)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < literal.Length; i++)
        {
            var c = literal[i];
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                builder ??= new StringBuilder(literal, 0, i, literal.Length + 16);
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder?.Append(c);
            }
        }

        return builder?.ToString() ?? literal;
    }
}
