using System;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace RoleTaxonomy.Generator.Emitting;

/// <summary>
/// A generated file's text for the compiler, in the chunks <see cref="SourceWriter"/> wrote it into: no copy of the
/// whole, and no chunk on the large object heap. The compiler reads a source through <see cref="CopyTo"/>, a window
/// at a time, as it reads its own chunked text for a large file.
/// </summary>
internal sealed class ChunkedText : SourceText
{
    private readonly char[][] _chunks;
    private readonly int[] _starts;
    private readonly int _length;
    private readonly Encoding _encoding;

    /// <param name="chunks">The chunks in order; all but the last are full, and the last holds the rest of <paramref name="length"/>.</param>
    /// <param name="length">The number of characters.</param>
    /// <param name="encoding">The encoding the compiler writes the text in, as in a PDB.</param>
    public ChunkedText(char[][] chunks, int length, Encoding encoding)
    {
        _chunks = chunks;
        _length = length;
        _encoding = encoding;
        _starts = new int[chunks.Length];
        for (var i = 1; i < chunks.Length; i++)
        {
            _starts[i] = _starts[i - 1] + chunks[i - 1].Length;
        }
    }

    public override Encoding Encoding => _encoding;

    public override int Length => _length;

    public override char this[int position]
    {
        get
        {
            if ((uint)position >= (uint)_length)
            {
                throw new ArgumentOutOfRangeException(nameof(position));
            }

            var chunk = ChunkAt(position);
            return _chunks[chunk][position - _starts[chunk]];
        }
    }

    public override void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
    {
        if (destination is null)
        {
            throw new ArgumentNullException(nameof(destination));
        }

        if (sourceIndex < 0 || count < 0 || sourceIndex > _length - count)
        {
            throw new ArgumentOutOfRangeException(nameof(sourceIndex));
        }

        if (destinationIndex < 0 || destinationIndex > destination.Length - count)
        {
            throw new ArgumentOutOfRangeException(nameof(destinationIndex));
        }

        var chunk = count == 0 ? 0 : ChunkAt(sourceIndex);
        var offset = sourceIndex - _starts[chunk];
        while (count > 0)
        {
            var fit = Math.Min(count, _chunks[chunk].Length - offset);
            Array.Copy(_chunks[chunk], offset, destination, destinationIndex, fit);
            destinationIndex += fit;
            count -= fit;
            chunk++;
            offset = 0;
        }
    }

    /// <summary>The chunk that holds <paramref name="position"/>: the last whose start is at or before it.</summary>
    private int ChunkAt(int position)
    {
        var found = Array.BinarySearch(_starts, position);
        return found >= 0 ? found : ~found - 1;
    }
}
