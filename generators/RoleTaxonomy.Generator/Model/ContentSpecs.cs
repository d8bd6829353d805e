using RoleTaxonomy.Generator.Schema;

namespace RoleTaxonomy.Generator.Model;

// The bound content of one file: what the YAML says, with places, before any cross-file rule.
// Fields a file lacks are empty here; their diagnostics stop emission, so an empty value never reaches code.

/// <summary>A text value and where it stands.</summary>
internal sealed record TextSpec(string Value, LocationInfo Location);

/// <summary>The key of a keyed item and the optional C# name that overrides the one derived from it.</summary>
internal sealed record KeySpec(TextSpec Key, TextSpec? Identifier);

/// <summary>A reference from a task pattern or the page to members of one vocabulary.</summary>
internal sealed record ReferenceSpec(TextSpec Vocabulary, EquatableArray<TextSpec> Members);

/// <summary>How settled an item is: stable content keeps its promises; experimental content may still change.</summary>
internal enum StabilityLevel
{
    Stable,
    Experimental,
}

internal static class StabilityLevelKeys
{
    /// <summary>How the content spells each <see cref="StabilityLevel"/>, indexed by value: the one source of these keys.</summary>
    public static readonly string[] All = { "stable", "experimental" };

    public static string ToKey(this StabilityLevel level) => All[(int)level];
}

/// <summary>Why an item is deprecated, and the key of the item of its kind that replaces it, when one does.</summary>
internal sealed record DeprecationSpec(TextSpec Reason, TextSpec? ReplacedBy);

/// <summary>An item's stability and deprecation; an item that says neither is stable and current.</summary>
internal sealed record LifecycleSpec(StabilityLevel Stability, DeprecationSpec? Deprecation)
{
    public static LifecycleSpec Current { get; } = new(StabilityLevel.Stable, null);
}

// Text that passes through the stages untouched travels in these location-free records: the bound model and the
// linked model share them, so the linker hands them on instead of copying them field by field.

/// <summary>A text for each of the four lenses.</summary>
internal sealed record LensTexts(string Decisions, string Evidence, string Conflict, string Leverage);

/// <summary>What outsiders miss about a role.</summary>
internal sealed record OutsidersMissText(string Misconception, string Reality);

/// <summary>
/// The value of one text field (<see cref="FieldDefinition.IsText"/>): a text as one value, an optional text that is
/// absent as none, a list or a field's paragraphs as one value each.
/// </summary>
internal sealed record TextField(FieldDefinition Definition, EquatableArray<string> Values);

/// <summary>
/// A keyed item's text fields, in its <see cref="ItemSchema.TextFields"/> order. The stages after the binder carry them
/// by their names, so a new text field in <see cref="ContentSchema"/> reaches the generated constructor, the export and
/// the diff without code of its own.
/// </summary>
internal sealed record TextFields(EquatableArray<TextField> Fields)
{
    /// <summary>A required text's value (empty when it was missing, which was reported and stops emission).</summary>
    public string Text(FieldDefinition field) => OptionalText(field) ?? string.Empty;

    /// <summary>An optional text's value, or null when the content does not give it.</summary>
    public string? OptionalText(FieldDefinition field) => Values(field) is { IsEmpty: false } values ? values[0] : null;

    /// <summary>A list's items, or a field's paragraphs.</summary>
    public EquatableArray<string> Values(FieldDefinition field)
    {
        foreach (var text in Fields)
        {
            if (ReferenceEquals(text.Definition, field))
            {
                return text.Values;
            }
        }

        throw new System.ArgumentException($"'{field.Name}' is not a text field of this item.", nameof(field));
    }
}

/// <summary>A role's own texts.</summary>
internal sealed record RoleText(TextFields Fields, OutsidersMissText OutsidersMiss, LensTexts Lenses)
{
    public string Name => Fields.Text(ContentSchema.Role.Name);

    public string Summary => Fields.Text(ContentSchema.Role.Summary);
}

/// <summary>A task pattern's own texts; its text is already split into paragraphs (<see cref="FieldShape.Paragraphs"/>).</summary>
internal sealed record TaskPatternText(TextFields Fields)
{
    public string Title => Fields.Text(ContentSchema.TaskPattern.Title);
}

internal sealed record AttributeSpec(string Name, string Value);

/// <summary>A vocabulary member's own texts.</summary>
internal sealed record MemberText(TextFields Fields, EquatableArray<AttributeSpec> Attributes)
{
    public string Name => Fields.Text(ContentSchema.Member.Name);

    public string? Description => Fields.OptionalText(ContentSchema.Member.Description);
}

/// <summary>A vocabulary's own texts.</summary>
internal sealed record VocabularyText(TextFields Fields)
{
    public string Name => Fields.Text(ContentSchema.Vocabulary.Name);

    public string? Description => Fields.OptionalText(ContentSchema.Vocabulary.Description);
}

internal sealed record QuestionText(string Title, string WrongIntro, string Wrong, string BetterIntro, string Better, string Text);

internal sealed record ComparisonText(string Title, string RoleColumn, string CenterOfGravityColumn, string TypicalOutputColumn, string FailureModeColumn);

internal sealed record FinalAdviceText(string Title, string Intro, LensTexts Lenses, string Closing);

/// <summary>The page's own texts: all of it but its references to roles and audiences.</summary>
internal sealed record PageText(
    string Title,
    string KnowledgeBase,
    string AudiencesIntro,
    string ReadWithIntro,
    EquatableArray<string> ReadWith,
    QuestionText Question,
    string TaskPatternsTitle,
    string OutsidersMissTitle,
    ComparisonText Comparison,
    FinalAdviceText FinalAdvice);

internal sealed record TaskPatternSpec(
    KeySpec Key,
    TaskPatternText Text,
    EquatableArray<ReferenceSpec> References,
    LifecycleSpec Lifecycle);

internal sealed record RoleSpec(
    KeySpec Key,
    LocationInfo Location,
    RoleText Text,
    EquatableArray<TaskPatternSpec> TaskPatterns,
    LifecycleSpec Lifecycle);

internal sealed record MemberSpec(KeySpec Key, MemberText Text, LifecycleSpec Lifecycle);

internal sealed record VocabularySpec(
    KeySpec Key,
    TextSpec TypeName,
    VocabularyText Text,
    EquatableArray<MemberSpec> Members);

internal sealed record PageSpec(
    LocationInfo Location,
    PageText Text,
    ReferenceSpec Audiences,
    EquatableArray<TextSpec> Roles,
    LocationInfo RolesLocation);

/// <summary>One line of the numbers file: a key, and the number its enum member has for ever.</summary>
internal sealed record NumberSpec(TextSpec Key, int Number, LocationInfo Location);

/// <summary>The numbers of one vocabulary's members.</summary>
internal sealed record MemberNumbersSpec(TextSpec Vocabulary, EquatableArray<NumberSpec> Members);

/// <summary>
/// The numbers file (<c>kind: numbers</c>): the number of every item that ever shipped, current or removed.
/// <paramref name="IsComplete"/> is false when part of it could not be read, so that no item is then called unnumbered.
/// </summary>
internal sealed record NumbersSpec(
    LocationInfo Location,
    EquatableArray<NumberSpec> Roles,
    EquatableArray<NumberSpec> TaskPatterns,
    EquatableArray<NumberSpec> Vocabularies,
    EquatableArray<MemberNumbersSpec> Members,
    bool IsComplete);

/// <summary>Everything one content file contributes, and what was wrong with it.</summary>
internal sealed record ContentFile(
    string Path,
    EquatableArray<RoleSpec> Roles,
    EquatableArray<VocabularySpec> Vocabularies,
    EquatableArray<PageSpec> Pages,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>The numbers file, when this file is one.</summary>
    public NumbersSpec? Numbers { get; init; }

    /// <summary>
    /// The keys the file was meant to define but does not, because of an error reported in it: for a file that could not
    /// be read or whose item could not be bound, the keys its text names (<c>key: …</c> lines) and its file name; for
    /// an item whose key is missing or invalid, the file name and the key's kebab-case form. No other file is told they
    /// are missing. Empty for a file that defines what it names.
    /// </summary>
    public EquatableArray<string> UnreadKeys { get; init; } = EquatableArray<string>.Empty;
}
