namespace RoleTaxonomy.Generator.Model;

// The linked taxonomy, ready to emit: keys resolved, C# names chosen, order fixed. No places: moving text
// within a file without changing it leaves this model, and so the generated code, untouched.

/// <summary>What the consumer's build asks of the generator.</summary>
internal sealed record GeneratorOptions(string Namespace, bool IsPublic, bool HasNotNullWhenAttribute, string ContentVersion = OptionsReader.DefaultContentVersion);

internal sealed record MemberReference(string VocabularyIdentifier, string MemberIdentifier);

internal sealed record MemberModel(string Identifier, string Key, string Name, string? Description, EquatableArray<AttributeSpec> Attributes);

internal sealed record VocabularyModel(
    string Identifier,
    string Key,
    string TypeName,
    string Name,
    string? Description,
    EquatableArray<MemberModel> Members);

internal sealed record TaskPatternModel(
    string Identifier,
    string Key,
    string RoleIdentifier,
    string Title,
    string Text,
    EquatableArray<string> Items,
    EquatableArray<MemberReference> References);

internal sealed record RoleModel(
    string Identifier,
    string Key,
    string Name,
    string Summary,
    string CenterOfGravity,
    EquatableArray<string> TypicalOutputs,
    EquatableArray<string> FailureModes,
    string Misconception,
    string Reality,
    LensTextsSpec Lenses,
    EquatableArray<string> TaskPatternIdentifiers);

internal sealed record PageModel(
    string Title,
    string KnowledgeBase,
    string AudiencesIntro,
    EquatableArray<MemberReference> Audiences,
    string ReadWithIntro,
    EquatableArray<string> ReadWith,
    QuestionSpec Question,
    string TaskPatternsTitle,
    string OutsidersMissTitle,
    ComparisonSpec Comparison,
    FinalAdviceSpec FinalAdvice);

internal sealed record TaxonomyModel(
    GeneratorOptions Options,
    EquatableArray<RoleModel> Roles,
    EquatableArray<TaskPatternModel> TaskPatterns,
    EquatableArray<VocabularyModel> Vocabularies,
    PageModel? Page);

/// <summary>The link stage's outcome: the model when the content is free of errors, and every diagnostic.</summary>
internal sealed record LinkResult(TaxonomyModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);
