using System.Collections.Immutable;

namespace RoleTaxonomy.Generator.Naming;

/// <summary>
/// Every name the generated code declares besides the content's own: the linker reserves them, so that no key or
/// type name can take one, and the emitter writes them. A test fails when the emitter declares a name not listed here.
/// </summary>
internal static class GeneratedNames
{
    public const string Role = "Role";
    public const string RoleId = "RoleId";
    public const string Roles = "Roles";
    public const string TaskPattern = "TaskPattern";
    public const string TaskPatternId = "TaskPatternId";
    public const string TaskPatterns = "TaskPatterns";
    public const string Vocabulary = "Vocabulary";
    public const string VocabularyId = "VocabularyId";
    public const string Vocabularies = "Vocabularies";
    public const string VocabularyMember = "VocabularyMember";
    public const string Lens = "Lens";
    public const string LensTexts = "LensTexts";
    public const string OutsiderView = "OutsiderView";
    public const string TaxonomyPage = "TaxonomyPage";
    public const string PageQuestion = "PageQuestion";
    public const string ComparisonHeadings = "ComparisonHeadings";
    public const string FinalAdvice = "FinalAdvice";
    public const string Taxonomy = "Taxonomy";
    public const string Stability = "Stability";
    public const string Deprecation = "Deprecation";
    public const string TaxonomyKeys = "TaxonomyKeys";
    public const string TaxonomyKeyAttribute = "TaxonomyKeyAttribute";
    public const string TaxonomyJson = "TaxonomyJson";
    public const string TaxonomyJsonException = "TaxonomyJsonException";
    public const string RoleKey = "RoleKey";
    public const string TaskPatternKey = "TaskPatternKey";
    public const string VocabularyKey = "VocabularyKey";

    /// <summary>The suffix of the static class that holds an enum's keys, display names and parsing.</summary>
    public const string ExtensionsSuffix = "Extensions";

    /// <summary>The catalog of a vocabulary's members names its vocabulary by this property.</summary>
    public const string VocabularyProperty = "Vocabulary";

    /// <summary>Top-level types the generator always emits, whatever the content; content cannot take them.</summary>
    public static readonly ImmutableArray<string> FixedTypes = ImmutableArray.Create(
        Role, RoleId, ExtensionsOf(RoleId), RoleKey, Roles,
        TaskPattern, TaskPatternId, ExtensionsOf(TaskPatternId), TaskPatternKey, TaskPatterns,
        Vocabulary, VocabularyId, ExtensionsOf(VocabularyId), VocabularyKey, Vocabularies, VocabularyMember,
        Lens, ExtensionsOf(Lens), LensTexts, OutsiderView,
        TaxonomyPage, PageQuestion, ComparisonHeadings, FinalAdvice, Taxonomy,
        Stability, ExtensionsOf(Stability), Deprecation,
        TaxonomyKeys, TaxonomyKeyAttribute, TaxonomyJson, TaxonomyJsonException);

    /// <summary>
    /// Members every catalog class (<c>Roles</c>, <c>TaskPatterns</c>, <c>Vocabularies</c> and each vocabulary's) declares
    /// or inherits from <see cref="object"/>, private fields included: an item's property cannot share a name with them.
    /// </summary>
    public static readonly ImmutableArray<string> CatalogMembers = ImmutableArray.Create(
        "All", "Get", "TryGet", VocabularyProperty,
        "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone",
        "s_all", "s_byNumber", "s_noAttributes");

    /// <summary>The class of an enum's extension methods, such as <c>RoleIdExtensions</c>.</summary>
    public static string ExtensionsOf(string enumName) => enumName + ExtensionsSuffix;

    /// <summary>
    /// The key type of an identity enum: <c>RoleId</c> gives <c>RoleKey</c> (the enum's <c>Id</c> made <c>Key</c>), a
    /// vocabulary's <c>TriageOutcome</c> gives <c>TriageOutcomeKey</c>.
    /// </summary>
    public static string KeyOf(string enumName) =>
        (enumName.Length > 2 && enumName.EndsWith("Id", System.StringComparison.Ordinal) ? enumName.Substring(0, enumName.Length - 2) : enumName) + "Key";
}
