using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using RoleTaxonomy.Generator.Diagnostics;
using RoleTaxonomy.Generator.Emitting;
using RoleTaxonomy.Generator.Model;
using RoleTaxonomy.Generator.Parsing;

namespace RoleTaxonomy.Generator.Binding;

/// <summary>
/// The per-file stage: reads one file's YAML into the content model and reports every rule that one
/// file can break on its own. Cross-file rules belong to the linker.
/// </summary>
internal static class ContentBinder
{
    private static readonly Regex KeyPattern = new(@"^[a-z][a-z0-9]*(-[a-z0-9]+)*\z", RegexOptions.CultureInvariant);

    private static readonly string[] RoleFields =
    {
        "kind", "key", "identifier", "name", "summary", "centerOfGravity", "typicalOutputs", "failureModes",
        "outsidersMiss", "lenses", "taskPatterns", "stability", "deprecated",
    };

    private static readonly string[] TaskPatternFields = { "key", "identifier", "title", "text", "items", "references", "stability", "deprecated" };
    private static readonly string[] OutsidersMissFields = { "misconception", "reality" };
    private static readonly string[] LensFields = { "decisions", "evidence", "conflict", "leverage" };
    private static readonly string[] VocabularyFields = { "kind", "key", "identifier", "typeName", "name", "description", "members" };
    private static readonly string[] MemberFields = { "key", "identifier", "name", "description", "attributes", "stability", "deprecated" };
    private static readonly string[] DeprecationFields = { "reason", "replacedBy" };

    private static readonly string[] PageFields =
    {
        "kind", "title", "knowledgeBase", "audiences", "readWith", "question", "roles", "taskPatternsTitle",
        "outsidersMissTitle", "comparison", "finalAdvice",
    };

    private static readonly string[] AudiencesFields = { "intro", "vocabulary", "members" };
    private static readonly string[] ReadWithFields = { "intro", "pages" };
    private static readonly string[] QuestionFields = { "title", "wrongIntro", "wrong", "betterIntro", "better", "text" };
    private static readonly string[] ComparisonFields = { "title", "roleColumn", "centerOfGravityColumn", "typicalOutputColumn", "failureModeColumn" };
    private static readonly string[] FinalAdviceFields = { "title", "intro", "lenses", "closing" };

    public static ContentFile Bind(string path, string text, YamlLimits limits, CancellationToken cancellationToken)
    {
        var read = YamlReader.Read(path, text, limits, cancellationToken);
        var diagnostics = new List<DiagnosticInfo>(read.Diagnostics);
        var roles = new List<RoleSpec>();
        var vocabularies = new List<VocabularySpec>();
        var pages = new List<PageSpec>();
        var numbers = new List<NumbersSpec>();

        if (read.Root is YamlMappingSyntax root)
        {
            BindDocument(root, diagnostics, roles, vocabularies, pages, numbers);
        }
        else if (read.Root is not null)
        {
            // A document with no content ('---' alone) has an empty root the parser places past its end.
            var location = read.Root is YamlScalarSyntax { Value.Length: 0 } ? LocationInfo.StartOfFile(path) : read.Root.Location;
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WrongValueKind, location,
                "The document", "a mapping that starts with 'kind:'", read.Root.KindDescription));
        }

        return new ContentFile(path, roles.ToEquatableArray(), vocabularies.ToEquatableArray(), pages.ToEquatableArray(), diagnostics.ToEquatableArray())
        {
            Numbers = numbers.FirstOrDefault(),
        };
    }

    private static void BindDocument(
        YamlMappingSyntax root,
        List<DiagnosticInfo> diagnostics,
        List<RoleSpec> roles,
        List<VocabularySpec> vocabularies,
        List<PageSpec> pages,
        List<NumbersSpec> numbers)
    {
        var kindNode = root.Entries.FirstOrDefault(e => e.Key.Value == "kind")?.Value;
        if (kindNode is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingRequiredField, root.Location, "kind", "a content file"));
            return;
        }

        if (kindNode is not YamlScalarSyntax kind)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WrongValueKind, kindNode.Location, "kind", "text", kindNode.KindDescription));
            return;
        }

        switch (kind.Value)
        {
            case "role":
                roles.Add(BindRole(new FieldReader(root, "a role", RoleFields, diagnostics)));
                break;
            case "vocabulary":
                vocabularies.Add(BindVocabulary(new FieldReader(root, "a vocabulary", VocabularyFields, diagnostics)));
                break;
            case "page":
                pages.Add(BindPage(new FieldReader(root, "the page", PageFields, diagnostics)));
                break;
            case NumbersBinder.Kind:
                numbers.Add(NumbersBinder.Bind(root, diagnostics));
                break;
            default:
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownKind, kind.Location, kind.Value));
                break;
        }
    }

    private static RoleSpec BindRole(FieldReader role)
    {
        var key = Key(role);
        var outsidersMiss = role.Mapping("outsidersMiss", "outsidersMiss", OutsidersMissFields);
        var taskPatternsNode = role.Find("taskPatterns");
        var taskPatterns = role.MappingList("taskPatterns", "a task pattern", TaskPatternFields).Select(BindTaskPattern).ToEquatableArray();
        if (taskPatternsNode is YamlSequenceSyntax { Items.Count: 0 })
        {
            role.Report(DiagnosticDescriptors.RoleWithoutTaskPatterns, taskPatternsNode.Location, key.Key.Value);
        }

        return new RoleSpec(
            key,
            role.Location,
            role.Text("name").Value,
            role.Text("summary").Value,
            role.Text("centerOfGravity").Value,
            NonEmptyTextList(role, "typicalOutputs"),
            NonEmptyTextList(role, "failureModes"),
            outsidersMiss?.Text("misconception").Value ?? string.Empty,
            outsidersMiss?.Text("reality").Value ?? string.Empty,
            Lenses(role.Mapping("lenses", "lenses", LensFields)),
            taskPatterns,
            Lifecycle(role));
    }

    private static TaskPatternSpec BindTaskPattern(FieldReader pattern) => new(
        Key(pattern),
        pattern.Text("title").Value,
        pattern.Text("text").Value,
        pattern.TextList("items", required: false).Select(t => t.Value).ToEquatableArray(),
        pattern.Entries("references").Select(entry => Reference(pattern, entry.Key, entry.Value, "references")).ToEquatableArray(),
        Lifecycle(pattern));

    private static VocabularySpec BindVocabulary(FieldReader vocabulary)
    {
        var key = Key(vocabulary);
        var typeName = vocabulary.Text("typeName");
        CheckName(vocabulary, typeName, Identifier.IsValid, DiagnosticDescriptors.InvalidIdentifier);

        var membersNode = vocabulary.Find("members");
        var members = vocabulary.MappingList("members", "a vocabulary member", MemberFields).Select(BindMember).ToEquatableArray();
        if (membersNode is YamlSequenceSyntax { Items.Count: 0 })
        {
            vocabulary.Report(DiagnosticDescriptors.EmptyValue, membersNode.Location, "members");
        }

        return new VocabularySpec(key, typeName, vocabulary.Text("name").Value, vocabulary.OptionalText("description")?.Value, members);
    }

    private static MemberSpec BindMember(FieldReader member)
    {
        var attributes = new List<AttributeSpec>();
        foreach (var entry in member.Entries("attributes"))
        {
            if (string.IsNullOrWhiteSpace(entry.Key.Value))
            {
                member.Report(DiagnosticDescriptors.EmptyValue, entry.Key.Location, "attribute name");
            }
            else if (member.AsText(entry.Key.Value, entry.Value) is { } value)
            {
                attributes.Add(new AttributeSpec(entry.Key.Value, value.Value));
            }
        }

        return new MemberSpec(Key(member), member.Text("name").Value, member.OptionalText("description")?.Value, attributes.ToEquatableArray(), Lifecycle(member));
    }

    private static PageSpec BindPage(FieldReader page)
    {
        var audiences = page.Mapping("audiences", "audiences", AudiencesFields);
        var readWith = page.Mapping("readWith", "readWith", ReadWithFields);
        var question = page.Mapping("question", "question", QuestionFields);
        var comparison = page.Mapping("comparison", "comparison", ComparisonFields);
        var finalAdvice = page.Mapping("finalAdvice", "finalAdvice", FinalAdviceFields);
        var audienceVocabulary = audiences?.Text("vocabulary") ?? new TextSpec(string.Empty, page.Location);
        var audienceMembers = audiences is null ? EquatableArray<TextSpec>.Empty : KeyList(audiences, "members");
        var roles = KeyList(page, "roles");

        return new PageSpec(
            page.Location,
            page.Text("title").Value,
            page.Text("knowledgeBase").Value,
            audiences?.Text("intro").Value ?? string.Empty,
            new ReferenceSpec(audienceVocabulary, audienceMembers),
            readWith?.Text("intro").Value ?? string.Empty,
            readWith is null ? EquatableArray<string>.Empty : NonEmptyTextList(readWith, "pages"),
            new QuestionSpec(
                question?.Text("title").Value ?? string.Empty,
                question?.Text("wrongIntro").Value ?? string.Empty,
                question?.Text("wrong").Value ?? string.Empty,
                question?.Text("betterIntro").Value ?? string.Empty,
                question?.Text("better").Value ?? string.Empty,
                question?.Text("text").Value ?? string.Empty),
            roles,
            page.Find("roles")?.Location ?? page.Location,
            page.Text("taskPatternsTitle").Value,
            page.Text("outsidersMissTitle").Value,
            new ComparisonSpec(
                comparison?.Text("title").Value ?? string.Empty,
                comparison?.Text("roleColumn").Value ?? string.Empty,
                comparison?.Text("centerOfGravityColumn").Value ?? string.Empty,
                comparison?.Text("typicalOutputColumn").Value ?? string.Empty,
                comparison?.Text("failureModeColumn").Value ?? string.Empty),
            new FinalAdviceSpec(
                finalAdvice?.Text("title").Value ?? string.Empty,
                finalAdvice?.Text("intro").Value ?? string.Empty,
                Lenses(finalAdvice?.Mapping("lenses", "lenses", LensFields)),
                finalAdvice?.Text("closing").Value ?? string.Empty));
    }

    private static KeySpec Key(FieldReader item)
    {
        var key = item.Text("key");
        CheckName(item, key, IsValidKey, DiagnosticDescriptors.InvalidKeyFormat);
        var identifier = item.OptionalText("identifier");
        if (identifier is not null)
        {
            CheckName(item, identifier, Identifier.IsValid, DiagnosticDescriptors.InvalidIdentifier);
        }

        return new KeySpec(key, identifier);
    }

    /// <summary>A key or C# name: bounded in length (the derived C# name is never longer than its key), then well-formed.</summary>
    private static void CheckName(FieldReader owner, TextSpec name, System.Func<string, bool> isValid, Microsoft.CodeAnalysis.DiagnosticDescriptor invalid)
    {
        if (name.Value.Length > Identifier.MaxLength)
        {
            owner.Report(DiagnosticDescriptors.NameTooLong, name.Location, name.Value.Substring(0, 32) + "…",
                name.Value.Length.ToString(CultureInfo.InvariantCulture), Identifier.MaxLength.ToString(CultureInfo.InvariantCulture));
        }
        else if (name.Value.Length > 0 && !isValid(name.Value))
        {
            owner.Report(invalid, name.Location, name.Value);
        }
    }

    /// <summary>
    /// The optional <c>stability</c> (stable or experimental; stable when absent) and <c>deprecated</c> (a reason,
    /// and optionally the key that replaces the item; whether that key exists is the linker's to check).
    /// </summary>
    private static LifecycleSpec Lifecycle(FieldReader item)
    {
        var stability = StabilityLevel.Stable;
        if (item.OptionalText("stability") is { } level)
        {
            var index = System.Array.IndexOf(StabilityLevelKeys.All, level.Value);
            if (index < 0)
            {
                var suggestion = Suggestions.Nearest(level.Value, StabilityLevelKeys.All);
                item.Report(DiagnosticDescriptors.InvalidStability, level.Location, level.Value,
                    suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?");
            }
            else
            {
                stability = (StabilityLevel)index;
            }
        }

        DeprecationSpec? deprecation = null;
        if (item.Mapping("deprecated", "a deprecation", DeprecationFields, required: false) is { } deprecated)
        {
            var replacedBy = deprecated.OptionalText("replacedBy");
            if (replacedBy is not null)
            {
                CheckName(deprecated, replacedBy, IsValidKey, DiagnosticDescriptors.InvalidKeyFormat);
            }

            deprecation = new DeprecationSpec(deprecated.Text("reason"), replacedBy);
        }

        return stability == StabilityLevel.Stable && deprecation is null ? LifecycleSpec.Current : new LifecycleSpec(stability, deprecation);
    }

    internal static bool IsValidKey(string key) => KeyPattern.IsMatch(key);

    private static ReferenceSpec Reference(FieldReader owner, YamlScalarSyntax vocabulary, YamlSyntax members, string field)
    {
        if (string.IsNullOrWhiteSpace(vocabulary.Value))
        {
            // The linker skips a reference without a vocabulary: it must not vanish unreported.
            owner.Report(DiagnosticDescriptors.EmptyValue, vocabulary.Location, "vocabulary key");
        }

        var keys = new List<TextSpec>();
        if (members is YamlSequenceSyntax sequence)
        {
            foreach (var item in sequence.Items)
            {
                if (owner.AsText(field, item) is { } key)
                {
                    keys.Add(key);
                }
            }
        }
        else
        {
            owner.Report(DiagnosticDescriptors.WrongValueKind, members.Location, vocabulary.Value, "a list of member keys", members.KindDescription);
        }

        ReportDuplicates(owner, keys, vocabulary.Value);
        return new ReferenceSpec(new TextSpec(vocabulary.Value, vocabulary.Location), keys.ToEquatableArray());
    }

    private static EquatableArray<TextSpec> KeyList(FieldReader owner, string field)
    {
        var keys = owner.TextList(field);
        ReportDuplicates(owner, keys, field);
        return keys;
    }

    private static void ReportDuplicates(FieldReader owner, IEnumerable<TextSpec> keys, string field)
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (!seen.Add(key.Value))
            {
                owner.Report(DiagnosticDescriptors.DuplicateListItem, key.Location, key.Value, field);
            }
        }
    }

    private static EquatableArray<string> NonEmptyTextList(FieldReader owner, string field)
    {
        var node = owner.Find(field);
        var items = owner.TextList(field);
        if (node is YamlSequenceSyntax { Items.Count: 0 })
        {
            owner.Report(DiagnosticDescriptors.EmptyValue, node.Location, field);
        }

        return items.Select(t => t.Value).ToEquatableArray();
    }

    private static LensTextsSpec Lenses(FieldReader? lenses) => new(
        lenses?.Text("decisions").Value ?? string.Empty,
        lenses?.Text("evidence").Value ?? string.Empty,
        lenses?.Text("conflict").Value ?? string.Empty,
        lenses?.Text("leverage").Value ?? string.Empty);
}
