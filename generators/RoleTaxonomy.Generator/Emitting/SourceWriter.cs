using System;
using System.Text;

namespace RoleTaxonomy.Generator.Emitting;

/// <summary>Writes C# with four-space indentation and LF line endings, whatever the host's defaults.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    /// <summary>Writes one or more lines (split at LF), each at the current indentation.</summary>
    public SourceWriter Line(string text = "")
    {
        foreach (var line in text.Split('\n'))
        {
            if (line.Length > 0)
            {
                _builder.Append(' ', _indent * 4).Append(line);
            }

            _builder.Append('\n');
        }

        return this;
    }

    public SourceWriter Open(string header)
    {
        Line(header);
        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        _indent = Math.Max(0, _indent - 1);
        return Line("}" + suffix);
    }

    /// <summary>A one-line <c>&lt;summary&gt;</c>; the text is escaped and kept on its line.</summary>
    public SourceWriter Summary(string text) => Line("/// <summary>" + XmlDoc.Escape(text) + "</summary>");

    /// <summary>A summary of trusted, already well-formed XML doc text (fixed wording with cref tags).</summary>
    public SourceWriter SummaryXml(string xml) => Line("/// <summary>" + xml + "</summary>");

    public SourceWriter Remarks(string text) => Line("/// <remarks>" + XmlDoc.Escape(text) + "</remarks>");

    public override string ToString() => _builder.ToString();
}
