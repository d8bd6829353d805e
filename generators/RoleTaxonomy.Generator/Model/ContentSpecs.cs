namespace RoleTaxonomy.Generator.Model;

// The bound content of one file: what the YAML says, with places, before any cross-file rule.
// Fields a file lacks are empty here; their diagnostics stop emission, so an empty value never reaches code.

/// <summary>A text value and where it stands.</summary>
internal sealed record TextSpec(string Value, LocationInfo Location);

/// <summary>The key of a keyed item and the optional C# name that overrides the one derived from it.</summary>
internal sealed record KeySpec(TextSpec Key, TextSpec? Identifier);

/// <summary>A reference from a task pattern or the page to members of one vocabulary.</summary>
internal sealed record ReferenceSpec(TextSpec Vocabulary, EquatableArray<TextSpec> Members);

internal sealed record LensTextsSpec(string Decisions, string Evidence, string Conflict, string Leverage);

internal sealed record TaskPatternSpec(
    KeySpec Key,
    string Title,
    string Text,
    EquatableArray<string> Items,
    EquatableArray<ReferenceSpec> References);

internal sealed record RoleSpec(
    KeySpec Key,
    LocationInfo Location,
    string Name,
    string Summary,
    string CenterOfGravity,
    EquatableArray<string> TypicalOutputs,
    EquatableArray<string> FailureModes,
    string Misconception,
    string Reality,
    LensTextsSpec Lenses,
    EquatableArray<TaskPatternSpec> TaskPatterns);

internal sealed record AttributeSpec(string Name, string Value);

internal sealed record MemberSpec(KeySpec Key, string Name, string? Description, EquatableArray<AttributeSpec> Attributes);

internal sealed record VocabularySpec(
    KeySpec Key,
    TextSpec TypeName,
    string Name,
    string? Description,
    EquatableArray<MemberSpec> Members);

internal sealed record QuestionSpec(string Title, string WrongIntro, string Wrong, string BetterIntro, string Better, string Text);

internal sealed record ComparisonSpec(string Title, string RoleColumn, string CenterOfGravityColumn, string TypicalOutputColumn, string FailureModeColumn);

internal sealed record FinalAdviceSpec(string Title, string Intro, LensTextsSpec Lenses, string Closing);

internal sealed record PageSpec(
    LocationInfo Location,
    string Title,
    string KnowledgeBase,
    string AudiencesIntro,
    ReferenceSpec Audiences,
    string ReadWithIntro,
    EquatableArray<string> ReadWith,
    QuestionSpec Question,
    EquatableArray<TextSpec> Roles,
    LocationInfo RolesLocation,
    string TaskPatternsTitle,
    string OutsidersMissTitle,
    ComparisonSpec Comparison,
    FinalAdviceSpec FinalAdvice);

/// <summary>Everything one content file contributes, and what was wrong with it.</summary>
internal sealed record ContentFile(
    string Path,
    EquatableArray<RoleSpec> Roles,
    EquatableArray<VocabularySpec> Vocabularies,
    EquatableArray<PageSpec> Pages,
    EquatableArray<DiagnosticInfo> Diagnostics);
