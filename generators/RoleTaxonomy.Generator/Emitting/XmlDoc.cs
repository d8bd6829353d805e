using System.Text;

namespace RoleTaxonomy.Generator.Emitting;

/// <summary>Text for XML doc comments, taken from content.</summary>
internal static class XmlDoc
{
    /// <summary>
    /// Escapes markup and folds every line break to a space: a line break inside <c>///</c> would end the comment
    /// and turn the rest of the text into code. Other control characters are dropped for the same reason.
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
                    if (char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069')
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

    private static bool IsPlain(string text)
    {
        foreach (var c in text)
        {
            if (c is '&' or '<' or '>' or '\u0085' or >= '\u2028' and <= '\u2029' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069'
                || char.IsControl(c))
            {
                return false;
            }
        }

        return true;
    }
}
