using System.Globalization;
using System.Text;

namespace RoleTaxonomy.Generator.Emitting;

/// <summary>Text for XML doc comments, taken from content.</summary>
internal static class XmlDoc
{
    /// <summary>
    /// Escapes markup and folds every line break to a space: a line break inside <c>///</c> would end the comment
    /// and turn the rest of the text into code. Other control characters are dropped for the same reason, and
    /// formatting characters (bidirectional controls, zero-width spaces) because no reader of a tooltip can see them,
    /// and the two non-characters XML forbids.
    /// </summary>
    public static string Escape(string text)
    {
        if (IsPlain(text))
        {
            // Most content needs no escaping: no copy. Trim returns the same string when there is nothing to trim.
            return text.Trim();
        }

        var builder = new StringBuilder(text.Length);
        var lastWasSpace = false;
        foreach (var c in text)
        {
            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '\r' or '\n' or '\u0085' or '\u2028' or '\u2029' or '\t':
                    if (!lastWasSpace)
                    {
                        builder.Append(' ');
                    }

                    lastWasSpace = true;
                    continue;
                default:
                    // Invisible in a tooltip and, for bidirectional controls, able to reorder the line around them;
                    // U+FFFE and U+FFFF are not XML characters at all (CS1570, an error under TreatWarningsAsErrors).
                    if (char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format || c is '\uFFFE' or '\uFFFF')
                    {
                        continue;
                    }

                    builder.Append(c);
                    break;
            }

            lastWasSpace = c == ' ';
        }

        return builder.ToString().Trim();
    }

    /// <summary>
    /// Printable ASCII other than markup: text the slow path would copy unchanged. Anything else, however rare
    /// (line separators, formatting or non-characters such as U+FFFE), takes the full path.
    /// </summary>
    private static bool IsPlain(string text) => PrintableAscii.Without(text, '&', '<') && text.IndexOf('>') < 0;
}
