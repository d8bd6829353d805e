using System.Collections.Generic;
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
            writer.Write(SymbolDisplay.FormatLiteral(_value, quote: true));
        }
    }

    public override string ToString() => _value is null ? "null" : SymbolDisplay.FormatLiteral(_value, quote: true);

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
