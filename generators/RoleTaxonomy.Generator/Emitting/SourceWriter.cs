using System;
using System.Buffers;
using System.Runtime.CompilerServices;

namespace RoleTaxonomy.Generator.Emitting;

/// <summary>
/// Writes C# with four-space indentation and LF line endings, whatever the host's defaults. Interpolated strings are
/// written piece by piece, never built first: a large taxonomy emits megabytes, and each copy of them costs.
/// </summary>
/// <remarks>
/// The text grows in one pooled buffer rather than in a StringBuilder's small chunks: megabytes of chunks that live
/// until the end would be copied from generation to generation by the garbage collector, which cost more than the
/// writing itself. <see cref="Complete"/> returns the buffer to the pool.
/// </remarks>
internal sealed class SourceWriter
{
    private char[] _buffer = ArrayPool<char>.Shared.Rent(16 * 1024);
    private int _length;
    private int _indent;
    private bool _atLineStart = true;

    /// <summary>Writes one or more lines (split at LF), each at the current indentation.</summary>
    public SourceWriter Line(string text = "") => Write(text).EndLine();

    /// <inheritdoc cref="Line(string)"/>
    public SourceWriter Line([InterpolatedStringHandlerArgument("")] ref Text text) => EndLine();

    /// <summary>Writes text without ending the line; a line it starts is indented, a line break in it starts another.</summary>
    public SourceWriter Write(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return this;
        }

        var start = 0;
        while (start < text!.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                Append(text, start, text.Length - start);
                break;
            }

            Append(text, start, end - start);
            EndLine();
            start = end + 1;
        }

        return this;
    }

    /// <inheritdoc cref="Write(string)"/>
    public SourceWriter Write([InterpolatedStringHandlerArgument("")] ref Text text) => this;

    /// <summary>Writes text that the caller knows holds no line break, without looking for one.</summary>
    public SourceWriter WriteWithinLine(string text)
    {
        Append(text, 0, text.Length);
        return this;
    }

    /// <inheritdoc cref="Write(string)"/>
    public SourceWriter Write<TFragment>(TFragment fragment)
        where TFragment : ISourceFragment
    {
        fragment.WriteTo(this);
        return this;
    }

    public SourceWriter EndLine()
    {
        EndLineCore();
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
    public SourceWriter Summary(string text) => Line($"/// <summary>{XmlDoc.Escape(text)}</summary>");

    /// <summary>A summary of trusted, already well-formed XML doc text (fixed wording with cref tags).</summary>
    public SourceWriter SummaryXml(string xml) => Line($"/// <summary>{xml}</summary>");

    public SourceWriter Remarks(string text) => Line($"/// <remarks>{XmlDoc.Escape(text)}</remarks>");

    public override string ToString() => new(_buffer, 0, _length);

    /// <summary>The text written; the writer gives its buffer back to the pool and starts empty.</summary>
    public string Complete()
    {
        var text = ToString();
        ReturnBuffer();
        _length = 0;
        return text;
    }

    private void Append(string text, int start, int count)
    {
        if (count == 0)
        {
            return;
        }

        var indent = _atLineStart ? _indent * 4 : 0;
        _atLineStart = false;
        if (_length + indent + count > _buffer.Length)
        {
            Grow(indent + count);
        }

        for (var i = 0; i < indent; i++)
        {
            _buffer[_length++] = ' ';
        }

        text.CopyTo(start, _buffer, _length, count);
        _length += count;
    }

    private void EndLineCore()
    {
        if (_length == _buffer.Length)
        {
            Grow(1);
        }

        _buffer[_length++] = '\n';
        _atLineStart = true;
    }

    private void Grow(int needed)
    {
        var larger = ArrayPool<char>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + needed));
        Array.Copy(_buffer, larger, _length);
        ReturnBuffer();
        _buffer = larger;
    }

    private void ReturnBuffer()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<char>.Shared.Return(_buffer);
        }

        _buffer = Array.Empty<char>();
    }

    /// <summary>Receives an interpolated string's pieces and writes each as it comes.</summary>
    [InterpolatedStringHandler]
    public readonly ref struct Text
    {
        private readonly SourceWriter _writer;

        public Text(int literalLength, int formattedCount, SourceWriter writer)
        {
            _ = literalLength;
            _ = formattedCount;
            _writer = writer;
        }

        public void AppendLiteral(string value) => _writer.Write(value);

        public void AppendFormatted(string? value) => _writer.Write(value);

        public void AppendFormatted(int value) => _writer.Write(value.ToString(System.Globalization.CultureInfo.InvariantCulture));

        public void AppendFormatted<TFragment>(TFragment value)
            where TFragment : ISourceFragment => value.WriteTo(_writer);
    }
}

/// <summary>A piece of C# that writes itself into a <see cref="SourceWriter"/>, for use inside interpolated lines.</summary>
internal interface ISourceFragment
{
    void WriteTo(SourceWriter writer);
}

/// <summary>A piece of C# written by a delegate.</summary>
internal readonly struct CodeFragment : ISourceFragment
{
    private readonly Action<SourceWriter> _write;

    public CodeFragment(Action<SourceWriter> write) => _write = write;

    public void WriteTo(SourceWriter writer) => _write(writer);

    public override string ToString() => new SourceWriter().Write(this).Complete();
}
