using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace RoleTaxonomy.Generator.Model;

/// <summary>
/// A place in a content file: the equatable stand-in for <see cref="Location"/>, which is created only
/// when a diagnostic is reported. Lines and columns are zero-based, as in <see cref="LinePosition"/>.
/// </summary>
internal sealed record LocationInfo(string FilePath, int Start, int Length, int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary>The one-based line, as compilers print it.</summary>
    public int DisplayLine => Line + 1;

    /// <summary>The one-based column, as compilers print it.</summary>
    public int DisplayColumn => Column + 1;

    public static LocationInfo StartOfFile(string filePath) => new(filePath, 0, 0, 0, 0, 0, 0);

    public Location ToLocation() => Location.Create(
        FilePath,
        new TextSpan(Start, Math.Max(0, Length)),
        new LinePositionSpan(new LinePosition(Line, Column), new LinePosition(EndLine, EndColumn)));
}
