using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace RoleTaxonomy.Generator.Emitting;

/// <summary>
/// C# literals for content text, through Roslyn's own escaper. Each is written straight into the source rather than
/// built as a string first; text that needs no escaping at all is written as it is.
/// </summary>
internal static class Literal
{
    public static StringLiteral String(string value) => new(value);

    public static StringLiteral NullableString(string? value) => new(value);

    /// <summary>A read-only list of strings; an empty one allocates nothing.</summary>
    public static StringListLiteral StringList(IEnumerable<string> values) => new(values);

    /// <summary>
    /// A quoted, escaped string literal whose value is exactly <paramref name="value"/>. Roslyn leaves formatting
    /// characters (bidirectional controls, zero-width spaces) raw; they are written as escapes here so that they
    /// cannot reorder or hide the generated code (Trojan Source). The value is the same either way.
    /// </summary>
    public static string Quoted(string value) => EscapeFormattingCharacters(SymbolDisplay.FormatLiteral(value, quote: true));

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

/// <summary>A string literal, or <c>null</c>.</summary>
internal readonly struct StringLiteral : ISourceFragment
{
    private readonly string? _value;

    public StringLiteral(string? value) => _value = value;

    public void WriteTo(SourceWriter writer)
    {
        if (_value is null)
        {
            writer.Write("null");
        }
        else if (NeedsNoEscaping(_value))
        {
            writer.WriteWithinLine("\"").WriteWithinLine(_value).WriteWithinLine("\"");
        }
        else
        {
            writer.Write(Literal.Quoted(_value));
        }
    }

    public override string ToString() => _value is null ? "null" : Literal.Quoted(_value);

    /// <summary>
    /// Printable ASCII other than the quote and the backslash: the characters for which Roslyn's escaper writes the
    /// character itself, so that the literal is the text between quotes. Anything else goes through the escaper.
    /// </summary>
    private static bool NeedsNoEscaping(string value)
    {
        foreach (var c in value)
        {
            if (c is < ' ' or > '~' or '"' or '\\')
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>A read-only list of string literals.</summary>
internal readonly struct StringListLiteral : ISourceFragment
{
    private readonly IEnumerable<string> _values;

    public StringListLiteral(IEnumerable<string> values) => _values = values;

    public void WriteTo(SourceWriter writer)
    {
        var first = true;
        foreach (var value in _values)
        {
            writer.Write(first ? "global::System.Array.AsReadOnly(new string[] { " : ", ").Write(Literal.String(value));
            first = false;
        }

        writer.Write(first ? "global::System.Array.Empty<string>()" : " })");
    }

    public override string ToString() => new SourceWriter().Write(this).Complete();
}
