using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using RoleTaxonomy.Generator.Diagnostics;
using RoleTaxonomy.Generator.Naming;
using RoleTaxonomy.Generator.Model;
using RoleTaxonomy.Generator.Parsing;
using RoleTaxonomy.Generator.Schema;

namespace RoleTaxonomy.Generator.Binding;

/// <summary>
/// The per-file stage: reads one file's YAML into the content model and reports every rule that one
/// file can break on its own. Cross-file rules belong to the linker.
/// </summary>
internal static class ContentBinder
{
    public static ContentFile Bind(string path, string text, YamlLimits limits, CancellationToken cancellationToken)
    {
        var diagnostics = new DiagnosticBag();
        var root = YamlReader.Read(path, text, limits, diagnostics, cancellationToken);
        var roles = new List<RoleSpec>();
        var vocabularies = new List<VocabularySpec>();
        var pages = new List<PageSpec>();
        var numbers = new List<NumbersSpec>();

        if (root is YamlMappingSyntax mapping)
        {
            BindDocument(mapping, diagnostics, roles, vocabularies, pages, numbers);
        }
        else if (root is not null)
        {
            // A document with no content ('---' alone) has an empty root the parser places past its end.
            var location = root is YamlScalarSyntax { Value.Length: 0 } ? LocationInfo.StartOfFile(path) : root.Location;
            diagnostics.Report(DiagnosticDescriptors.WrongValueKind, location,
                "The document", "a mapping that starts with 'kind:'", root.KindDescription,
                ": start the file with 'kind: role' (or vocabulary, page or numbers) and write its fields below, one 'name: value' per line");
        }

        return new ContentFile(path, roles.ToEquatableArray(), vocabularies.ToEquatableArray(), pages.ToEquatableArray(), diagnostics.ToEquatableArray())
        {
            Numbers = numbers.FirstOrDefault(),
            UnreadKeys = UnboundKeys(path, text, roles, vocabularies, bound: roles.Count + vocabularies.Count + pages.Count + numbers.Count > 0),
        };
    }

    /// <summary>See <see cref="ContentFile.UnreadKeys"/>.</summary>
    private static EquatableArray<string> UnboundKeys(string path, string text, List<RoleSpec> roles, List<VocabularySpec> vocabularies, bool bound)
    {
        var stem = System.IO.Path.GetFileNameWithoutExtension(path);
        if (!bound)
        {
            return KeysNamedIn(text).Append(stem).Where(ContentKey.IsValid).Distinct(System.StringComparer.Ordinal).ToEquatableArray();
        }

        var keys = roles.Select(r => r.Key)
            .Concat(roles.SelectMany(r => r.TaskPatterns).Select(t => t.Key))
            .Concat(vocabularies.Select(v => v.Key))
            .Concat(vocabularies.SelectMany(v => v.Members).Select(m => m.Key))
            .Select(k => k.Key.Value)
            .Where(k => !ContentKey.IsAccepted(k))
            .ToList();
        if (keys.Count == 0)
        {
            return EquatableArray<string>.Empty;
        }

        return keys.Select(k => ContentKey.KebabCaseOf(k)).OfType<string>().Append(stem)
            .Where(ContentKey.IsValid).Distinct(System.StringComparer.Ordinal).ToEquatableArray();
    }

    // A 'key:' line, as the first field of a list item too; its value plain or quoted.
    private static readonly Regex KeyLine = new(@"^[ \t]*(?:-[ \t]+)?key:[ \t]*[""']?([^\s""'#]+)", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    /// <summary>The keys a file's text names, read line by line without YAML: what a file that cannot be read would define.</summary>
    private static EquatableArray<string> KeysNamedIn(string text) =>
        KeyLine.Matches(text).Cast<Match>().Select(m => m.Groups[1].Value).Distinct(System.StringComparer.Ordinal).ToEquatableArray();

    private static void BindDocument(
        YamlMappingSyntax root,
        DiagnosticBag diagnostics,
        List<RoleSpec> roles,
        List<VocabularySpec> vocabularies,
        List<PageSpec> pages,
        List<NumbersSpec> numbers)
    {
        var kindNode = root.Entries.FirstOrDefault(e => e.Key.Value == "kind")?.Value;
        if (kindNode is null)
        {
            diagnostics.Report(DiagnosticDescriptors.MissingRequiredField, root.Location, "'kind' is", "a content file",
                "it as the first line: 'kind: role', 'kind: vocabulary', 'kind: page' or 'kind: numbers'");
            return;
        }

        if (kindNode is not YamlScalarSyntax kind)
        {
            diagnostics.Report(DiagnosticDescriptors.WrongValueKind, kindNode.Location, "kind", "text", kindNode.KindDescription,
                Fixes.ForWrongKind("kind", "text", kindNode));
            return;
        }

        switch (kind.Value)
        {
            case ContentSchema.Role.Kind:
                roles.Add(BindRole(new FieldReader(root, ContentSchema.Role.Item, diagnostics)));
                break;
            case ContentSchema.Vocabulary.Kind:
                vocabularies.Add(BindVocabulary(new FieldReader(root, ContentSchema.Vocabulary.Item, diagnostics)));
                break;
            case ContentSchema.Page.Kind:
                pages.Add(BindPage(new FieldReader(root, ContentSchema.Page.Item, diagnostics)));
                break;
            case ContentSchema.Numbers.Kind:
                numbers.Add(NumbersBinder.Bind(root, diagnostics));
                break;
            default:
                diagnostics.Report(DiagnosticDescriptors.UnknownKind, kind.Location, kind.Value,
                    diagnostics.DidYouMean(kind.Value, ContentKinds.All.Select(k => k.Kind)));
                break;
        }
    }

    private static RoleSpec BindRole(FieldReader role)
    {
        var key = Key(role);
        var outsidersMiss = role.Mapping(ContentSchema.Role.OutsidersMiss);
        var taskPatterns = role.MappingList(ContentSchema.Role.TaskPatterns).Select(BindTaskPattern).ToEquatableArray();
        if (role.Find(ContentSchema.Role.TaskPatterns) is YamlSequenceSyntax { Items.Count: 0 } empty)
        {
            role.Report(DiagnosticDescriptors.RoleWithoutTaskPatterns, empty.Location, key.Key.Value);
        }

        var text = new RoleText(
            Fields: role.TextFields(),
            OutsidersMiss: new OutsidersMissText(
                Misconception: TextOf(outsidersMiss, ContentSchema.OutsidersMiss.Misconception),
                Reality: TextOf(outsidersMiss, ContentSchema.OutsidersMiss.Reality)),
            Lenses: Lenses(role.Mapping(ContentSchema.Lenses.Field)));
        return new RoleSpec(key, role.Location, text, taskPatterns, Lifecycle(role));
    }

    private static TaskPatternSpec BindTaskPattern(FieldReader pattern)
    {
        var key = Key(pattern);
        var text = new TaskPatternText(pattern.TextFields());
        var references = pattern.Entries(ContentSchema.TaskPattern.References)
            .Select(entry => Reference(pattern, entry.Key, entry.Value, ContentSchema.TaskPattern.References.Name))
            .ToEquatableArray();
        return new TaskPatternSpec(key, text, references, Lifecycle(pattern));
    }

    private static VocabularySpec BindVocabulary(FieldReader vocabulary)
    {
        var key = Key(vocabulary);
        var typeName = vocabulary.Text(ContentSchema.Vocabulary.TypeName);
        CheckName(vocabulary, typeName, Identifier.IsValid, DiagnosticDescriptors.InvalidIdentifier, IdentifierFix);

        var members = vocabulary.MappingList(ContentSchema.Vocabulary.Members).Select(BindMember).ToEquatableArray();
        if (vocabulary.Find(ContentSchema.Vocabulary.Members) is YamlSequenceSyntax { Items.Count: 0 } empty)
        {
            vocabulary.Report(DiagnosticDescriptors.EmptyValue, empty.Location, ContentSchema.Vocabulary.Members.Name,
                ": add at least one member below 'members:', starting with '- key: '");
        }

        var text = new VocabularyText(vocabulary.TextFields());
        return new VocabularySpec(key, typeName, text, members);
    }

    private static MemberSpec BindMember(FieldReader member)
    {
        var attributes = new List<AttributeSpec>();
        foreach (var entry in member.Entries(ContentSchema.Member.Attributes))
        {
            if (string.IsNullOrWhiteSpace(entry.Key.Value))
            {
                member.Report(DiagnosticDescriptors.EmptyValue, entry.Key.Location, "attribute name", ": write the attribute's name before the ':'");
            }
            else if (member.AsText(entry.Key.Value, entry.Value) is { } value)
            {
                attributes.Add(new AttributeSpec(entry.Key.Value, value.Value));
            }
        }

        var key = Key(member);
        var text = new MemberText(member.TextFields(), attributes.ToEquatableArray());
        return new MemberSpec(key, text, Lifecycle(member));
    }

    private static PageSpec BindPage(FieldReader page)
    {
        var audiences = page.Mapping(ContentSchema.Page.Audiences);
        var readWith = page.Mapping(ContentSchema.Page.ReadWith);
        var question = page.Mapping(ContentSchema.Page.Question);
        var comparison = page.Mapping(ContentSchema.Page.Comparison);
        var finalAdvice = page.Mapping(ContentSchema.Page.FinalAdvice);
        var audienceVocabulary = audiences?.Text(ContentSchema.Audiences.Vocabulary) ?? new TextSpec(string.Empty, page.Location);
        var audienceMembers = audiences?.KeyList(ContentSchema.Audiences.Members) ?? EquatableArray<TextSpec>.Empty;
        var roles = page.KeyList(ContentSchema.Page.Roles);

        var text = new PageText(
            Title: page.Text(ContentSchema.Page.Title).Value,
            KnowledgeBase: page.Text(ContentSchema.Page.KnowledgeBase).Value,
            AudiencesIntro: TextOf(audiences, ContentSchema.Audiences.Intro),
            ReadWithIntro: TextOf(readWith, ContentSchema.ReadWith.Intro),
            ReadWith: readWith is null ? EquatableArray<string>.Empty : Values(readWith.TextList(ContentSchema.ReadWith.Pages)),
            Question: new QuestionText(
                Title: TextOf(question, ContentSchema.Question.Title),
                WrongIntro: TextOf(question, ContentSchema.Question.WrongIntro),
                Wrong: TextOf(question, ContentSchema.Question.Wrong),
                BetterIntro: TextOf(question, ContentSchema.Question.BetterIntro),
                Better: TextOf(question, ContentSchema.Question.Better),
                Text: TextOf(question, ContentSchema.Question.Text)),
            TaskPatternsTitle: page.Text(ContentSchema.Page.TaskPatternsTitle).Value,
            OutsidersMissTitle: page.Text(ContentSchema.Page.OutsidersMissTitle).Value,
            Comparison: new ComparisonText(
                Title: TextOf(comparison, ContentSchema.Comparison.Title),
                RoleColumn: TextOf(comparison, ContentSchema.Comparison.RoleColumn),
                CenterOfGravityColumn: TextOf(comparison, ContentSchema.Comparison.CenterOfGravityColumn),
                TypicalOutputColumn: TextOf(comparison, ContentSchema.Comparison.TypicalOutputColumn),
                FailureModeColumn: TextOf(comparison, ContentSchema.Comparison.FailureModeColumn)),
            FinalAdvice: new FinalAdviceText(
                Title: TextOf(finalAdvice, ContentSchema.FinalAdvice.Title),
                Intro: TextOf(finalAdvice, ContentSchema.FinalAdvice.Intro),
                Lenses: Lenses(finalAdvice?.Mapping(ContentSchema.Lenses.Field)),
                Closing: TextOf(finalAdvice, ContentSchema.FinalAdvice.Closing)));
        return new PageSpec(
            page.Location,
            text,
            new ReferenceSpec(audienceVocabulary, audienceMembers),
            roles,
            page.Find(ContentSchema.Page.Roles)?.Location ?? page.Location);
    }

    /// <summary>A text field of a mapping that may itself be missing (already reported): empty text then.</summary>
    private static string TextOf(FieldReader? mapping, FieldDefinition field) => mapping?.Text(field).Value ?? string.Empty;

    private static EquatableArray<string> Values(EquatableArray<TextSpec> texts) => texts.Select(t => t.Value).ToEquatableArray();

    private static KeySpec Key(FieldReader item)
    {
        var key = item.Text(ContentSchema.ItemKey);
        CheckName(item, key, ContentKey.IsValid, DiagnosticDescriptors.InvalidKeyFormat, ContentKey.Suggestion);
        var identifier = item.OptionalText(ContentSchema.ItemIdentifier);
        if (identifier is not null)
        {
            CheckName(item, identifier, Identifier.IsValid, DiagnosticDescriptors.InvalidIdentifier, IdentifierFix);
        }

        return new KeySpec(key, identifier);
    }

    /// <summary>RT0011's hint: the C# name the text most likely means, when there is one.</summary>
    private static string IdentifierFix(string invalid)
    {
        var candidate = Identifier.FromKey(invalid);
        return Identifier.IsValid(candidate) ? $", as in '{candidate}'" : string.Empty;
    }

    /// <summary>A key or C# name: bounded in length (the derived C# name is never longer than its key), then well-formed.</summary>
    private static void CheckName(
        FieldReader owner, TextSpec name, System.Func<string, bool> isValid, Microsoft.CodeAnalysis.DiagnosticDescriptor invalid,
        System.Func<string, string>? fix = null)
    {
        if (name.Value.Length > Identifier.MaxLength)
        {
            owner.Report(DiagnosticDescriptors.NameTooLong, name.Location, name.Value.Substring(0, 32) + "…",
                name.Value.Length.ToString(CultureInfo.InvariantCulture), Identifier.MaxLength.ToString(CultureInfo.InvariantCulture));
        }
        else if (name.Value.Length > 0 && !isValid(name.Value))
        {
            owner.Report(invalid, name.Location, fix is null ? new[] { name.Value } : new[] { name.Value, fix(name.Value) });
        }
    }

    /// <summary>
    /// The optional <c>stability</c> (stable or experimental; stable when absent) and <c>deprecated</c> (a reason,
    /// and optionally the key that replaces the item; whether that key exists is the linker's to check).
    /// </summary>
    private static LifecycleSpec Lifecycle(FieldReader item)
    {
        var stability = StabilityLevel.Stable;
        if (item.OptionalText(ContentSchema.ItemStability) is { } level)
        {
            var index = System.Array.IndexOf(StabilityLevelKeys.All, level.Value);
            if (index < 0)
            {
                item.Report(DiagnosticDescriptors.InvalidStability, level.Location, level.Value,
                    item.Diagnostics.DidYouMean(level.Value, StabilityLevelKeys.All));
            }
            else
            {
                stability = (StabilityLevel)index;
            }
        }

        DeprecationSpec? deprecation = null;
        if (item.Mapping(ContentSchema.ItemDeprecated) is { } deprecated)
        {
            var replacedBy = deprecated.OptionalText(ContentSchema.Deprecation.ReplacedBy);
            if (replacedBy is not null)
            {
                CheckName(deprecated, replacedBy, ContentKey.IsValid, DiagnosticDescriptors.InvalidKeyFormat, ContentKey.Suggestion);
            }

            deprecation = new DeprecationSpec(deprecated.Text(ContentSchema.Deprecation.Reason), replacedBy);
        }

        return stability == StabilityLevel.Stable && deprecation is null ? LifecycleSpec.Current : new LifecycleSpec(stability, deprecation);
    }

    private static ReferenceSpec Reference(FieldReader owner, YamlScalarSyntax vocabulary, YamlSyntax members, string field)
    {
        if (string.IsNullOrWhiteSpace(vocabulary.Value))
        {
            // The linker skips a reference without a vocabulary: it must not vanish unreported.
            owner.Report(DiagnosticDescriptors.EmptyValue, vocabulary.Location, "vocabulary key", ": write the key of the vocabulary before the ':'");
        }

        var keys = new List<TextSpec>();
        if (members is YamlSequenceSyntax sequence)
        {
            foreach (var item in sequence.Items)
            {
                if (owner.AsText(field, item, isListItem: true) is { } key)
                {
                    keys.Add(key);
                }
            }
        }
        else
        {
            owner.Report(DiagnosticDescriptors.WrongValueKind, members.Location, vocabulary.Value, "a list of member keys", members.KindDescription,
                Fixes.ForWrongKind(vocabulary.Value, "a list", members));
        }

        owner.ReportDuplicates(keys, vocabulary.Value);
        return new ReferenceSpec(new TextSpec(vocabulary.Value, vocabulary.Location), keys.ToEquatableArray());
    }

    private static LensTexts Lenses(FieldReader? lenses) => new(
        Decisions: TextOf(lenses, ContentSchema.Lenses.Decisions),
        Evidence: TextOf(lenses, ContentSchema.Lenses.Evidence),
        Conflict: TextOf(lenses, ContentSchema.Lenses.Conflict),
        Leverage: TextOf(lenses, ContentSchema.Lenses.Leverage));
}
