using System;
using System.Globalization;
using System.Text;

namespace RoleTaxonomy.Generator.Tests.Infrastructure;

/// <summary>Writes any valid UTF-16 text as a YAML double-quoted scalar that reads back as exactly that text.</summary>
internal static class YamlText
{
    public static string DoubleQuoted(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
                continue;
            }

            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\0' => "\\0",
                '\t' => "\\t",
                '\n' => "\\n",
                '\r' => "\\r",
                '\u0085' => "\\N",
                '\u2028' => "\\L",
                '\u2029' => "\\P",
                _ when char.IsSurrogate(c) => throw new ArgumentException("A lone surrogate has no YAML form.", nameof(value)),
                _ when !IsPrintable(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format =>
                    "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    /// <summary>YAML's printable set: anything else must be escaped inside a document.</summary>
    private static bool IsPrintable(char c) => c is (>= ' ' and <= '~') or (>= '\u00A0' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD');
}
