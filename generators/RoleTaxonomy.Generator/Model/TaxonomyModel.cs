using System.Collections.Generic;
using System.Linq;

namespace RoleTaxonomy.Generator.Model;

// The linked taxonomy, ready to emit: keys resolved, C# names chosen, order fixed. No places: moving text
// within a file without changing it leaves this model, and so the generated code, untouched.

/// <summary>What the consumer's compilation offers the generated code; each feature is used only where it exists.</summary>
[System.Flags]
internal enum TargetFeatures
{
    None = 0,

    /// <summary><c>[NotNullWhen]</c> is accessible: TryGet tells the compiler its result is not null on success.</summary>
    NotNullWhen = 1,

    /// <summary>System.Text.Json is referenced: identities read and write keys, records the export's shape.</summary>
    Json = 2,

    /// <summary><c>[JsonStringEnumMemberName]</c> (System.Text.Json 9+): a global JsonStringEnumConverter writes keys too.</summary>
    JsonEnumMemberNames = 4,

    /// <summary>System.ComponentModel's TypeConverter: configuration binding and MVC model binding take keys.</summary>
    TypeConverter = 8,

    /// <summary>ReadOnlySpan and MemoryExtensions: keys parse from spans.</summary>
    Span = 16,

    /// <summary>C# 11 or later: a span is matched against string constants in a switch.</summary>
    SpanPatterns = 32,

    /// <summary>
    /// <c>IParsable&lt;T&gt;</c> and C# 11's static interface members on a runtime that has them: key types declare the
    /// interface, so generic code (minimal APIs, MVC, configuration) parses them as the BCL's own parsable types.
    /// </summary>
    Parsable = 64,

    /// <summary>
    /// RoleTaxonomy.AspNetCore's <c>TaxonomySource</c> is referenced (with JSON and <see cref="Parsable"/>): the taxonomy
    /// offers itself to the package's API, dashboard and key binding as <c>Taxonomy.Source</c>.
    /// </summary>
    AspNetCore = 128,

    All = NotNullWhen | Json | JsonEnumMemberNames | TypeConverter | Span | SpanPatterns | Parsable | AspNetCore,
}

/// <summary>What the consumer's build asks of the generator.</summary>
internal sealed record GeneratorOptions(string Namespace, bool IsPublic, TargetFeatures Features, string ContentVersion = OptionsReader.DefaultContentVersion)
{
    public bool Has(TargetFeatures feature) => (Features & feature) == feature;
}

/// <summary>A deprecation with its replacement resolved: the key, and the C# name in the replacement's own scope.</summary>
internal sealed record DeprecationModel(string Reason, string? ReplacedByKey, string? ReplacedByIdentifier);

internal sealed record LifecycleModel(StabilityLevel Stability, DeprecationModel? Deprecation)
{
    public static LifecycleModel Current { get; } = new(StabilityLevel.Stable, null);

    public bool IsDeprecated => Deprecation is not null;
}

/// <summary>A reference to a vocabulary member: by keys, as the export writes it, and by C# names, as the code does.</summary>
internal sealed record MemberReference(string VocabularyKey, string MemberKey, string VocabularyIdentifier, string MemberIdentifier);

/// <summary>A line of the numbers file: the scope (such as <c>roles</c> or <c>members/triage-outcomes</c>), a key and its number.</summary>
internal sealed record NumberedKey(string Scope, string Key, int Number);

internal sealed record MemberModel(
    int Number,
    string Identifier,
    string Key,
    MemberText Text,
    LifecycleModel Lifecycle);

internal sealed record VocabularyModel(
    int Number,
    string Identifier,
    string Key,
    string TypeName,
    VocabularyText Text,
    EquatableArray<MemberModel> Members);

internal sealed record TaskPatternModel(
    int Number,
    string Identifier,
    string Key,
    string RoleIdentifier,
    string RoleKey,
    TaskPatternText Text,
    EquatableArray<MemberReference> References,
    LifecycleModel Lifecycle);

internal sealed record RoleModel(
    int Number,
    string Identifier,
    string Key,
    RoleText Text,
    EquatableArray<TaskPatternModel> TaskPatterns,
    LifecycleModel Lifecycle);

internal sealed record PageModel(PageText Text, EquatableArray<MemberReference> Audiences);

internal sealed record TaxonomyModel(
    GeneratorOptions Options,
    EquatableArray<RoleModel> Roles,
    EquatableArray<VocabularyModel> Vocabularies,
    PageModel? Page,
    EquatableArray<NumberedKey> Numbers)
{
    /// <summary>
    /// Every task pattern, role by role. Derived from <see cref="Roles"/>, which holds them, so that the model keeps
    /// (and its equality compares) each pattern once.
    /// </summary>
    public IEnumerable<TaskPatternModel> TaskPatterns => Roles.SelectMany(r => r.TaskPatterns);

    /// <summary>True when any item is deprecated: the generated code then refers to obsolete members itself.</summary>
    public bool HasDeprecations =>
        Roles.Any(r => r.Lifecycle.IsDeprecated) ||
        TaskPatterns.Any(t => t.Lifecycle.IsDeprecated) ||
        Vocabularies.Any(v => v.Members.Any(m => m.Lifecycle.IsDeprecated));
}

/// <summary>The link stage's outcome: the model when the content is free of errors, and every diagnostic.</summary>
internal sealed record LinkResult(TaxonomyModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);
