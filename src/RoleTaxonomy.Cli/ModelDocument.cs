using System.Collections.Generic;
using System.Linq;
using RoleTaxonomy.Export;
using RoleTaxonomy.Generator.Model;

namespace RoleTaxonomy.Cli;

/// <summary>
/// The export document of content the tool has just read: what <see cref="TaxonomyExport.CreateDocument"/> builds from
/// the generated types, built instead from the engine's linked model, so that the library's renderers export any
/// content. The linked model already holds what the export needs (keys, paragraphs, each pattern under its role), so
/// this is a copy, field for field; a property test holds it to the generated code's JSON on random taxonomies.
/// </summary>
internal static class ModelDocument
{
    /// <summary>The document of <paramref name="model"/>, with its content version and, when it has one, its page.</summary>
    public static TaxonomyDocument Create(TaxonomyModel model) => new(
        SchemaVersion: TaxonomyExport.JsonSchemaVersion,
        ContentVersion: model.Options.ContentVersion,
        Page: model.Page is { } page ? Page(page) : null,
        Roles: model.Roles.Select(Role).ToArray(),
        Vocabularies: model.Vocabularies.Select(Vocabulary).ToArray());

    private static RoleDocument Role(RoleModel role) => new(
        Key: role.Key,
        Name: role.Text.Name,
        Summary: role.Text.Summary,
        CenterOfGravity: role.Text.CenterOfGravity,
        TypicalOutputs: role.Text.TypicalOutputs.ToArray(),
        FailureModes: role.Text.FailureModes.ToArray(),
        OutsidersMiss: new OutsidersMissDocument(role.Text.OutsidersMiss.Misconception, role.Text.OutsidersMiss.Reality),
        Lenses: Lenses(role.Text.Lenses),
        TaskPatterns: role.TaskPatterns.Select(TaskPattern).ToArray(),
        Stability: role.Lifecycle.Stability.ToKey(),
        Deprecated: Deprecated(role.Lifecycle));

    private static TaskPatternDocument TaskPattern(TaskPatternModel pattern) => new(
        Key: pattern.Key,
        Role: pattern.RoleKey,
        Title: pattern.Text.Title,
        Paragraphs: pattern.Text.Paragraphs.ToArray(),
        Items: pattern.Text.Items.ToArray(),
        References: References(pattern.References),
        Stability: pattern.Lifecycle.Stability.ToKey(),
        Deprecated: Deprecated(pattern.Lifecycle));

    private static VocabularyDocument Vocabulary(VocabularyModel vocabulary) => new(
        Key: vocabulary.Key,
        Name: vocabulary.Text.Name,
        Description: vocabulary.Text.Description,
        Members: vocabulary.Members.Select(member => new MemberDocument(
            Key: member.Key,
            Name: member.Text.Name,
            Description: member.Text.Description,
            Attributes: Attributes(member.Text.Attributes),
            Stability: member.Lifecycle.Stability.ToKey(),
            Deprecated: Deprecated(member.Lifecycle))).ToArray());

    private static PageDocument Page(PageModel page)
    {
        var text = page.Text;
        return new PageDocument(
            Title: text.Title,
            KnowledgeBase: text.KnowledgeBase,
            AudiencesIntro: text.AudiencesIntro,
            Audiences: References(page.Audiences),
            ReadWithIntro: text.ReadWithIntro,
            ReadWith: text.ReadWith.ToArray(),
            Question: new QuestionDocument(
                Title: text.Question.Title,
                WrongIntro: text.Question.WrongIntro,
                Wrong: text.Question.Wrong,
                BetterIntro: text.Question.BetterIntro,
                Better: text.Question.Better,
                Text: text.Question.Text),
            TaskPatternsTitle: text.TaskPatternsTitle,
            OutsidersMissTitle: text.OutsidersMissTitle,
            Comparison: new ComparisonDocument(
                Title: text.Comparison.Title,
                RoleColumn: text.Comparison.RoleColumn,
                CenterOfGravityColumn: text.Comparison.CenterOfGravityColumn,
                TypicalOutputColumn: text.Comparison.TypicalOutputColumn,
                FailureModeColumn: text.Comparison.FailureModeColumn),
            FinalAdvice: new FinalAdviceDocument(
                Title: text.FinalAdvice.Title,
                Intro: text.FinalAdvice.Intro,
                Lenses: Lenses(text.FinalAdvice.Lenses),
                Closing: text.FinalAdvice.Closing));
    }

    private static LensesDocument Lenses(Generator.Model.LensTexts lenses) => new(
        Decisions: lenses.Decisions,
        Evidence: lenses.Evidence,
        Conflict: lenses.Conflict,
        Leverage: lenses.Leverage);

    private static MemberReferenceDocument[] References(EquatableArray<MemberReference> references) =>
        references.Select(r => new MemberReferenceDocument(r.VocabularyKey, r.MemberKey)).ToArray();

    /// <summary>In the content's order, as the generated dictionary holds them and so as the JSON writes them.</summary>
    private static Dictionary<string, string> Attributes(EquatableArray<AttributeSpec> attributes) =>
        attributes.ToDictionary(a => a.Name, a => a.Value, System.StringComparer.Ordinal);

    private static DeprecationDocument? Deprecated(LifecycleModel lifecycle) =>
        lifecycle.Deprecation is { } deprecation ? new DeprecationDocument(deprecation.Reason, deprecation.ReplacedByKey) : null;
}
