using System;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using RoleTaxonomy.Generator.Emitting;
using Xunit;

namespace RoleTaxonomy.Generator.Tests;

/// <summary>
/// The writer keeps its text in chunks of up to 32 K characters, and the compiler reads the chunks themselves: what is
/// written across a chunk's end, an indentation included, must come out exactly as written, as a string and as the
/// compiler's text, read whole, a window or a character at a time.
/// </summary>
public sealed class SourceWriterTests
{
    [Theory]
    [InlineData(10)]
    [InlineData(32 * 1024)]
    [InlineData(100_000)]
    [InlineData(250_000)]
    public void Text_written_across_chunks_comes_out_exactly_as_written(int approximateLength)
    {
        var writer = new SourceWriter();
        var expected = new StringBuilder();
        for (var line = 0; expected.Length < approximateLength; line++)
        {
            // Lines of every length from 0 to 96, at every indentation from 0 to 3: some end exactly at a chunk's end,
            // some split an indentation or a word across two chunks.
            var depth = line % 4;
            var text = new string((char)('a' + (line % 26)), line % 97);
            for (var i = 0; i < depth; i++)
            {
                writer.Open("{" + i);
                expected.Append(' ', i * 4).Append('{').Append(i).Append('\n').Append(' ', i * 4).Append("{\n");
            }

            writer.Line(text);
            expected.Append(text.Length == 0 ? string.Empty : new string(' ', depth * 4) + text).Append('\n');
            for (var i = depth - 1; i >= 0; i--)
            {
                writer.Close();
                expected.Append(' ', i * 4).Append("}\n");
            }
        }

        var copy = new SourceWriter().Write(expected.ToString());
        Assert.Equal(expected.ToString(), writer.ToString());
        Assert.Equal(expected.Length, writer.Length);

        var sourceText = writer.CompleteSourceText();
        Assert.Equal(expected.ToString(), sourceText.ToString());
        Assert.Equal(expected.Length, sourceText.Length);
        Assert.Equal(Encoding.UTF8.WebName, sourceText.Encoding?.WebName);
        Assert.Equal(expected.ToString(), copy.Complete());
    }

    [Fact]
    public void A_completed_writer_starts_empty_at_no_indentation()
    {
        var writer = new SourceWriter();
        writer.Open("namespace Big").Line(new string('x', 70_000));
        _ = writer.CompleteSourceText();

        writer.Line("next");

        Assert.Equal("next\n", writer.Complete());
        Assert.Equal(0, writer.Length);
    }

    [Fact]
    public void The_compiler_text_reads_back_in_any_window()
    {
        var text = string.Concat(Enumerable.Range(0, 20_000).Select(i => i + "\n"));
        var sourceText = new SourceWriter().Write(text).CompleteSourceText();

        // The parser reads through windows that end and start anywhere; every window must hold exactly its characters.
        foreach (var (start, length) in new[] { (0, 1), (32 * 1024 - 3, 7), (40 * 1024 - 1, 2), (text.Length - 5, 5), (1000, 60_000) })
        {
            var window = new char[length];
            sourceText.CopyTo(start, window, 0, length);
            Assert.Equal(text.Substring(start, length), new string(window));
            Assert.Equal(text[start], sourceText[start]);
            Assert.Equal(text[start + length - 1], sourceText[start + length - 1]);
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => sourceText[text.Length]);
        Assert.Throws<ArgumentOutOfRangeException>(() => sourceText.CopyTo(text.Length - 1, new char[2], 0, 2));
        Assert.Equal(text, sourceText.ToString());
        Assert.Equal(SourceText.From(text, Encoding.UTF8).GetChecksum().ToArray(), sourceText.GetChecksum().ToArray());
    }

    [Fact]
    public void An_empty_writer_gives_an_empty_text()
    {
        var sourceText = new SourceWriter().CompleteSourceText();

        Assert.Equal(0, sourceText.Length);
        Assert.Equal(string.Empty, sourceText.ToString());
    }
}
