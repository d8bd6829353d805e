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

    /// <summary>
    /// A read-only list of strings, one per line, for an argument whose line starts with <paramref name="indent"/>
    /// (beyond the writer's own); an empty one allocates nothing and stays on its line.
    /// </summary>
    public static StringListLiteral StringList(IEnumerable<string> values, string indent) => new(values, indent);

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
    private static bool NeedsNoEscaping(string value) => PrintableAscii.Without(value, '"', '\\');
}

/// <summary>An array of string literals, laid out as <see cref="ListLayout"/> says.</summary>
internal readonly struct StringListLiteral : ISourceFragment
{
    private readonly IEnumerable<string> _values;
    private readonly string _indent;

    public StringListLiteral(IEnumerable<string> values, string indent)
    {
        _values = values;
        _indent = indent;
    }

    public void WriteTo(SourceWriter writer)
    {
        var any = false;
        foreach (var value in _values)
        {
            if (!any)
            {
                ListLayout.Open(writer, "string", _indent);
                any = true;
            }

            ListLayout.Element(writer, _indent).Write(Literal.String(value)).Write(",").EndLine();
        }

        if (any)
        {
            ListLayout.Close(writer, _indent);
        }
        else
        {
            writer.Write("global::System.Array.Empty<string>()");
        }
    }

    public override string ToString() => new SourceWriter().Write(this).Complete();
}

/// <summary>
/// How the generated code writes a list argument: an array, one element a line, in braces under the argument, as one
/// would by hand, so that lines stay short and a diff of the content shows the element that changed. The model's
/// constructor makes it read-only: a generic call at each of thousands of arguments would cost the consumer's compiler
/// a type inference each, more than half its time on a large taxonomy's catalogs (docs/performance.md).
/// </summary>
/// <example><code>
///     items: new string[]
///     {
///         "first",
///         "second",
///     },
/// </code></example>
internal static class ListLayout
{
    /// <summary>Ends the argument's line with the array's type and opens its braces on the next.</summary>
    public static void Open(SourceWriter writer, string elementType, string indent) => writer
        .Write("new ").Write(elementType).Write("[]").EndLine()
        .Write(indent).Write("{").EndLine();

    /// <summary>Starts the line of an element; the caller writes it and its comma, and ends the line.</summary>
    public static SourceWriter Element(SourceWriter writer, string indent) => writer.Write(indent).Write("    ");

    /// <summary>Closes the braces, leaving the line open for what follows the argument.</summary>
    public static void Close(SourceWriter writer, string indent) => writer.Write(indent).Write("}");
}
