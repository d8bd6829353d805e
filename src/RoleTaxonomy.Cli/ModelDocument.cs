using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using RoleTaxonomy.Export;
using RoleTaxonomy.Generator.Model;
using RoleTaxonomy.Generator.Schema;

namespace RoleTaxonomy.Cli;

/// <summary>
/// The export document of content the tool has just read: what <see cref="TaxonomyExport.CreateDocument"/> builds from
/// the generated types, built instead from the engine's linked model, so that the library's renderers export any
/// content. Roles and vocabularies are written as JSON and read back through the library's one item reader, as the
/// generated records' JSON is; their text fields are written by name from the field table. A property test holds the
/// two writers to the same JSON on random taxonomies.
/// </summary>
internal static class ModelDocument
{
    /// <summary>The document of <paramref name="model"/>, with its content version and, when it has one, its page.</summary>
    public static TaxonomyDocument Create(TaxonomyModel model) => new(
        SchemaVersion: TaxonomyExport.JsonSchemaVersion,
        ContentVersion: model.Options.ContentVersion,
        Page: model.Page is { } page ? Page(page) : null,
        Roles: ItemJson.ReadBack(model.Roles, WriteRole, ItemReadBackContext.Default.RoleDocumentArray),
        Vocabularies: ItemJson.ReadBack(model.Vocabularies, WriteVocabulary, ItemReadBackContext.Default.VocabularyDocumentArray));

    private static void WriteRole(Utf8JsonWriter writer, RoleModel role)
    {
        writer.WriteStartObject();
        writer.WriteString("key", role.Key);
        WriteTexts(writer, role.Text.Fields);
        writer.WriteStartObject("outsidersMiss");
        writer.WriteString("misconception", role.Text.OutsidersMiss.Misconception);
        writer.WriteString("reality", role.Text.OutsidersMiss.Reality);
        writer.WriteEndObject();
        writer.WritePropertyName("lenses");
        WriteLenses(writer, role.Text.Lenses);
        WriteArray(writer, "taskPatterns", role.TaskPatterns, WriteTaskPattern);
        WriteLifecycle(writer, role.Lifecycle);
        writer.WriteEndObject();
    }

    private static void WriteTaskPattern(Utf8JsonWriter writer, TaskPatternModel pattern)
    {
        writer.WriteStartObject();
        writer.WriteString("key", pattern.Key);
        writer.WriteString("role", pattern.RoleKey);
        WriteTexts(writer, pattern.Text.Fields);
        WriteArray(writer, "references", pattern.References, static (writer, reference) =>
        {
            writer.WriteStartObject();
            writer.WriteString("vocabulary", reference.VocabularyKey);
            writer.WriteString("member", reference.MemberKey);
            writer.WriteEndObject();
        });
        WriteLifecycle(writer, pattern.Lifecycle);
        writer.WriteEndObject();
    }

    private static void WriteVocabulary(Utf8JsonWriter writer, VocabularyModel vocabulary)
    {
        writer.WriteStartObject();
        writer.WriteString("key", vocabulary.Key);
        WriteTexts(writer, vocabulary.Text.Fields);
        WriteArray(writer, "members", vocabulary.Members, WriteMember);
        writer.WriteEndObject();
    }

    private static void WriteMember(Utf8JsonWriter writer, MemberModel member)
    {
        writer.WriteStartObject();
        writer.WriteString("key", member.Key);
        WriteTexts(writer, member.Text.Fields);
        writer.WriteStartObject("attributes");
        foreach (var attribute in member.Text.Attributes)
        {
            writer.WriteString(attribute.Name, attribute.Value);
        }

        writer.WriteEndObject();
        WriteLifecycle(writer, member.Lifecycle);
        writer.WriteEndObject();
    }

    private static void WriteArray<T>(Utf8JsonWriter writer, string name, IEnumerable<T> items, System.Action<Utf8JsonWriter, T> write)
    {
        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            write(writer, item);
        }

        writer.WriteEndArray();
    }

    /// <summary>An item's text fields by their export names, in the field table's order; an absent optional text not at all.</summary>
    private static void WriteTexts(Utf8JsonWriter writer, TextFields texts)
    {
        foreach (var text in texts.Fields)
        {
            var name = text.Definition.ExportName;
            if (text.Definition.Shape != FieldShape.Text)
            {
                WriteArray(writer, name, text.Values, static (writer, value) => writer.WriteStringValue(value));
            }
            else if (texts.OptionalText(text.Definition) is { } value)
            {
                writer.WriteString(name, value);
            }
        }
    }

    private static void WriteLenses(Utf8JsonWriter writer, Generator.Model.LensTexts lenses)
    {
        writer.WriteStartObject();
        writer.WriteString("decisions", lenses.Decisions);
        writer.WriteString("evidence", lenses.Evidence);
        writer.WriteString("conflict", lenses.Conflict);
        writer.WriteString("leverage", lenses.Leverage);
        writer.WriteEndObject();
    }

    private static void WriteLifecycle(Utf8JsonWriter writer, LifecycleModel lifecycle)
    {
        writer.WriteString("stability", lifecycle.Stability.ToKey());
        if (lifecycle.Deprecation is { } deprecation)
        {
            writer.WriteStartObject("deprecated");
            writer.WriteString("reason", deprecation.Reason);
            if (deprecation.ReplacedByKey is not null)
            {
                writer.WriteString("replacedBy", deprecation.ReplacedByKey);
            }

            writer.WriteEndObject();
        }
    }

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
}
