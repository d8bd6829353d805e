using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;
using RoleTaxonomy.Testing;

namespace RoleTaxonomy.Generator.Tests.Infrastructure;

internal sealed record RandomMember(string Key, string? Identifier, string Name, string? Description, (string Name, string Value)[] Attributes);

internal sealed record RandomVocabulary(string Key, string? Identifier, string TypeName, string Name, string? Description, RandomMember[] Members);

internal sealed record RandomPattern(string Key, string? Identifier, string Title, string Text, string[] Items, string[] ReferencedMembers);

internal sealed record RandomRole(string Key, string? Identifier, string[] Texts, string[] Outputs, string[] Failures, RandomPattern[] Patterns);

/// <summary>
/// A valid taxonomy of random shape and random text: every key, identifier and type name is unique by construction
/// (a numbered suffix no other name can end in), every text is any non-blank string, written as a YAML
/// double-quoted scalar that reads back as exactly that string.
/// </summary>
internal sealed record RandomTaxonomy(RandomRole[] Roles, RandomVocabulary Vocabulary, string[]? Page)
{
    /// <summary>Characters that break literals, comments, XML, YAML or lines, among ordinary ones.</summary>
    private static readonly Gen<string> Piece = Gen.Frequency(
        (8, Gen.Char['a', 'z'].Select(c => c.ToString())),
        (3, Gen.Char[' ', '~'].Select(c => c.ToString())),
        (3, Gen.OneOf(
            "\"", "\\", "{", "}", "<", ">", "&", "\r", "\n", "\r\n", "\t", "\0", "\u0085", "\u2028", "\u2029", "\u202A", "\u202E",
            "\u2066", "\u2069", "\u200B", "\uFEFF", "\uFFFE", "\uFFFF", "İ", "ı", "*/", "///", "</summary>", "\"\"\"", "#", "@", "$", "{0}",
            "\u0001", "\u007F", "\u009F", "\u00A0", "\u00AD")),
        (1, Gen.Char['\u00A0', '\uD7FF'].Select(c => c.ToString())),
        (1, Gen.Char['\uE000', '\uFFFF'].Select(c => c.ToString())),
        (1, Gen.OneOf("🙂", "👩‍💻", "\U0001D11E", "\U0010FFFD")));

    public static readonly Gen<string> Text = Piece.Array[1, 12].Select(string.Concat).Where(s => !string.IsNullOrWhiteSpace(s));

    private static readonly Gen<string> Segment = Gen.Select(Gen.Char['a', 'z'], Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789"], 0, 6], (first, rest) => first + rest);

    private static readonly string[] QuestionFields = { "wrongIntro", "wrong", "betterIntro", "better", "text" };
    private static readonly string[] HeadingFields = { "centerOfGravityColumn", "typicalOutputColumn", "failureModeColumn" };
    private static readonly string[] LensFields = { "decisions", "evidence", "conflict", "leverage" };
    private static readonly string[] RoleTextFields = { "name", "summary", "centerOfGravity" };

    private static readonly Gen<string> KeyStem = Segment.Array[1, 3].Select(parts => string.Join("-", parts));

    /// <summary>Letters from several scripts, for identifiers written in the content.</summary>
    private static readonly Gen<string> IdentifierStem = Gen.Select(
        Gen.OneOf('A', 'Z', 'a', 'İ', 'ı', 'Ω', 'Ж', '中', 'ß', '_'),
        Gen.String[Gen.Char["abcXYZ019_İıΩωЖж中ßé"], 0, 8],
        (first, rest) => first + rest);

    private static readonly Gen<RandomMember> Member = Gen.Select(
        KeyStem, IdentifierStem.Null(), Text, Text.Null(), Gen.Select(Text, Text).Array[0, 3],
        (key, identifier, name, description, attributes) => new RandomMember(key, identifier, name, description, attributes));

    private static readonly Gen<RandomVocabulary> VocabularyGen = Gen.Select(
        KeyStem, IdentifierStem.Null(), IdentifierStem, Text, Text.Null(), Member.Array[1, 4],
        (key, identifier, typeName, name, description, members) => new RandomVocabulary(key, identifier, typeName, name, description, members));

    private static Gen<RandomPattern> Pattern(int memberCount) => Gen.Select(
        KeyStem, IdentifierStem.Null(), Text, Text.Array[1, 3].Select(paragraphs => string.Join("\n\n", paragraphs)), Text.Array[0, 3],
        Gen.Int[0, memberCount - 1].Array[0, 3],
        (key, identifier, title, text, items, references) => new RandomPattern(key, identifier, title, text, items, references.Distinct().Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray()));

    private static Gen<RandomRole> Role(int memberCount) => Gen.Select(
        KeyStem, IdentifierStem.Null(), Text.Array[9], Text.Array[1, 3], Text.Array[1, 3], Pattern(memberCount).Array[1, 3],
        (key, identifier, texts, outputs, failures, patterns) => new RandomRole(key, identifier, texts, outputs, failures, patterns));

    public static readonly Gen<RandomTaxonomy> Generator = VocabularyGen.SelectMany(vocabulary => Gen.Select(
        Role(vocabulary.Members.Length).Array[1, 3], Text.Array[7].Null(),
        (roles, page) => new RandomTaxonomy(roles, vocabulary, page).Numbered()));

    /// <summary>Suffixes every name with its own number: '-kN' for keys, '_N' for identifiers, so that none can collide.</summary>
    private RandomTaxonomy Numbered()
    {
        var n = 0;
        string K(string key) => key + "-k" + (++n).ToString(System.Globalization.CultureInfo.InvariantCulture);
        string? I(string? identifier) => identifier is null ? null : identifier + "_" + (++n).ToString(System.Globalization.CultureInfo.InvariantCulture);

        // Attribute names are mapping keys: a repeated one is RT0006, not a valid taxonomy.
        var members = Vocabulary.Members.Select(m => m with
        {
            Key = K(m.Key),
            Identifier = I(m.Identifier),
            Attributes = m.Attributes.DistinctBy(a => a.Name, StringComparer.Ordinal).ToArray(),
        }).ToArray();
        var vocabulary = Vocabulary with { Key = K(Vocabulary.Key), Identifier = I(Vocabulary.Identifier), TypeName = I(Vocabulary.TypeName)!, Members = members };
        var roles = Roles.Select(r => r with
        {
            Key = K(r.Key),
            Identifier = I(r.Identifier),
            Patterns = r.Patterns.Select(p => p with
            {
                Key = K(p.Key),
                Identifier = I(p.Identifier),
                ReferencedMembers = p.ReferencedMembers.Select(i => members[int.Parse(i, System.Globalization.CultureInfo.InvariantCulture)].Key).ToArray(),
            }).ToArray(),
        }).OrderBy(r => r.Key, StringComparer.Ordinal).ToArray();
        return new RandomTaxonomy(roles, vocabulary, Page);
    }

    public IEnumerable<YamlFile> Files()
    {
        for (var i = 0; i < Roles.Length; i++)
        {
            yield return new YamlFile($"random/roles/{i}.yaml", RoleYaml(Roles[i]));
        }

        yield return new YamlFile("random/vocabulary.yaml", VocabularyYaml());
        if (Page is not null)
        {
            yield return new YamlFile("random/page.yaml", PageYaml(Page));
        }
    }

    /// <summary>Every text of the taxonomy, in the order <see cref="ReadBackExpression"/> reads them from the generated API.</summary>
    public IEnumerable<string> ExpectedTexts()
    {
        foreach (var role in Roles)
        {
            // Key twice (property, then ToKey), name, summary, center, outsiders (2), lenses (4), the leverage lens again
            // through Lenses.Get, the lists, then the display name through ToDisplayName.
            yield return role.Key;
            yield return role.Key;
            foreach (var text in role.Texts.Append(role.Texts[8]).Concat(role.Outputs).Concat(role.Failures))
            {
                yield return text;
            }

            yield return role.Texts[0];
            foreach (var pattern in role.Patterns)
            {
                foreach (var text in new[] { pattern.Key, pattern.Title, pattern.Text }.Concat(pattern.Items).Concat(pattern.ReferencedMembers))
                {
                    yield return text;
                }
            }
        }

        yield return Vocabulary.Key;
        yield return Vocabulary.Name;
        yield return Vocabulary.Description ?? "(null)";
        foreach (var member in Vocabulary.Members)
        {
            foreach (var text in new[] { member.Key, member.Name, member.Description ?? "(null)" }.Concat(member.Attributes.SelectMany(a => new[] { a.Name, a.Value })))
            {
                yield return text;
            }
        }

        foreach (var text in Page ?? Array.Empty<string>())
        {
            yield return text;
        }
    }

    public string ReadBackExpression() =>
        "Roles.All.SelectMany(r => new[] { r.Key, r.Id.ToKey(), r.Name, r.Summary, r.CenterOfGravity, r.OutsidersMiss.Misconception, r.OutsidersMiss.Reality, " +
        "r.Lenses.Decisions, r.Lenses.Evidence, r.Lenses.Conflict, r.Lenses.Leverage, r.Lenses.Get(Lens.Leverage) }" +
        ".Concat(r.TypicalOutputs).Concat(r.FailureModes).Append(r.Id.ToDisplayName())" +
        ".Concat(r.TaskPatterns.SelectMany(t => new[] { t.Key, t.Title, t.Text }.Concat(t.Items).Concat(t.References.Select(m => m.Key)))))" +
        ".Concat(Vocabularies.All.SelectMany(v => new[] { v.Key, v.Name, v.Description ?? \"(null)\" }" +
        ".Concat(v.Members.SelectMany(m => new[] { m.Key, m.Name, m.Description ?? \"(null)\" }.Concat(m.Attributes.SelectMany(a => new[] { a.Key, a.Value }))))))" +
        (Page is null ? string.Empty :
            ".Concat(new[] { Taxonomy.Page.Title, Taxonomy.Page.KnowledgeBase, Taxonomy.Page.AudiencesIntro, Taxonomy.Page.ReadWithIntro, " +
            "Taxonomy.Page.Question.Title, Taxonomy.Page.FinalAdvice.Closing, Taxonomy.Page.Comparison.RoleColumn })") +
        ".ToArray()";

    private string RoleYaml(RandomRole role)
    {
        var w = new StringBuilder();
        Line(w, 0, "kind", "role");
        Line(w, 0, "key", role.Key);
        OptionalLine(w, 0, "identifier", role.Identifier);
        for (var i = 0; i < RoleTextFields.Length; i++)
        {
            Line(w, 0, RoleTextFields[i], role.Texts[i]);
        }

        List(w, 0, "typicalOutputs", role.Outputs);
        List(w, 0, "failureModes", role.Failures);
        w.Append("outsidersMiss:\n");
        Line(w, 2, "misconception", role.Texts[3]);
        Line(w, 2, "reality", role.Texts[4]);
        w.Append("lenses:\n");
        Line(w, 2, "decisions", role.Texts[5]);
        Line(w, 2, "evidence", role.Texts[6]);
        Line(w, 2, "conflict", role.Texts[7]);
        Line(w, 2, "leverage", role.Texts[8]);
        w.Append("taskPatterns:\n");
        foreach (var pattern in role.Patterns)
        {
            w.Append("  - key: ").Append(pattern.Key).Append('\n');
            OptionalLine(w, 4, "identifier", pattern.Identifier);
            Line(w, 4, "title", pattern.Title);
            Line(w, 4, "text", pattern.Text);
            if (pattern.Items.Length > 0)
            {
                List(w, 4, "items", pattern.Items);
            }

            if (pattern.ReferencedMembers.Length > 0)
            {
                w.Append("    references:\n");
                List(w, 6, Vocabulary.Key, pattern.ReferencedMembers);
            }
        }

        return w.ToString();
    }

    private string VocabularyYaml()
    {
        var w = new StringBuilder();
        Line(w, 0, "kind", "vocabulary");
        Line(w, 0, "key", Vocabulary.Key);
        OptionalLine(w, 0, "identifier", Vocabulary.Identifier);
        Line(w, 0, "typeName", Vocabulary.TypeName);
        Line(w, 0, "name", Vocabulary.Name);
        OptionalLine(w, 0, "description", Vocabulary.Description);
        w.Append("members:\n");
        foreach (var member in Vocabulary.Members)
        {
            w.Append("  - key: ").Append(member.Key).Append('\n');
            OptionalLine(w, 4, "identifier", member.Identifier);
            Line(w, 4, "name", member.Name);
            OptionalLine(w, 4, "description", member.Description);
            if (member.Attributes.Length > 0)
            {
                w.Append("    attributes:\n");
                foreach (var (name, value) in member.Attributes)
                {
                    w.Append("      ").Append(YamlText.DoubleQuoted(name)).Append(": ").Append(YamlText.DoubleQuoted(value)).Append('\n');
                }
            }
        }

        return w.ToString();
    }

    private string PageYaml(string[] texts)
    {
        var w = new StringBuilder();
        Line(w, 0, "kind", "page");
        Line(w, 0, "title", texts[0]);
        Line(w, 0, "knowledgeBase", texts[1]);
        w.Append("audiences:\n");
        Line(w, 2, "intro", texts[2]);
        Line(w, 2, "vocabulary", Vocabulary.Key);
        List(w, 2, "members", new[] { Vocabulary.Members[0].Key });
        w.Append("readWith:\n");
        Line(w, 2, "intro", texts[3]);
        List(w, 2, "pages", QuestionFields[..1]);
        w.Append("question:\n");
        Line(w, 2, "title", texts[4]);
        foreach (var field in QuestionFields)
        {
            Line(w, 2, field, "x");
        }

        List(w, 0, "roles", Roles.Select(r => r.Key).ToArray());
        Line(w, 0, "taskPatternsTitle", "x");
        Line(w, 0, "outsidersMissTitle", "x");
        w.Append("comparison:\n");
        Line(w, 2, "title", "x");
        Line(w, 2, "roleColumn", texts[6]);
        foreach (var field in HeadingFields)
        {
            Line(w, 2, field, "x");
        }

        w.Append("finalAdvice:\n");
        Line(w, 2, "title", "x");
        Line(w, 2, "intro", "x");
        w.Append("  lenses:\n");
        foreach (var field in LensFields)
        {
            Line(w, 4, field, "x");
        }

        Line(w, 2, "closing", texts[5]);
        return w.ToString();
    }

    private static void Line(StringBuilder w, int indent, string field, string text) =>
        w.Append(' ', indent).Append(field).Append(": ").Append(YamlText.DoubleQuoted(text)).Append('\n');

    private static void OptionalLine(StringBuilder w, int indent, string field, string? text)
    {
        if (text is not null)
        {
            Line(w, indent, field, text);
        }
    }

    private static void List(StringBuilder w, int indent, string field, IEnumerable<string> items)
    {
        w.Append(' ', indent).Append(field).Append(":\n");
        foreach (var item in items)
        {
            w.Append(' ', indent + 2).Append("- ").Append(YamlText.DoubleQuoted(item)).Append('\n');
        }
    }
}
