using System.Collections.Immutable;
using static RoleTaxonomy.Generator.Schema.FieldDefinition;

namespace RoleTaxonomy.Generator.Schema;

/// <summary>
/// The one field table: every field of every kind of content, its shape, whether it is required and what the editor
/// schema says of it. The binder reads through it, and <see cref="EditorSchemaWriter"/> writes <c>content/schema/</c> from it.
/// </summary>
internal static class ContentSchema
{
    public const string KeyDescription = "A stable key: lower-case kebab-case, never changed once published.";

    public static readonly FieldDefinition ItemKey = Key("key", KeyDescription);

    public static readonly FieldDefinition ItemIdentifier =
        CSharpName("identifier", "C# name overriding the one derived from the key (PascalCase of the key).", required: false);

    public static readonly FieldDefinition ItemStability = FieldDefinition.Stability();

    public static readonly FieldDefinition ItemDeprecated = Mapping(
        "deprecated",
        Deprecation.Item,
        "Marks the item deprecated. It stays defined and resolvable by key; its C# members get [Obsolete] with the reason.",
        required: false);

    /// <summary>Why an item is deprecated, and what replaces it.</summary>
    public static class Deprecation
    {
        public static readonly FieldDefinition Reason =
            Text("reason", "Why the item is deprecated; becomes the message of the generated [Obsolete].");

        public static readonly FieldDefinition ReplacedBy = Key(
            "replacedBy",
            "The key of the item that replaces this one: of the same kind (the same vocabulary for a member), and not deprecated itself.",
            required: false);

        public static readonly ItemSchema Item = new("a deprecation", Reason, ReplacedBy);
    }

    /// <summary>A text for each of the four lenses: a role's, and the final advice's questions.</summary>
    public static class Lenses
    {
        public static readonly FieldDefinition Decisions = Text("decisions", "What decisions it owns.");
        public static readonly FieldDefinition Evidence = Text("evidence", "What evidence it works from.");
        public static readonly FieldDefinition Conflict = Text("conflict", "What conflict it has to manage.");
        public static readonly FieldDefinition Leverage = Text("leverage", "What kind of leverage it creates.");

        public static readonly ItemSchema Item = new("lenses", Decisions, Evidence, Conflict, Leverage);

        public static readonly FieldDefinition Field = Mapping("lenses", Item, "The four lenses of the page's final advice.");
    }

    /// <summary>A task pattern, under its role's <c>taskPatterns</c>.</summary>
    public static class TaskPattern
    {
        public static readonly FieldDefinition Title = Text("title", "The heading, without its number.");
        public static readonly FieldDefinition Text = Paragraphs("text", "paragraphs", "Every paragraph, separated by one blank line.");
        public static readonly FieldDefinition Items = TextList("items", "The bullet list, without its ; or . punctuation.", required: false);
        public static readonly FieldDefinition References = FieldDefinition.References("references", "Vocabulary key → the member keys this item involves.");

        public static readonly ItemSchema Item = new(
            "a task pattern", ItemKey, ItemIdentifier, Title, Text, Items, References, ItemStability, ItemDeprecated);
    }

    /// <summary>What outsiders miss about a role.</summary>
    public static class OutsidersMiss
    {
        public static readonly FieldDefinition Misconception = Text("misconception", "What outsiders think the job is.");
        public static readonly FieldDefinition Reality = Text("reality", "What the page says it is.");

        public static readonly ItemSchema Item = new("outsidersMiss", Misconception, Reality);
    }

    /// <summary>A role file (<c>kind: role</c>).</summary>
    public static class Role
    {
        public const string Kind = "role";

        public static readonly FieldDefinition Name = Text("name", "Display name.");
        public static readonly FieldDefinition Summary = Text("summary", "One sentence from the page that sums the role up.");
        public static readonly FieldDefinition CenterOfGravity = Text("centerOfGravity", "The comparison table's daily center of gravity.");
        public static readonly FieldDefinition TypicalOutputs = TextList("typicalOutputs", "The comparison table's typical output.");
        public static readonly FieldDefinition FailureModes = TextList("failureModes", "The comparison table's primary failure modes.");
        public static readonly FieldDefinition OutsidersMiss = Mapping("outsidersMiss", ContentSchema.OutsidersMiss.Item, "What outsiders often miss about the role.");
        public static readonly FieldDefinition TaskPatterns = MappingList("taskPatterns", TaskPattern.Item, "The role's task patterns, in the page's order.");

        public static readonly ItemSchema Item = new(
            "a role",
            FieldDefinition.Kind(Kind), ItemKey, ItemIdentifier, Name, Summary, CenterOfGravity, TypicalOutputs, FailureModes,
            OutsidersMiss, Lenses.Field, TaskPatterns, ItemStability, ItemDeprecated);
    }

    /// <summary>A member of a vocabulary.</summary>
    public static class Member
    {
        public static readonly FieldDefinition Name = Text("name", "Display name.");
        public static readonly FieldDefinition Description = Text("description", "More about the member.", required: false);
        public static readonly FieldDefinition Attributes = FieldDefinition.Attributes("attributes", "Further facts by name, e.g. cwe: CWE-918.");

        public static readonly ItemSchema Item = new(
            "a vocabulary member", ItemKey, ItemIdentifier, Name, Description, Attributes, ItemStability, ItemDeprecated);
    }

    /// <summary>A vocabulary file (<c>kind: vocabulary</c>): a closed list the page names.</summary>
    public static class Vocabulary
    {
        public const string Kind = "vocabulary";

        public static readonly FieldDefinition TypeName = CSharpName("typeName", "The C# enum for one member, singular.", required: true);
        public static readonly FieldDefinition Name = Text("name", "Display name.");
        public static readonly FieldDefinition Description = Text("description", "Where the page names the list.", required: false);
        public static readonly FieldDefinition Members = MappingList("members", Member.Item, "The members, in order.");

        public static readonly ItemSchema Item = new(
            "a vocabulary", FieldDefinition.Kind(Kind), ItemKey, ItemIdentifier, TypeName, Name, Description, Members);
    }

    /// <summary>The page's audiences: a vocabulary and the members of it the page is for.</summary>
    public static class Audiences
    {
        public static readonly FieldDefinition Intro = Text("intro", "The words before the audiences, such as 'Use this page for:'.");
        public static readonly FieldDefinition Vocabulary = Key("vocabulary", "The key of the vocabulary the audiences are members of.");
        public static readonly FieldDefinition Members = KeyList("members", "The audience member keys, in the page's order.");

        public static readonly ItemSchema Item = new("audiences", Intro, Vocabulary, Members);
    }

    /// <summary>The pages to read with this one.</summary>
    public static class ReadWith
    {
        public static readonly FieldDefinition Intro = Text("intro", "The words before the pages, such as 'Read this together with:'.");
        public static readonly FieldDefinition Pages = TextList("pages", "The pages to read with it.");

        public static readonly ItemSchema Item = new("readWith", Intro, Pages);
    }

    /// <summary>The question the page answers.</summary>
    public static class Question
    {
        public static readonly FieldDefinition Title = Text("title", "The section title.");
        public static readonly FieldDefinition WrongIntro = Text("wrongIntro", "The sentence before the wrong question.");
        public static readonly FieldDefinition Wrong = Text("wrong", "The wrong first question.");
        public static readonly FieldDefinition BetterIntro = Text("betterIntro", "The sentence before the better question.");
        public static readonly FieldDefinition Better = Text("better", "The better question.");
        public static readonly FieldDefinition Text = FieldDefinition.Text("text", "What the page gives in answer.");

        public static readonly ItemSchema Item = new("question", Title, WrongIntro, Wrong, BetterIntro, Better, Text);
    }

    /// <summary>The comparison table's headings.</summary>
    public static class Comparison
    {
        public static readonly FieldDefinition Title = Text("title", "The table's title.");
        public static readonly FieldDefinition RoleColumn = Text("roleColumn", "The role column's heading.");
        public static readonly FieldDefinition CenterOfGravityColumn = Text("centerOfGravityColumn", "The center-of-gravity column's heading.");
        public static readonly FieldDefinition TypicalOutputColumn = Text("typicalOutputColumn", "The typical-output column's heading.");
        public static readonly FieldDefinition FailureModeColumn = Text("failureModeColumn", "The failure-mode column's heading.");

        public static readonly ItemSchema Item = new(
            "comparison", Title, RoleColumn, CenterOfGravityColumn, TypicalOutputColumn, FailureModeColumn);
    }

    /// <summary>The page's closing advice.</summary>
    public static class FinalAdvice
    {
        public static readonly FieldDefinition Title = Text("title", "Section title.");
        public static readonly FieldDefinition Intro = Text("intro", "The advice before the lenses.");
        public static readonly FieldDefinition Closing = Text("closing", "The closing sentence.");

        public static readonly ItemSchema Item = new("finalAdvice", Title, Intro, Lenses.Field, Closing);
    }

    /// <summary>The page file (<c>kind: page</c>): the knowledge-base page the taxonomy is written from.</summary>
    public static class Page
    {
        public const string Kind = "page";

        public static readonly FieldDefinition Title = Text("title", "The page title.");
        public static readonly FieldDefinition KnowledgeBase = Text("knowledgeBase", "The knowledge base it belongs to.");
        public static readonly FieldDefinition Audiences = Mapping("audiences", ContentSchema.Audiences.Item, "Who the page is for.");
        public static readonly FieldDefinition ReadWith = Mapping("readWith", ContentSchema.ReadWith.Item, "The pages to read with it.");
        public static readonly FieldDefinition Question = Mapping("question", ContentSchema.Question.Item, "The question the page answers.");
        public static readonly FieldDefinition Roles = KeyList("roles", "Every role key, in the page's order.");
        public static readonly FieldDefinition TaskPatternsTitle = Text("taskPatternsTitle", "The heading after a role's name.");
        public static readonly FieldDefinition OutsidersMissTitle = Text("outsidersMissTitle", "The heading above what outsiders miss.");
        public static readonly FieldDefinition Comparison = Mapping("comparison", ContentSchema.Comparison.Item, "The comparison table's headings.");
        public static readonly FieldDefinition FinalAdvice = Mapping("finalAdvice", ContentSchema.FinalAdvice.Item, "The page's closing advice.");

        public static readonly ItemSchema Item = new(
            "the page",
            FieldDefinition.Kind(Kind), Title, KnowledgeBase, Audiences, ReadWith, Question, Roles, TaskPatternsTitle,
            OutsidersMissTitle, Comparison, FinalAdvice);
    }

    /// <summary>The numbers file (<c>kind: numbers</c>): the enum number of every item that ever shipped.</summary>
    public static class Numbers
    {
        public const string Kind = "numbers";

        public static readonly FieldDefinition Roles = FieldDefinition.Numbers("roles", "The number of each role key: its RoleId member's value.");

        public static readonly FieldDefinition TaskPatterns = FieldDefinition.Numbers(
            "taskPatterns", "The number of each task pattern key, across all roles: its TaskPatternId member's value.");

        public static readonly FieldDefinition Vocabularies = FieldDefinition.Numbers(
            "vocabularies", "The number of each vocabulary key: its VocabularyId member's value.");

        public static readonly FieldDefinition Members = MemberNumbers(
            "members", "For each vocabulary key, the number of each of its member keys: the value in the vocabulary's enum.");

        public static readonly ItemSchema Item = new(
            "the numbers file", FieldDefinition.Kind(Kind), Roles, TaskPatterns, Vocabularies, Members);
    }
}

/// <summary>A kind of content file: its <c>kind:</c> value, its fields, and its editor schema's title and description.</summary>
internal sealed record ContentKind(string Kind, ItemSchema Item, string Title, string Description);

/// <summary>
/// Every kind of content file. Apart from <see cref="ContentSchema"/>: its nested tables read its shared fields while they
/// initialize, and a list of them inside it would be built before they are.
/// </summary>
internal static class ContentKinds
{
    /// <summary>Each kind, with what its editor schema is titled and says.</summary>
    public static readonly ImmutableArray<ContentKind> All = ImmutableArray.Create(
        new ContentKind(ContentSchema.Role.Kind, ContentSchema.Role.Item, "RoleTaxonomy role", "One role of the taxonomy (kind: role). See docs/content-schema.md."),
        new ContentKind(ContentSchema.Vocabulary.Kind, ContentSchema.Vocabulary.Item, "RoleTaxonomy vocabulary",
            "A closed list the page names (kind: vocabulary). See docs/content-schema.md."),
        new ContentKind(ContentSchema.Page.Kind, ContentSchema.Page.Item, "RoleTaxonomy page",
            "The knowledge-base page the taxonomy is written from (kind: page). See docs/content-schema.md."),
        new ContentKind(ContentSchema.Numbers.Kind, ContentSchema.Numbers.Item, "RoleTaxonomy numbers",
            "The enum number of every item that ever shipped (kind: numbers). Never change a number; keep the lines of removed items. " +
            "Write it with 'roletaxonomy numbers'. See docs/numbering.md."));
}
