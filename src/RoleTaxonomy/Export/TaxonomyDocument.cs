using System.Collections.Generic;

namespace RoleTaxonomy.Export;

// The JSON export's shape, version 1 (docs/taxonomy.schema.json). Keys, not numbers, identify everything;
// a change that removes or renames a property raises TaxonomyExport.JsonSchemaVersion. An added property is
// optional in the schema, so documents written before it stay valid under the same version.

/// <summary>The whole taxonomy as one JSON document.</summary>
/// <param name="SchemaVersion">The version of this document's shape.</param>
/// <param name="ContentVersion">The version of the content (<see cref="Taxonomy.Version"/>).</param>
/// <param name="Page">
/// The knowledge-base page the taxonomy is written from; null, and not written, when the content has none, as a team's own
/// taxonomy may not. The Markdown and HTML exports render the page, so they need it.
/// </param>
/// <param name="Roles">The roles, in the page's order, each with its task patterns.</param>
/// <param name="Vocabularies">The closed lists the page names.</param>
public sealed record TaxonomyDocument(
    int SchemaVersion,
    string ContentVersion,
    PageDocument? Page,
    IReadOnlyList<RoleDocument> Roles,
    IReadOnlyList<VocabularyDocument> Vocabularies);

/// <summary>A role in the JSON export.</summary>
/// <param name="Key">The role's stable key.</param>
/// <param name="Name">The display name.</param>
/// <param name="Summary">One sentence that sums the role up.</param>
/// <param name="CenterOfGravity">Where the role's day is centered.</param>
/// <param name="TypicalOutputs">What the role typically produces.</param>
/// <param name="FailureModes">How the role fails when done poorly.</param>
/// <param name="OutsidersMiss">What outsiders often miss about the role.</param>
/// <param name="Lenses">The role through the four lenses.</param>
/// <param name="TaskPatterns">The role's task patterns, in order.</param>
/// <param name="Stability">How settled the role is: <c>stable</c> or <c>experimental</c> (<see cref="StabilityExtensions.ToKey"/>).</param>
/// <param name="Deprecated">Why the role is deprecated and which role replaces it; null, and not written, while it is current.</param>
public sealed record RoleDocument(
    string Key,
    string Name,
    string Summary,
    string CenterOfGravity,
    IReadOnlyList<string> TypicalOutputs,
    IReadOnlyList<string> FailureModes,
    OutsidersMissDocument OutsidersMiss,
    LensesDocument Lenses,
    IReadOnlyList<TaskPatternDocument> TaskPatterns,
    string Stability = DocumentDefaults.Stability,
    DeprecationDocument? Deprecated = null);

/// <summary>What outsiders miss about a role.</summary>
/// <param name="Misconception">What outsiders take the job to be.</param>
/// <param name="Reality">What the job really is.</param>
public sealed record OutsidersMissDocument(string Misconception, string Reality);

/// <summary>A text for each of the four lenses.</summary>
/// <param name="Decisions">What decisions it owns.</param>
/// <param name="Evidence">What evidence it works from.</param>
/// <param name="Conflict">What conflict it has to manage.</param>
/// <param name="Leverage">What kind of leverage it creates.</param>
public sealed record LensesDocument(string Decisions, string Evidence, string Conflict, string Leverage);

/// <summary>A task pattern in the JSON export.</summary>
/// <param name="Key">The task pattern's stable key.</param>
/// <param name="Role">The key of the role it belongs to.</param>
/// <param name="Title">The title.</param>
/// <param name="Paragraphs">The full text, paragraph by paragraph.</param>
/// <param name="Items">The bulleted items, which follow the first paragraph.</param>
/// <param name="References">The vocabulary members the pattern involves.</param>
/// <param name="Stability">How settled the task pattern is: <c>stable</c> or <c>experimental</c> (<see cref="StabilityExtensions.ToKey"/>).</param>
/// <param name="Deprecated">Why the task pattern is deprecated and which task pattern replaces it; null, and not written, while it is current.</param>
public sealed record TaskPatternDocument(
    string Key,
    string Role,
    string Title,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<string> Items,
    IReadOnlyList<MemberReferenceDocument> References,
    string Stability = DocumentDefaults.Stability,
    DeprecationDocument? Deprecated = null);

/// <summary>A reference to a vocabulary member, by keys.</summary>
/// <param name="Vocabulary">The vocabulary's key.</param>
/// <param name="Member">The member's key within it.</param>
public sealed record MemberReferenceDocument(string Vocabulary, string Member);

/// <summary>A vocabulary in the JSON export.</summary>
/// <param name="Key">The vocabulary's stable key.</param>
/// <param name="Name">The display name.</param>
/// <param name="Description">Where the page names the list, when known.</param>
/// <param name="Members">The members, in order.</param>
public sealed record VocabularyDocument(string Key, string Name, string? Description, IReadOnlyList<MemberDocument> Members);

/// <summary>A vocabulary member in the JSON export.</summary>
/// <param name="Key">The member's stable key, unique within its vocabulary.</param>
/// <param name="Name">The display name.</param>
/// <param name="Description">More about the member, when known.</param>
/// <param name="Attributes">Further facts by name, such as <c>cwe</c>.</param>
/// <param name="Stability">How settled the member is: <c>stable</c> or <c>experimental</c> (<see cref="StabilityExtensions.ToKey"/>).</param>
/// <param name="Deprecated">Why the member is deprecated and which member of the same vocabulary replaces it; null, and not written, while it is current.</param>
public sealed record MemberDocument(
    string Key,
    string Name,
    string? Description,
    IReadOnlyDictionary<string, string> Attributes,
    string Stability = DocumentDefaults.Stability,
    DeprecationDocument? Deprecated = null);

/// <summary>
/// Why a role, task pattern or vocabulary member is deprecated, and what replaces it. A deprecated item is still in
/// the document, under its key, so that readers holding the key still find it.
/// </summary>
/// <param name="Reason">Why the item is deprecated.</param>
/// <param name="ReplacedBy">
/// The key of the item that replaces it: a role for a role, a task pattern for a task pattern, a member of the same
/// vocabulary for a member. Never itself deprecated. Null, and not written, when nothing replaces the item.
/// </param>
public sealed record DeprecationDocument(string Reason, string? ReplacedBy);

// Constructor defaults must be constants. "stable" is also what a document written before the stability
// property existed means, so it deserializes to it rather than to null.
internal static class DocumentDefaults
{
    public const string Stability = "stable";
}

/// <summary>The page in the JSON export.</summary>
/// <param name="Title">The page title.</param>
/// <param name="KnowledgeBase">The knowledge base it belongs to.</param>
/// <param name="AudiencesIntro">The words that introduce the audiences.</param>
/// <param name="Audiences">References to the audience members, in order.</param>
/// <param name="ReadWithIntro">The words that introduce the pages to read with it.</param>
/// <param name="ReadWith">The pages to read with it.</param>
/// <param name="Question">The question the page answers.</param>
/// <param name="TaskPatternsTitle">The heading after a role's name above its task patterns.</param>
/// <param name="OutsidersMissTitle">The heading above what outsiders miss.</param>
/// <param name="Comparison">The comparison table's headings.</param>
/// <param name="FinalAdvice">The closing advice.</param>
public sealed record PageDocument(
    string Title,
    string KnowledgeBase,
    string AudiencesIntro,
    IReadOnlyList<MemberReferenceDocument> Audiences,
    string ReadWithIntro,
    IReadOnlyList<string> ReadWith,
    QuestionDocument Question,
    string TaskPatternsTitle,
    string OutsidersMissTitle,
    ComparisonDocument Comparison,
    FinalAdviceDocument FinalAdvice);

/// <summary>The question a page answers.</summary>
/// <param name="Title">The section title.</param>
/// <param name="WrongIntro">The sentence before the wrong question.</param>
/// <param name="Wrong">The wrong first question.</param>
/// <param name="BetterIntro">The sentence before the better question.</param>
/// <param name="Better">The better question.</param>
/// <param name="Text">What the page gives in answer.</param>
public sealed record QuestionDocument(string Title, string WrongIntro, string Wrong, string BetterIntro, string Better, string Text);

/// <summary>The comparison table's headings.</summary>
/// <param name="Title">The table's title.</param>
/// <param name="RoleColumn">The role column's heading.</param>
/// <param name="CenterOfGravityColumn">The center-of-gravity column's heading.</param>
/// <param name="TypicalOutputColumn">The typical-output column's heading.</param>
/// <param name="FailureModeColumn">The failure-mode column's heading.</param>
public sealed record ComparisonDocument(string Title, string RoleColumn, string CenterOfGravityColumn, string TypicalOutputColumn, string FailureModeColumn);

/// <summary>The page's closing advice.</summary>
/// <param name="Title">The section title.</param>
/// <param name="Intro">The advice that leads to the lenses.</param>
/// <param name="Lenses">The question each lens asks.</param>
/// <param name="Closing">The closing sentence.</param>
public sealed record FinalAdviceDocument(string Title, string Intro, LensesDocument Lenses, string Closing);
