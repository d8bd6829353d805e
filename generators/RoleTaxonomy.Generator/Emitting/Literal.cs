using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;

namespace RoleTaxonomy.Generator.Emitting;

/// <summary>C# literals for content text, through Roslyn's own escaper.</summary>
internal static class Literal
{
    public static string String(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    public static string NullableString(string? value) => value is null ? "null" : String(value);

    /// <summary>A read-only list of strings; an empty one allocates nothing.</summary>
    public static string StringList(IEnumerable<string> values)
    {
        var items = values.Select(String).ToList();
        return items.Count == 0
            ? "global::System.Array.Empty<string>()"
            : "global::System.Array.AsReadOnly(new string[] { " + string.Join(", ", items) + " })";
    }
}
