using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using RoleTaxonomy.Testing;

namespace RoleTaxonomy.Generator.Tests.Infrastructure;

/// <summary>
/// A valid taxonomy of random shape and random text: every key, identifier and type name is unique by construction
/// (a numbered suffix no other name can end in), every text is any non-blank string, written by
/// <see cref="ContentWriter"/> so that it reads back as exactly that string.
/// </summary>
internal sealed record RandomTaxonomy(RoleContent[] Roles, VocabularyContent Vocabulary, string[]? Page)
{
    /// <summary>Characters that break literals, comments, XML, YAML or lines, among ordinary ones.</summary>
    private static readonly Gen<string> Piece = Gen.Frequency(
        (8, Gen.Char['a', 'z'].Select(c => c.ToString())),
        (3, Gen.Char[' ', '~'].Select(c => c.ToString())),
        (3, Gen.OneOf(
            "\"", "\\", "{", "}", "<", ">", "&", "\r", "\n", "\r\n", "\t", "\0", "\u0085", "\u2028", "\u2029", "\u202A", "\u202E",
            "\u2066", "\u2069", "\u200B", "\uFEFF", "\uFFFD", "\uFFFE", "\uFFFF", "İ", "ı", "*/", "///", "</summary>", "\"\"\"", "#", "@", "$", "{0}",
            "\u0001", "\u007F", "\u009F", "\u00A0", "\u00AD")),
        (1, Gen.Char['\u00A0', '\uD7FF'].Select(c => c.ToString())),
        (1, Gen.Char['\uE000', '\uFFFF'].Select(c => c.ToString())),
        (1, Gen.OneOf("🙂", "👩‍💻", "\U0001D11E", "\U0010FFFD")));

    public static readonly Gen<string> Text = Piece.Array[1, 12].Select(string.Concat).Where(s => !string.IsNullOrWhiteSpace(s));

    private static readonly Gen<string> Segment = Gen.Select(Gen.Char['a', 'z'], Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789"], 0, 6], (first, rest) => first + rest);

    private static readonly Gen<string> KeyStem = Segment.Array[1, 3].Select(parts => string.Join("-", parts));

    /// <summary>Letters from several scripts, for identifiers written in the content.</summary>
    private static readonly Gen<string> IdentifierStem = Gen.Select(
        Gen.OneOf('A', 'Z', 'a', 'İ', 'ı', 'Ω', 'Ж', '中', 'ß', '_'),
        Gen.String[Gen.Char["abcXYZ019_İıΩωЖж中ßé"], 0, 8],
        (first, rest) => first + rest);

    /// <summary>Mostly stable and current; sometimes experimental, deprecated (with any reason, and no replacement) or both.</summary>
    private static readonly Gen<LifecycleContent> Lifecycle = Gen.Frequency(
        (4, Gen.Const(LifecycleContent.Current)),
        (1, Gen.Select(Gen.Bool, Text.Null(), (experimental, reason) => new LifecycleContent(experimental, reason))));

    private static readonly Gen<MemberContent> Member = Gen.Select(
        KeyStem, IdentifierStem.Null(), Text, Text.Null(), Gen.Select(Text, Text).Array[0, 3], Lifecycle,
        (key, identifier, name, description, attributes, lifecycle) => new MemberContent(key, name)
        {
            Identifier = identifier, Description = description, Attributes = attributes, Lifecycle = lifecycle,
        });

    private static readonly Gen<VocabularyContent> VocabularyGen = Gen.Select(
        KeyStem, IdentifierStem.Null(), IdentifierStem, Text, Text.Null(), Member.Array[1, 4],
        (key, identifier, typeName, name, description, members) => new VocabularyContent(key, typeName, name, members) { Identifier = identifier, Description = description });

    /// <summary>A task pattern whose references name members by index (see <see cref="Numbered"/>).</summary>
    private static Gen<TaskPatternContent> Pattern(int memberCount) => Gen.Select(
        KeyStem, IdentifierStem.Null(), Text, Text.Array[1, 3].Select(paragraphs => string.Join("\n\n", paragraphs)), Text.Array[0, 3],
        Gen.Int[0, memberCount - 1].Array[0, 3], Lifecycle,
        (key, identifier, title, text, items, references, lifecycle) => new TaskPatternContent(key, title, text, items, references.Length == 0
            ? Array.Empty<ReferencesContent>()
            : new[] { new ReferencesContent(string.Empty, references.Distinct().Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray()) })
        {
            Identifier = identifier,
            Lifecycle = lifecycle,
        });

    private static Gen<RoleContent> Role(int memberCount) => Gen.Select(
        KeyStem, IdentifierStem.Null(), Text.Array[9], Text.Array[1, 3], Text.Array[1, 3], Pattern(memberCount).Array[1, 3], Lifecycle,
        (key, identifier, texts, outputs, failures, patterns, lifecycle) => new RoleContent(
            key, texts[0], texts[1], texts[2], outputs, failures, texts[3], texts[4], new LensesContent(texts[5], texts[6], texts[7], texts[8]), patterns)
        {
            Identifier = identifier,
            Lifecycle = lifecycle,
        });

    public static readonly Gen<RandomTaxonomy> Generator = VocabularyGen.SelectMany(vocabulary => Gen.Select(
        Role(vocabulary.Members.Count).Array[1, 3], Text.Array[7].Null(),
        (roles, page) => new RandomTaxonomy(roles, vocabulary, page).Numbered()));

    /// <summary>
    /// Suffixes every name with its own number: '-kN' for keys, '_N' for identifiers, so that none can collide; and
    /// turns each task pattern's member indexes into references to those members.
    /// </summary>
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
            TaskPatterns = r.TaskPatterns.Select(p => p with
            {
                Key = K(p.Key),
                Identifier = I(p.Identifier),
                References = p.References.Select(indexes => new ReferencesContent(
                    vocabulary.Key, indexes.Members.Select(i => members[int.Parse(i, System.Globalization.CultureInfo.InvariantCulture)].Key).ToArray())).ToArray(),
            }).ToArray(),
        }).OrderBy(r => r.Key, StringComparer.Ordinal).ToArray();
        return new RandomTaxonomy(roles, vocabulary, Page);
    }

    public IEnumerable<YamlFile> Files()
    {
        for (var i = 0; i < Roles.Length; i++)
        {
            yield return new YamlFile($"random/roles/{i}.yaml", ContentWriter.Role(Roles[i]));
        }

        yield return new YamlFile("random/vocabulary.yaml", ContentWriter.Vocabulary(Vocabulary));
        if (Page is not null)
        {
            yield return new YamlFile("random/page.yaml", ContentWriter.Page(PageOf(Page)));
        }
    }

    /// <summary>Every text of the taxonomy, in the order <see cref="ReadBackExpression"/> reads them from the generated API.</summary>
    public IEnumerable<string> ExpectedTexts()
    {
        foreach (var role in Roles)
        {
            // Key twice (property, then ToKey), name, summary, center, outsiders (2), lenses (4), the leverage lens again
            // through Lenses.Get, the lists, then the display name through ToDisplayName.
            var lenses = role.Lenses;
            var texts = new[]
            {
                role.Key, role.Key, role.Name, role.Summary, role.CenterOfGravity, role.Misconception, role.Reality,
                lenses.Decisions, lenses.Evidence, lenses.Conflict, lenses.Leverage, lenses.Leverage,
            };
            foreach (var text in texts.Concat(role.TypicalOutputs).Concat(role.FailureModes))
            {
                yield return text;
            }

            yield return role.Name;
            foreach (var pattern in role.TaskPatterns)
            {
                foreach (var text in new[] { pattern.Key, pattern.Title, pattern.Text }.Concat(pattern.Items).Concat(pattern.References.SelectMany(r => r.Members)))
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

    /// <summary>The page, its texts random where the read-back expression reads them: title, knowledge base, two intros, question title, closing, role column.</summary>
    private PageContent PageOf(string[] texts) => new(
        texts[0], texts[1], Vocabulary.Key, new[] { Vocabulary.Members[0].Key }, new[] { "x" }, Roles.Select(r => r.Key).ToArray())
    {
        AudiencesIntro = texts[2],
        ReadWithIntro = texts[3],
        QuestionTitle = texts[4],
        Wrong = "x",
        Better = "x",
        QuestionText = "x",
        Closing = texts[5],
        RoleColumn = texts[6],
    };
}
