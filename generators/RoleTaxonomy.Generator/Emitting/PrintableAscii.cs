using System;
using System.Runtime.InteropServices;

namespace RoleTaxonomy.Generator.Emitting;

/// <summary>
/// Whether a text is all printable ASCII (space to tilde) but two characters: the question the emitter asks of every
/// content text before it writes it as it is, into a string literal or a doc comment. Four characters at a time.
/// </summary>
internal static class PrintableAscii
{
    // Each constant holds one value in each of the four 16-bit lanes of a word of four characters. Once every lane is
    // known to be below 0x80, adding up to 0x7F to a lane cannot carry into the next, so each lane is tested alone.
    private const ulong Lanes = 0x0001_0001_0001_0001;
    private const ulong Bit7 = 0x0080 * Lanes;
    private const ulong NotAscii = 0xFF80 * Lanes;

    /// <summary>
    /// True when every character of <paramref name="text"/> is from <c>' '</c> to <c>'~'</c> and none is
    /// <paramref name="first"/> or <paramref name="second"/>, themselves printable ASCII.
    /// </summary>
    public static bool Without(string text, char first, char second)
    {
        var span = text.AsSpan();
        var words = MemoryMarshal.Cast<char, ulong>(span);
        var firstInLanes = first * Lanes;
        var secondInLanes = second * Lanes;
        foreach (var word in words)
        {
            if ((word & NotAscii) != 0
                || ((word + (0x60 * Lanes)) & Bit7) != Bit7 // a lane below 0x20: lane + 0x60 stays below 0x80
                || ((word + Lanes) & Bit7) != 0 // 0x7F, the one ASCII character above '~'
                || (((word ^ firstInLanes) + (0x7F * Lanes)) & Bit7) != Bit7 // a lane equal to first: 0 + 0x7F
                || (((word ^ secondInLanes) + (0x7F * Lanes)) & Bit7) != Bit7)
            {
                return false;
            }
        }

        foreach (var c in span.Slice(words.Length * 4))
        {
            if (c is < ' ' or > '~' || c == first || c == second)
            {
                return false;
            }
        }

        return true;
    }
}
