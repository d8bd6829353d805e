using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace RoleTaxonomy.Testing;

/// <summary>A role's four lenses, or the four prompts of the page's final advice.</summary>
internal sealed record LensesContent(string Decisions, string Evidence, string Conflict, string Leverage);

/// <summary>
/// An item's <c>stability</c> and <c>deprecated</c>; <see cref="Current"/> (stable, not deprecated) writes neither.
/// A deprecation here names no replacement.
/// </summary>
internal sealed record LifecycleContent(bool Experimental, string? DeprecationReason)
{
    public static LifecycleContent Current { get; } = new(false, null);
}

/// <summary>A task pattern's references to one vocabulary's members.</summary>
internal sealed record ReferencesContent(string Vocabulary, IReadOnlyList<string> Members);

/// <summary>A task pattern of a role file. No items and no references leave those fields out.</summary>
internal sealed record TaskPatternContent(
    string Key, string Title, string Text, IReadOnlyList<string> Items, IReadOnlyList<ReferencesContent> References)
{
    public string? Identifier { get; init; }

    public LifecycleContent Lifecycle { get; init; } = LifecycleContent.Current;
}

/// <summary>A role file: every field the schema requires, and an optional identifier.</summary>
internal sealed record RoleContent(
    string Key,
    string Name,
    string Summary,
    string CenterOfGravity,
    IReadOnlyList<string> TypicalOutputs,
    IReadOnlyList<string> FailureModes,
    string Misconception,
    string Reality,
    LensesContent Lenses,
    IReadOnlyList<TaskPatternContent> TaskPatterns)
{
    public string? Identifier { get; init; }

    public LifecycleContent Lifecycle { get; init; } = LifecycleContent.Current;
}

/// <summary>A member of a vocabulary.</summary>
internal sealed record MemberContent(string Key, string Name)
{
    public string? Identifier { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<(string Name, string Value)> Attributes { get; init; } = Array.Empty<(string, string)>();

    public LifecycleContent Lifecycle { get; init; } = LifecycleContent.Current;
}

/// <summary>A vocabulary file.</summary>
internal sealed record VocabularyContent(string Key, string TypeName, string Name, IReadOnlyList<MemberContent> Members)
{
    public string? Identifier { get; init; }

    public string? Description { get; init; }
}

/// <summary>
/// The page file. What every test page says alike (the intros, headings and column names) has a default; what
/// differs from page to page is given.
/// </summary>
internal sealed record PageContent(
    string Title,
    string KnowledgeBase,
    string AudienceVocabulary,
    IReadOnlyList<string> Audiences,
    IReadOnlyList<string> ReadWith,
    IReadOnlyList<string> Roles)
{
    public string AudiencesIntro { get; init; } = "Use this page for:";

    public string ReadWithIntro { get; init; } = "Read this together with:";

    public string QuestionTitle { get; init; } = "What this page answers";

    public string WrongIntro { get; init; } = "The wrong question:";

    public required string Wrong { get; init; }

    public string BetterIntro { get; init; } = "The better one:";

    public required string Better { get; init; }

    public required string QuestionText { get; init; }

    public string TaskPatternsTitle { get; init; } = "common daily task patterns";

    public string OutsidersMissTitle { get; init; } = "What outsiders miss";

    public string ComparisonTitle { get; init; } = "Comparison";

    public string RoleColumn { get; init; } = "Role";

    public string CenterOfGravityColumn { get; init; } = "Center";

    public string TypicalOutputColumn { get; init; } = "Output";

    public string FailureModeColumn { get; init; } = "Failure";

    public string AdviceTitle { get; init; } = "Advice";

    public string AdviceIntro { get; init; } = "Describe each role through:";

    public LensesContent AdviceLenses { get; init; } = new(
        "what decisions it owns", "what evidence it works from", "what conflict it has to manage", "what kind of leverage it creates");

    public string Closing { get; init; } = "That is all.";
}

/// <summary>
/// The one writer of taxonomy YAML in the tests: role, vocabulary, page and numbers files from the records above,
/// laid out as a person writes them (two-space indentation, fields in the schema's order, LF line ends). Every text
/// reads back as exactly that text: plain where YAML reads a plain scalar as written, a literal block
/// (<c>|-</c>) for a multi-line text whose lines are plain printable text, double-quoted with escapes otherwise.
/// </summary>
internal static class ContentWriter
{
    private static readonly HashSet<string> TypedWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "null", "true", "false", "yes", "no", "on", "off", "y", "n",
    };

    public static string Role(RoleContent role)
    {
        var w = new Writer();
        w.Field(0, "kind", "role");
        w.Field(0, "key", role.Key);
        w.OptionalField(0, "identifier", role.Identifier);
        w.Field(0, "name", role.Name);
        w.Field(0, "summary", role.Summary);
        w.Field(0, "centerOfGravity", role.CenterOfGravity);
        w.List(0, "typicalOutputs", role.TypicalOutputs);
        w.List(0, "failureModes", role.FailureModes);
        w.Section(0, "outsidersMiss");
        w.Field(2, "misconception", role.Misconception);
        w.Field(2, "reality", role.Reality);
        w.Lenses(0, "lenses", role.Lenses);
        w.Section(0, "taskPatterns");
        foreach (var pattern in role.TaskPatterns)
        {
            w.Entry(2, "key", pattern.Key);
            w.OptionalField(4, "identifier", pattern.Identifier);
            w.Field(4, "title", pattern.Title);
            w.Field(4, "text", pattern.Text);
            if (pattern.Items.Count > 0)
            {
                w.List(4, "items", pattern.Items);
            }

            if (pattern.References.Count > 0)
            {
                w.Section(4, "references");
                foreach (var references in pattern.References)
                {
                    w.List(6, Scalar(references.Vocabulary), references.Members);
                }
            }

            w.Lifecycle(4, pattern.Lifecycle);
        }

        w.Lifecycle(0, role.Lifecycle);
        return w.ToString();
    }

    public static string Vocabulary(VocabularyContent vocabulary)
    {
        var w = new Writer();
        w.Field(0, "kind", "vocabulary");
        w.Field(0, "key", vocabulary.Key);
        w.OptionalField(0, "identifier", vocabulary.Identifier);
        w.Field(0, "typeName", vocabulary.TypeName);
        w.Field(0, "name", vocabulary.Name);
        w.OptionalField(0, "description", vocabulary.Description);
        w.Section(0, "members");
        return w.ToString() + MemberEntries(vocabulary.Members);
    }

    /// <summary>The entries of a vocabulary's <c>members</c> list, each a mapping that starts <c>  - key:</c>.</summary>
    public static string MemberEntries(IEnumerable<MemberContent> members)
    {
        var w = new Writer();
        foreach (var member in members)
        {
            w.Entry(2, "key", member.Key);
            w.OptionalField(4, "identifier", member.Identifier);
            w.Field(4, "name", member.Name);
            w.OptionalField(4, "description", member.Description);
            if (member.Attributes.Count > 0)
            {
                w.Section(4, "attributes");
                foreach (var (name, value) in member.Attributes)
                {
                    w.Field(6, Scalar(name), value);
                }
            }

            w.Lifecycle(4, member.Lifecycle);
        }

        return w.ToString();
    }

    public static string Page(PageContent page)
    {
        var w = new Writer();
        w.Field(0, "kind", "page");
        w.Field(0, "title", page.Title);
        w.Field(0, "knowledgeBase", page.KnowledgeBase);
        w.Section(0, "audiences");
        w.Field(2, "intro", page.AudiencesIntro);
        w.Field(2, "vocabulary", page.AudienceVocabulary);
        w.List(2, "members", page.Audiences);
        w.Section(0, "readWith");
        w.Field(2, "intro", page.ReadWithIntro);
        w.List(2, "pages", page.ReadWith);
        w.Section(0, "question");
        w.Field(2, "title", page.QuestionTitle);
        w.Field(2, "wrongIntro", page.WrongIntro);
        w.Field(2, "wrong", page.Wrong);
        w.Field(2, "betterIntro", page.BetterIntro);
        w.Field(2, "better", page.Better);
        w.Field(2, "text", page.QuestionText);
        w.List(0, "roles", page.Roles);
        w.Field(0, "taskPatternsTitle", page.TaskPatternsTitle);
        w.Field(0, "outsidersMissTitle", page.OutsidersMissTitle);
        w.Section(0, "comparison");
        w.Field(2, "title", page.ComparisonTitle);
        w.Field(2, "roleColumn", page.RoleColumn);
        w.Field(2, "centerOfGravityColumn", page.CenterOfGravityColumn);
        w.Field(2, "typicalOutputColumn", page.TypicalOutputColumn);
        w.Field(2, "failureModeColumn", page.FailureModeColumn);
        w.Section(0, "finalAdvice");
        w.Field(2, "title", page.AdviceTitle);
        w.Field(2, "intro", page.AdviceIntro);
        w.Lenses(2, "lenses", page.AdviceLenses);
        w.Field(2, "closing", page.Closing);
        return w.ToString();
    }

    /// <summary>
    /// The numbers file <c>roletaxonomy numbers</c> writes for content that has none yet: every role, task pattern,
    /// vocabulary and member numbered from 1 in the order given.
    /// </summary>
    public static string Numbers(IReadOnlyList<RoleContent> roles, IReadOnlyList<VocabularyContent> vocabularies)
    {
        var w = new Writer();
        w.Field(0, "kind", "numbers");
        w.Numbered(0, "roles", roles.Select(r => r.Key));
        w.Numbered(0, "taskPatterns", roles.SelectMany(r => r.TaskPatterns).Select(p => p.Key));
        w.Numbered(0, "vocabularies", vocabularies.Select(v => v.Key));
        w.Section(0, "members");
        foreach (var vocabulary in vocabularies)
        {
            w.Numbered(2, Scalar(vocabulary.Key), vocabulary.Members.Select(m => m.Key));
        }

        return w.ToString();
    }

    /// <summary>One top-level field, <c>name: value</c> and a line end.</summary>
    public static string Field(string name, string value)
    {
        var w = new Writer();
        w.Field(0, name, value);
        return w.ToString();
    }

    /// <summary>A one-line scalar that YAML reads back as exactly <paramref name="text"/>: plain where that is safe, double-quoted otherwise.</summary>
    public static string Scalar(string text) => IsPlain(text) ? text : DoubleQuoted(text);

    /// <summary>Any valid UTF-16 text as a YAML double-quoted scalar that reads back as exactly that text.</summary>
    /// <exception cref="ArgumentException">The text holds a lone surrogate, which YAML cannot hold.</exception>
    public static string DoubleQuoted(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
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
                _ when char.IsSurrogate(c) => throw new ArgumentException("A lone surrogate has no YAML form.", nameof(text)),
                _ when !IsVisible(c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    /// <summary>
    /// Plain only for text that starts with a letter or digit (no indicator), holds only letters, digits, spaces and
    /// punctuation that means nothing to YAML in a block mapping (no <c>:</c>, no <c>#</c>), ends in no space, and is
    /// not a word that YAML 1.1 would type.
    /// </summary>
    private static bool IsPlain(string text) =>
        text.Length > 0
        && char.IsLetterOrDigit(text[0])
        && text[^1] != ' '
        && text.All(c => char.IsLetterOrDigit(c) || " -_.,;()?!'/&“”’—".Contains(c, StringComparison.Ordinal))
        && !TypedWords.Contains(text);

    /// <summary>Lines of visible text (none blank but the empty ones between paragraphs, none indented), as a literal block keeps them.</summary>
    private static bool FitsLiteralBlock(string text) =>
        text.Contains('\n', StringComparison.Ordinal)
        && text[0] != '\n'
        && text[^1] != '\n'
        && text.Split('\n').All(line => line.Length == 0
            || (!char.IsWhiteSpace(line[0]) && !char.IsWhiteSpace(line[^1]) && line.All(IsVisible)));

    /// <summary>
    /// In YAML's printable set, not a line separator, not an invisible formatting character, and not U+FFFD, which
    /// the generator reads as a byte that was not UTF-8 (RT0035) unless it is escaped.
    /// </summary>
    private static bool IsVisible(char c) =>
        c is (>= ' ' and <= '~') or (>= '\u00A0' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFC')
        && c is not ('\u2028' or '\u2029')
        && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format;

    /// <summary>Lines at an indentation; field names are written as given, values through <see cref="Scalar"/>.</summary>
    private sealed class Writer
    {
        private readonly StringBuilder _yaml = new();

        public void Field(int indent, string name, string value)
        {
            _yaml.Append(' ', indent).Append(name).Append(':');
            Value(indent, value);
        }

        public void Lifecycle(int indent, LifecycleContent lifecycle)
        {
            if (lifecycle.Experimental)
            {
                Field(indent, "stability", "experimental");
            }

            if (lifecycle.DeprecationReason is { } reason)
            {
                Section(indent, "deprecated");
                Field(indent + 2, "reason", reason);
            }
        }

        public void OptionalField(int indent, string name, string? value)
        {
            if (value is not null)
            {
                Field(indent, name, value);
            }
        }

        /// <summary>The first field of a mapping in a list: <c>- name: value</c>, its other fields two deeper.</summary>
        public void Entry(int indent, string name, string value)
        {
            _yaml.Append(' ', indent).Append("- ").Append(name).Append(':');
            Value(indent + 2, value);
        }

        public void Section(int indent, string name) => _yaml.Append(' ', indent).Append(name).Append(":\n");

        public void List(int indent, string name, IEnumerable<string> items)
        {
            Section(indent, name);
            foreach (var item in items)
            {
                _yaml.Append(' ', indent + 2).Append("- ").Append(Scalar(item)).Append('\n');
            }
        }

        public void Lenses(int indent, string name, LensesContent lenses)
        {
            Section(indent, name);
            Field(indent + 2, "decisions", lenses.Decisions);
            Field(indent + 2, "evidence", lenses.Evidence);
            Field(indent + 2, "conflict", lenses.Conflict);
            Field(indent + 2, "leverage", lenses.Leverage);
        }

        /// <summary>A mapping of keys to their numbers, 1 upwards in order.</summary>
        public void Numbered(int indent, string name, IEnumerable<string> keys)
        {
            Section(indent, name);
            var number = 0;
            foreach (var key in keys)
            {
                _yaml.Append(' ', indent + 2).Append(Scalar(key)).Append(": ")
                    .Append((++number).ToString(CultureInfo.InvariantCulture)).Append('\n');
            }
        }

        public override string ToString() => _yaml.ToString();

        /// <summary>After <c>name:</c>: a one-line scalar, or a literal block indented under the field.</summary>
        private void Value(int indent, string value)
        {
            if (!FitsLiteralBlock(value))
            {
                _yaml.Append(' ').Append(Scalar(value)).Append('\n');
                return;
            }

            _yaml.Append(" |-\n");
            foreach (var line in value.Split('\n'))
            {
                if (line.Length > 0)
                {
                    _yaml.Append(' ', indent + 2).Append(line);
                }

                _yaml.Append('\n');
            }
        }
    }
}
