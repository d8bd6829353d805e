using System;
using System.Linq;
using System.Text;
using RoleTaxonomy.Testing;

namespace RoleTaxonomy.Generator.Tests.Infrastructure;

/// <summary>
/// Seeded mutations of YAML text: structural damage (lines moved, cut, re-indented), YAML syntax dropped in at
/// random, and characters that are hostile to a reader or to the code written from it. The same seed always
/// gives the same mutant.
/// </summary>
internal static class Mutator
{
    private static readonly string[] Tokens =
    {
        ":", ": ", "- ", "-", "? ", ",", "[", "]", "{", "}", "[]", "{}", "\"", "'", "|", "|-", ">", "#", "!", "!!str ", "!!binary ",
        "!<tag:x> ", "%YAML 1.1\n", "%TAG ! tag:x:\n", "---\n", "...\n", "&a ", "*a", "&a [*a]", "<<: *a\n", "\t", "\n", "\r", "\r\n", " ",
        "\0", "\uFEFF", "\u202E", "\u2066", "\u200B", "\u0085", "\u2028", "\u2029", "\uD800", "\uDC00", "🙂", "\uFFFE", "İ",
        "~", "null", "no", "yes", "on", "off", "@", "`", "%", "\\", "\\u0041",
        // An escaped lone surrogate, which no writer writes: YamlDotNet refuses it.
        "\"\\uD800\"",
        ContentWriter.DoubleQuoted("\u2028"), ContentWriter.DoubleQuoted("\0"), ContentWriter.DoubleQuoted(string.Empty), "''",
        ContentWriter.Field("key", "x"), ContentWriter.Field("kind", "role"), ContentWriter.Field("kind", "vocabulary"), ContentWriter.Field("kind", "page"),
        ContentWriter.Field("identifier", "class"), ContentWriter.Field("identifier", "X"), ContentWriter.Field("typeName", "RoleId"),
        ContentWriter.MemberEntries(new[] { new MemberContent("a-b", "x") }), "references:\n  x: [y]\n", "attributes: {\"\": x}\n", "*/", "</summary>", "\"\"\"",
    };

    private static readonly string[] Scalars =
    {
        "", "~", "null", "no", "yes", "on", ContentWriter.DoubleQuoted(string.Empty), "''", "|-", ">", "[]", "{}", "*a", "&a x", "&a", "!!null", "0x1F", "1e3", ".nan",
        "class", "1st", "a_b", "İ", "a\u200Bb", "🙂", ContentWriter.DoubleQuoted("\r\n\u2028\u2029\u0085"), ContentWriter.DoubleQuoted("a\u202Eb"), "x: y", "- x", "'it''s'",
    };

    public static string Mutate(string text, Random random)
    {
        var mutations = random.Next(1, 4);
        for (var i = 0; i < mutations; i++)
        {
            text = MutateOnce(text, random);
        }

        return text;
    }

    private static string MutateOnce(string text, Random random)
    {
        var lines = text.Split('\n');
        var line = random.Next(lines.Length);
        var position = random.Next(text.Length + 1);
        switch (random.Next(13))
        {
            case 0:
            case 1:
                return text.Insert(position, Tokens[random.Next(Tokens.Length)]);
            case 2:
                return text.Remove(position, Math.Min(random.Next(1, 17), text.Length - position));
            case 3:
                return string.Join("\n", lines.Take(line + 1).Append(lines[line]).Concat(lines.Skip(line + 1)));
            case 4:
                return string.Join("\n", lines.Where((_, i) => i != line));
            case 5:
                var other = random.Next(lines.Length);
                (lines[line], lines[other]) = (lines[other], lines[line]);
                return string.Join("\n", lines);
            case 6:
                var colon = lines[line].IndexOf(": ", StringComparison.Ordinal);
                if (colon >= 0)
                {
                    lines[line] = lines[line][..(colon + 2)] + Scalars[random.Next(Scalars.Length)];
                }

                return string.Join("\n", lines);
            case 7:
                lines[line] = random.Next(3) switch
                {
                    0 => "  " + lines[line],
                    1 => "\t" + lines[line],
                    _ => lines[line].TrimStart(),
                };
                return string.Join("\n", lines);
            case 8:
                return text[..position];
            case 9:
                var start = random.Next(text.Length + 1);
                var chunk = text.Substring(start, Math.Min(random.Next(1, 200), text.Length - start));
                return text.Insert(random.Next(text.Length + 1), chunk);
            case 10:
                return position < text.Length
                    ? text.Remove(position, 1).Insert(position, ((char)random.Next(0x10000)).ToString())
                    : text;
            case 11:
                return text.Replace("\n", random.Next(2) == 0 ? "\r\n" : "\r", StringComparison.Ordinal);
            default:
                return Bomb(text, random);
        }
    }

    /// <summary>Input aimed at the limits: deep nesting, alias expansion, long values, many documents.</summary>
    private static string Bomb(string text, Random random) => random.Next(5) switch
    {
        0 => text + "\nx: " + new string('[', random.Next(50, 5000)),
        1 => text + "\nx: &a [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\ny: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nz: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nw: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n",
        2 => text + "\nx: " + new string('x', random.Next(60_000, 70_000)) + "\n",
        3 => text + "\n---\n" + text,
        _ => string.Concat(Enumerable.Repeat(text, random.Next(2, 4))),
    };
}
