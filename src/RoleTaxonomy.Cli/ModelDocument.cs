using System.Collections.Generic;
using System.Text.Json;
using RoleTaxonomy.Export;
using RoleTaxonomy.Generator.Model;
using RoleTaxonomy.Generator.Schema;

namespace RoleTaxonomy.Cli;

/// <summary>
/// The export document of content the tool has just read: what <see cref="TaxonomyExport.CreateDocument"/> builds from
/// the generated types, built instead from the engine's linked model, so that the library's renderers export any
/// content. The page, the roles and the vocabularies are written as JSON and read back through the library's one
/// item reader, as the generated records' JSON is; the items' text fields are written by name from the field table. A property test holds the
/// two writers to the same JSON on random taxonomies.
/// </summary>
internal static class ModelDocument
{
    /// <summary>The document of <paramref name="model"/>, with its content version and, when it has one, its page.</summary>
    public static TaxonomyDocument Create(TaxonomyModel model) => new(
        SchemaVersion: TaxonomyExport.JsonSchemaVersion,
        ContentVersion: model.Options.ContentVersion,
        Page: model.Page is { } page ? ItemJson.ReadBack(new[] { page }, WritePage, ItemReadBackContext.Default.PageDocumentArray)[0] : null,
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
        WriteArray(writer, "references", pattern.References, WriteReference);
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

    private static void WritePage(Utf8JsonWriter writer, PageModel page)
    {
        var text = page.Text;
        writer.WriteStartObject();
        writer.WriteString("title", text.Title);
        writer.WriteString("knowledgeBase", text.KnowledgeBase);
        writer.WriteString("audiencesIntro", text.AudiencesIntro);
        WriteArray(writer, "audiences", page.Audiences, WriteReference);
        writer.WriteString("readWithIntro", text.ReadWithIntro);
        WriteArray(writer, "readWith", text.ReadWith, static (writer, value) => writer.WriteStringValue(value));
        writer.WriteStartObject("question");
        writer.WriteString("title", text.Question.Title);
        writer.WriteString("wrongIntro", text.Question.WrongIntro);
        writer.WriteString("wrong", text.Question.Wrong);
        writer.WriteString("betterIntro", text.Question.BetterIntro);
        writer.WriteString("better", text.Question.Better);
        writer.WriteString("text", text.Question.Text);
        writer.WriteEndObject();
        writer.WriteString("taskPatternsTitle", text.TaskPatternsTitle);
        writer.WriteString("outsidersMissTitle", text.OutsidersMissTitle);
        writer.WriteStartObject("comparison");
        writer.WriteString("title", text.Comparison.Title);
        writer.WriteString("roleColumn", text.Comparison.RoleColumn);
        writer.WriteString("centerOfGravityColumn", text.Comparison.CenterOfGravityColumn);
        writer.WriteString("typicalOutputColumn", text.Comparison.TypicalOutputColumn);
        writer.WriteString("failureModeColumn", text.Comparison.FailureModeColumn);
        writer.WriteEndObject();
        writer.WriteStartObject("finalAdvice");
        writer.WriteString("title", text.FinalAdvice.Title);
        writer.WriteString("intro", text.FinalAdvice.Intro);
        writer.WritePropertyName("lenses");
        WriteLenses(writer, text.FinalAdvice.Lenses);
        writer.WriteString("closing", text.FinalAdvice.Closing);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteReference(Utf8JsonWriter writer, MemberReference reference)
    {
        writer.WriteStartObject();
        writer.WriteString("vocabulary", reference.VocabularyKey);
        writer.WriteString("member", reference.MemberKey);
        writer.WriteEndObject();
    }
}
