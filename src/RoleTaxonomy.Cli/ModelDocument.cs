using System;
using System.Collections.Generic;
using System.Linq;
using RoleTaxonomy.Export;
using RoleTaxonomy.Generator.Model;

namespace RoleTaxonomy.Cli;

/// <summary>
/// The export document of content the tool has just read: what <see cref="TaxonomyExport.CreateDocument"/> builds from
/// the generated types, built instead from the engine's model, so that the library's renderers export any content.
/// Each step mirrors how <c>TaxonomyEmitter</c> turns the model into those types; a test compares the two on the real content.
/// </summary>
internal static class ModelDocument
{
    // The emitter splits a task pattern's text the same way into TaskPattern.Paragraphs.
    private static readonly string[] ParagraphSeparator = { "\n\n" };

    /// <summary>The document of <paramref name="model"/>, with its content version and, when it has one, its page.</summary>
    public static TaxonomyDocument Create(TaxonomyModel model)
    {
        // The model refers to items by C# name (identifier); the document by key.
        var references = model.Vocabularies
            .SelectMany(v => v.Members.Select(m => (Model: new MemberReference(v.Identifier, m.Identifier), Document: new MemberReferenceDocument(v.Key, m.Key))))
            .ToDictionary(r => r.Model, r => r.Document);
        var patterns = model.TaskPatterns.ToDictionary(t => t.Identifier, StringComparer.Ordinal);
        var roleKeys = model.Roles.ToDictionary(r => r.Identifier, r => r.Key, StringComparer.Ordinal);
        MemberReferenceDocument Reference(MemberReference reference) => references[reference];

        TaskPatternDocument Pattern(string identifier)
        {
            var pattern = patterns[identifier];
            return new TaskPatternDocument(
                pattern.Key,
                roleKeys[pattern.RoleIdentifier],
                pattern.Title,
                pattern.Text.Split(ParagraphSeparator, StringSplitOptions.None),
                pattern.Items.ToArray(),
                pattern.References.Select(Reference).ToArray(),
                StabilityKey(pattern.Lifecycle),
                Deprecated(pattern.Lifecycle));
        }

        return new TaxonomyDocument(
            TaxonomyExport.JsonSchemaVersion,
            model.Options.ContentVersion,
            model.Page is { } page ? Page(page, Reference) : null,
            model.Roles.Select(role => new RoleDocument(
                role.Key,
                role.Name,
                role.Summary,
                role.CenterOfGravity,
                role.TypicalOutputs.ToArray(),
                role.FailureModes.ToArray(),
                new OutsidersMissDocument(role.Misconception, role.Reality),
                Lenses(role.Lenses),
                role.TaskPatternIdentifiers.Select(Pattern).ToArray(),
                StabilityKey(role.Lifecycle),
                Deprecated(role.Lifecycle))).ToArray(),
            model.Vocabularies.Select(vocabulary => new VocabularyDocument(
                vocabulary.Key,
                vocabulary.Name,
                vocabulary.Description,
                vocabulary.Members.Select(member => new MemberDocument(
                    member.Key,
                    member.Name,
                    member.Description,
                    Attributes(member.Attributes),
                    StabilityKey(member.Lifecycle),
                    Deprecated(member.Lifecycle))).ToArray())).ToArray());
    }

    private static PageDocument Page(PageModel page, Func<MemberReference, MemberReferenceDocument> reference) => new(
        page.Title,
        page.KnowledgeBase,
        page.AudiencesIntro,
        page.Audiences.Select(reference).ToArray(),
        page.ReadWithIntro,
        page.ReadWith.ToArray(),
        new QuestionDocument(page.Question.Title, page.Question.WrongIntro, page.Question.Wrong, page.Question.BetterIntro, page.Question.Better, page.Question.Text),
        page.TaskPatternsTitle,
        page.OutsidersMissTitle,
        new ComparisonDocument(page.Comparison.Title, page.Comparison.RoleColumn, page.Comparison.CenterOfGravityColumn, page.Comparison.TypicalOutputColumn, page.Comparison.FailureModeColumn),
        new FinalAdviceDocument(page.FinalAdvice.Title, page.FinalAdvice.Intro, Lenses(page.FinalAdvice.Lenses), page.FinalAdvice.Closing));

    private static LensesDocument Lenses(LensTextsSpec lenses) => new(lenses.Decisions, lenses.Evidence, lenses.Conflict, lenses.Leverage);

    /// <summary>In the content's order, as the generated dictionary holds them and so as the JSON writes them.</summary>
    private static Dictionary<string, string> Attributes(EquatableArray<AttributeSpec> attributes) =>
        attributes.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal);

    // The generated Stability enum's keys come from the same StabilityLevelKeys, so the JSON spells them one way.
    private static string StabilityKey(LifecycleModel lifecycle) => lifecycle.Stability.ToKey();

    private static DeprecationDocument? Deprecated(LifecycleModel lifecycle) =>
        lifecycle.Deprecation is { } deprecation ? new DeprecationDocument(deprecation.Reason, deprecation.ReplacedByKey) : null;
}
