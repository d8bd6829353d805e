using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace RoleTaxonomy.Generator.Emitting;

/// <summary>
/// Writes C# with four-space indentation and LF line endings, whatever the host's defaults. Interpolated strings are
/// written piece by piece, never built first: a large taxonomy emits megabytes, and each copy of them costs.
/// </summary>
/// <remarks>
/// The text grows in chunks, from 256 characters up to 32 K (64 KB, below the large object heap's threshold), rather
/// than in one buffer that doubles or in a StringBuilder: growing never copies what is written, and
/// <see cref="CompleteSourceText"/> hands the chunks themselves to the compiler, without a copy. A file of megabytes
/// as one buffer or string is a large object, and a few of them made the garbage collector run a full collection
/// every other generation at 100 roles (docs/performance.md).
/// </remarks>
internal sealed class SourceWriter
{
    private const int FirstChunkLength = 256;
    private const int LargestChunkLength = 32 * 1024;

    private readonly List<char[]> _fullChunks = new();
    private char[] _chunk = Array.Empty<char>();
    private int _used;
    private int _fullLength;
    private int _indent;
    private bool _atLineStart = true;

    /// <summary>The number of characters written.</summary>
    public int Length => _fullLength + _used;

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

    public override string ToString()
    {
        var text = new char[Length];
        var offset = 0;
        foreach (var chunk in _fullChunks)
        {
            Array.Copy(chunk, 0, text, offset, chunk.Length);
            offset += chunk.Length;
        }

        Array.Copy(_chunk, 0, text, offset, _used);
        return new string(text);
    }

    /// <summary>The text written, as a string; the writer starts empty.</summary>
    public string Complete()
    {
        var text = ToString();
        Reset();
        return text;
    }

    /// <summary>The text written, as the compiler's text in UTF-8, which keeps the chunks; the writer starts empty.</summary>
    public SourceText CompleteSourceText()
    {
        var chunks = new char[_fullChunks.Count + 1][];
        _fullChunks.CopyTo(chunks);
        chunks[chunks.Length - 1] = _chunk;
        var text = new ChunkedText(chunks, Length, Encoding.UTF8);
        Reset();
        return text;
    }

    private void Append(string text, int start, int count)
    {
        if (count == 0)
        {
            return;
        }

        if (_atLineStart)
        {
            _atLineStart = false;
            for (var spaces = _indent * 4; spaces > 0;)
            {
                var fit = Math.Min(spaces, Room());
                for (var i = 0; i < fit; i++)
                {
                    _chunk[_used + i] = ' ';
                }

                _used += fit;
                spaces -= fit;
            }
        }

        while (count > 0)
        {
            var fit = Math.Min(count, Room());
            text.CopyTo(start, _chunk, _used, fit);
            _used += fit;
            start += fit;
            count -= fit;
        }
    }

    private void EndLineCore()
    {
        _ = Room();
        _chunk[_used++] = '\n';
        _atLineStart = true;
    }

    /// <summary>The room left in the current chunk, never 0: a full chunk is kept and a larger one started.</summary>
    private int Room()
    {
        if (_used == _chunk.Length)
        {
            if (_chunk.Length > 0)
            {
                _fullChunks.Add(_chunk);
                _fullLength += _chunk.Length;
            }

            _chunk = new char[Math.Min(LargestChunkLength, Math.Max(FirstChunkLength, _chunk.Length * 2))];
            _used = 0;
        }

        return _chunk.Length - _used;
    }

    /// <summary>Starts empty, with new chunks: those written may now belong to a text the compiler holds.</summary>
    private void Reset()
    {
        _fullChunks.Clear();
        _chunk = Array.Empty<char>();
        _fullLength = 0;
        _used = 0;
        _atLineStart = true;
        _indent = 0;
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
