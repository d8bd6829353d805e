// The model types every taxonomy shares, kept as real C# so that the compiler checks them: ModelTemplateTests
// compiles this file, with and without ROLETAXONOMY_JSON, together with the code generated from the real content.
// The generator embeds it and emits it as Model.g.cs (see ModelSource), changing exactly this:
//   - everything down to the namespace line is not emitted; the types go in the consumer's namespace;
//   - "global::RoleTaxonomy." becomes "global::" + the consumer's namespace + ".";
//   - "public " at the start of a line (a top-level type) becomes the consumer's visibility;
//   - a [GeneratedCode] line gets the generator's own version;
//   - lines inside #if ROLETAXONOMY_JSON ... #endif are kept when the consumer has System.Text.Json, the directives never.
// No other directive below the namespace line: the generator refuses it, so that nothing is kept or dropped by accident.

#nullable enable

namespace RoleTaxonomy;

/// <summary>A role of the taxonomy: what its people do all day, what they produce and how the role goes wrong.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("RoleTaxonomy.Generator", "1.0.0.0")]
#if ROLETAXONOMY_JSON
[global::System.Text.Json.Serialization.JsonConverter(typeof(global::RoleTaxonomy.Role.JsonConverter))]
#endif
public sealed partial record Role
{
    // The catalogs pass lists as arrays and the constructors make them read-only: one generic call here instead of
    // one at each argument, which cost the consumer's compiler a type inference each (docs/performance.md).
    internal Role(
        global::RoleTaxonomy.RoleId id,
        string key,
        string name,
        string summary,
        string centerOfGravity,
        string[] typicalOutputs,
        string[] failureModes,
        global::RoleTaxonomy.OutsiderView outsidersMiss,
        global::RoleTaxonomy.LensTexts lenses,
        global::RoleTaxonomy.TaskPattern[] taskPatterns,
        global::RoleTaxonomy.Stability stability = global::RoleTaxonomy.Stability.Stable,
        global::RoleTaxonomy.Deprecation? deprecation = null)
    {
        Id = id;
        Key = key;
        Name = name;
        Summary = summary;
        CenterOfGravity = centerOfGravity;
        TypicalOutputs = global::System.Array.AsReadOnly(typicalOutputs);
        FailureModes = global::System.Array.AsReadOnly(failureModes);
        OutsidersMiss = outsidersMiss;
        Lenses = lenses;
        TaskPatterns = global::System.Array.AsReadOnly(taskPatterns);
        Stability = stability;
        Deprecation = deprecation;
    }

    /// <summary>The role's identity in code.</summary>
    public global::RoleTaxonomy.RoleId Id { get; }

    /// <summary>The role's stable key, for storage and the wire, such as <c>appsec-engineer</c>.</summary>
    [global::RoleTaxonomy.TaxonomyKeyAttribute(typeof(global::RoleTaxonomy.RoleId))]
    public string Key { get; }

    /// <summary>The role's display name.</summary>
    public string Name { get; }

    /// <summary>One sentence that sums the role up.</summary>
    public string Summary { get; }

    /// <summary>Where the role's day is centered.</summary>
    public string CenterOfGravity { get; }

    /// <summary>What the role typically produces.</summary>
    public global::System.Collections.Generic.IReadOnlyList<string> TypicalOutputs { get; }

    /// <summary>How the role fails when it is done poorly.</summary>
    public global::System.Collections.Generic.IReadOnlyList<string> FailureModes { get; }

    /// <summary>What outsiders often miss about the role.</summary>
    public global::RoleTaxonomy.OutsiderView OutsidersMiss { get; }

    /// <summary>The role seen through the four lenses: decisions, evidence, conflict and leverage.</summary>
    public global::RoleTaxonomy.LensTexts Lenses { get; }

    /// <summary>The role's common daily task patterns, in order.</summary>
    public global::System.Collections.Generic.IReadOnlyList<global::RoleTaxonomy.TaskPattern> TaskPatterns { get; }

    /// <summary>How settled the role is: stable unless the content says experimental.</summary>
    public global::RoleTaxonomy.Stability Stability { get; }

    /// <summary>Why the role is deprecated and what replaces it; null while the role is current.</summary>
    public global::RoleTaxonomy.Deprecation? Deprecation { get; }

    /// <summary>The role that replaces this deprecated one, when the content names one; otherwise null.</summary>
    public global::RoleTaxonomy.Role? Replacement =>
        Deprecation?.ReplacedBy is { } key && global::RoleTaxonomy.Roles.TryGet(key, out var replacement) ? replacement : null;

    /// <summary>Returns the role's display name.</summary>
    public override string ToString() => Name;
    #if ROLETAXONOMY_JSON

    /// <summary>Writes a role as the JSON export does, and reads one back as the catalog's own item for its key.</summary>
    public sealed class JsonConverter : global::System.Text.Json.Serialization.JsonConverter<global::RoleTaxonomy.Role>
    {
        /// <inheritdoc/>
        public override global::RoleTaxonomy.Role Read(
            ref global::System.Text.Json.Utf8JsonReader reader,
            global::System.Type typeToConvert,
            global::System.Text.Json.JsonSerializerOptions options) =>
            global::RoleTaxonomy.TaxonomyJson.ReadItem<global::RoleTaxonomy.Role>(
                ref reader, "Role", "RoleId", global::RoleTaxonomy.RoleIdExtensions.Keys, global::RoleTaxonomy.Roles.TryGet);

        /// <inheritdoc/>
        public override void Write(
            global::System.Text.Json.Utf8JsonWriter writer,
            global::RoleTaxonomy.Role value,
            global::System.Text.Json.JsonSerializerOptions options) =>
            global::RoleTaxonomy.TaxonomyJson.WriteRole(writer, value);
    }
    #endif
}

/// <summary>A common daily task pattern of one role.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("RoleTaxonomy.Generator", "1.0.0.0")]
#if ROLETAXONOMY_JSON
[global::System.Text.Json.Serialization.JsonConverter(typeof(global::RoleTaxonomy.TaskPattern.JsonConverter))]
#endif
public sealed partial record TaskPattern
{
    internal TaskPattern(
        global::RoleTaxonomy.TaskPatternId id,
        string key,
        global::RoleTaxonomy.RoleId roleId,
        string title,
        string[] paragraphs,
        string[] items,
        global::RoleTaxonomy.VocabularyMember[] references,
        global::RoleTaxonomy.Stability stability = global::RoleTaxonomy.Stability.Stable,
        global::RoleTaxonomy.Deprecation? deprecation = null)
    {
        Id = id;
        Key = key;
        RoleId = roleId;
        Title = title;
        Paragraphs = global::System.Array.AsReadOnly(paragraphs);
        Text = string.Join("\n\n", paragraphs);
        Items = global::System.Array.AsReadOnly(items);
        References = global::System.Array.AsReadOnly(references);
        Stability = stability;
        Deprecation = deprecation;
    }

    /// <summary>The task pattern's identity in code.</summary>
    public global::RoleTaxonomy.TaskPatternId Id { get; }

    /// <summary>The task pattern's stable key, for storage and the wire.</summary>
    [global::RoleTaxonomy.TaxonomyKeyAttribute(typeof(global::RoleTaxonomy.TaskPatternId))]
    public string Key { get; }

    /// <summary>The role the task pattern belongs to.</summary>
    public global::RoleTaxonomy.RoleId RoleId { get; }

    /// <summary>The role the task pattern belongs to.</summary>
    public global::RoleTaxonomy.Role Role => global::RoleTaxonomy.Roles.Get(RoleId);

    /// <summary>The task pattern's title.</summary>
    public string Title { get; }

    /// <summary>The full text: every paragraph, separated by a blank line.</summary>
    public string Text { get; }

    /// <summary>The paragraphs of <see cref="Text"/>, in order.</summary>
    public global::System.Collections.Generic.IReadOnlyList<string> Paragraphs { get; }

    /// <summary>The bulleted items, which follow the first paragraph; empty when the pattern has none.</summary>
    public global::System.Collections.Generic.IReadOnlyList<string> Items { get; }

    /// <summary>The vocabulary members the task pattern involves, such as triage outcomes or weakness classes.</summary>
    public global::System.Collections.Generic.IReadOnlyList<global::RoleTaxonomy.VocabularyMember> References { get; }

    /// <summary>How settled the task pattern is: stable unless the content says experimental.</summary>
    public global::RoleTaxonomy.Stability Stability { get; }

    /// <summary>Why the task pattern is deprecated and what replaces it; null while the pattern is current.</summary>
    public global::RoleTaxonomy.Deprecation? Deprecation { get; }

    /// <summary>The task pattern that replaces this deprecated one, when the content names one; otherwise null.</summary>
    public global::RoleTaxonomy.TaskPattern? Replacement =>
        Deprecation?.ReplacedBy is { } key && global::RoleTaxonomy.TaskPatterns.TryGet(key, out var replacement) ? replacement : null;

    /// <summary>Returns true when the task pattern involves a member of <paramref name="vocabulary"/>.</summary>
    /// <param name="vocabulary">The vocabulary to look for.</param>
    public bool Involves(global::RoleTaxonomy.VocabularyId vocabulary)
    {
        foreach (var reference in References)
        {
            if (reference.VocabularyId == vocabulary)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns the title.</summary>
    public override string ToString() => Title;
    #if ROLETAXONOMY_JSON

    /// <summary>Writes a task pattern as the JSON export does, and reads one back as the catalog's own item for its key.</summary>
    public sealed class JsonConverter : global::System.Text.Json.Serialization.JsonConverter<global::RoleTaxonomy.TaskPattern>
    {
        /// <inheritdoc/>
        public override global::RoleTaxonomy.TaskPattern Read(
            ref global::System.Text.Json.Utf8JsonReader reader,
            global::System.Type typeToConvert,
            global::System.Text.Json.JsonSerializerOptions options) =>
            global::RoleTaxonomy.TaxonomyJson.ReadItem<global::RoleTaxonomy.TaskPattern>(
                ref reader, "TaskPattern", "TaskPatternId", global::RoleTaxonomy.TaskPatternIdExtensions.Keys, global::RoleTaxonomy.TaskPatterns.TryGet);

        /// <inheritdoc/>
        public override void Write(
            global::System.Text.Json.Utf8JsonWriter writer,
            global::RoleTaxonomy.TaskPattern value,
            global::System.Text.Json.JsonSerializerOptions options) =>
            global::RoleTaxonomy.TaxonomyJson.WriteTaskPattern(writer, value);
    }
    #endif
}

/// <summary>A closed list the taxonomy names, such as triage outcomes or weakness classes.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("RoleTaxonomy.Generator", "1.0.0.0")]
#if ROLETAXONOMY_JSON
[global::System.Text.Json.Serialization.JsonConverter(typeof(global::RoleTaxonomy.Vocabulary.JsonConverter))]
#endif
public sealed partial record Vocabulary
{
    internal Vocabulary(
        global::RoleTaxonomy.VocabularyId id,
        string key,
        string name,
        string? description,
        global::System.Collections.Generic.IReadOnlyList<global::RoleTaxonomy.VocabularyMember> members)
    {
        Id = id;
        Key = key;
        Name = name;
        Description = description;
        Members = members;
    }

    /// <summary>The vocabulary's identity in code.</summary>
    public global::RoleTaxonomy.VocabularyId Id { get; }

    /// <summary>The vocabulary's stable key, such as <c>weakness-classes</c>.</summary>
    [global::RoleTaxonomy.TaxonomyKeyAttribute(typeof(global::RoleTaxonomy.VocabularyId))]
    public string Key { get; }

    /// <summary>The vocabulary's display name.</summary>
    public string Name { get; }

    /// <summary>Where the content names the list, when it says.</summary>
    public string? Description { get; }

    /// <summary>The members, in the content's order.</summary>
    public global::System.Collections.Generic.IReadOnlyList<global::RoleTaxonomy.VocabularyMember> Members { get; }

    /// <summary>Returns the display name.</summary>
    public override string ToString() => Name;
    #if ROLETAXONOMY_JSON

    /// <summary>Writes a vocabulary as the JSON export does, and reads one back as the catalog's own item for its key.</summary>
    public sealed class JsonConverter : global::System.Text.Json.Serialization.JsonConverter<global::RoleTaxonomy.Vocabulary>
    {
        /// <inheritdoc/>
        public override global::RoleTaxonomy.Vocabulary Read(
            ref global::System.Text.Json.Utf8JsonReader reader,
            global::System.Type typeToConvert,
            global::System.Text.Json.JsonSerializerOptions options) =>
            global::RoleTaxonomy.TaxonomyJson.ReadItem<global::RoleTaxonomy.Vocabulary>(
                ref reader, "Vocabulary", "VocabularyId", global::RoleTaxonomy.VocabularyIdExtensions.Keys, global::RoleTaxonomy.Vocabularies.TryGet);

        /// <inheritdoc/>
        public override void Write(
            global::System.Text.Json.Utf8JsonWriter writer,
            global::RoleTaxonomy.Vocabulary value,
            global::System.Text.Json.JsonSerializerOptions options) =>
            global::RoleTaxonomy.TaxonomyJson.WriteVocabulary(writer, value);
    }
    #endif
}

/// <summary>
/// A member of a <see cref="Vocabulary"/>. Every member is a <see cref="VocabularyMember{TValue}"/> of its
/// vocabulary's enum: <see cref="TryGetValue{TValue}"/> gives that value without parsing the key.
/// </summary>
[global::System.CodeDom.Compiler.GeneratedCode("RoleTaxonomy.Generator", "1.0.0.0")]
#if ROLETAXONOMY_JSON
[global::System.Text.Json.Serialization.JsonConverter(typeof(global::RoleTaxonomy.VocabularyMember.JsonConverter))]
#endif
public abstract partial record VocabularyMember
{
    private protected VocabularyMember(
        global::RoleTaxonomy.VocabularyId vocabularyId,
        string key,
        string name,
        string? description,
        global::System.Collections.Generic.IReadOnlyDictionary<string, string> attributes,
        global::RoleTaxonomy.Stability stability,
        global::RoleTaxonomy.Deprecation? deprecation)
    {
        VocabularyId = vocabularyId;
        Key = key;
        Name = name;
        Description = description;
        Attributes = attributes;
        Stability = stability;
        Deprecation = deprecation;
    }

    /// <summary>The vocabulary the member belongs to.</summary>
    public global::RoleTaxonomy.VocabularyId VocabularyId { get; }

    /// <summary>The vocabulary the member belongs to.</summary>
    public global::RoleTaxonomy.Vocabulary Vocabulary => global::RoleTaxonomy.Vocabularies.Get(VocabularyId);

    /// <summary>The member's stable key, unique within its vocabulary.</summary>
    public string Key { get; }

    /// <summary>The member's display name.</summary>
    public string Name { get; }

    /// <summary>More about the member, when the content says.</summary>
    public string? Description { get; }

    /// <summary>Further facts about the member by name, such as <c>cwe</c>; empty when there are none.</summary>
    public global::System.Collections.Generic.IReadOnlyDictionary<string, string> Attributes { get; }

    /// <summary>How settled the member is: stable unless the content says experimental.</summary>
    public global::RoleTaxonomy.Stability Stability { get; }

    /// <summary>Why the member is deprecated and what replaces it; null while the member is current.</summary>
    public global::RoleTaxonomy.Deprecation? Deprecation { get; }

    /// <summary>The member of the same vocabulary that replaces this deprecated one, when the content names one; otherwise null.</summary>
    public global::RoleTaxonomy.VocabularyMember? Replacement
    {
        get
        {
            if (Deprecation?.ReplacedBy is { } key)
            {
                foreach (var member in Vocabulary.Members)
                {
                    if (string.Equals(member.Key, key, global::System.StringComparison.Ordinal))
                    {
                        return member;
                    }
                }
            }

            return null;
        }
    }

    /// <summary>Gives the member's value in its vocabulary's enum, when <typeparamref name="TValue"/> is that enum.</summary>
    /// <typeparam name="TValue">The enum of a vocabulary, such as the one a task pattern's reference belongs to.</typeparam>
    /// <param name="value">The member's value when the member belongs to <typeparamref name="TValue"/>; otherwise the default, which is no member.</param>
    /// <returns>True when the member is a member of <typeparamref name="TValue"/>'s vocabulary.</returns>
    public bool TryGetValue<TValue>(out TValue value)
        where TValue : struct, global::System.Enum
    {
        if (this is global::RoleTaxonomy.VocabularyMember<TValue> typed)
        {
            value = typed.Value;
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Returns the display name.</summary>
    public override string ToString() => Name;
    #if ROLETAXONOMY_JSON

    /// <summary>
    /// Writes a member as the JSON export does, with its vocabulary's key first, and reads one back as the catalog's
    /// own member for those keys.
    /// </summary>
    public sealed class JsonConverter : global::System.Text.Json.Serialization.JsonConverter<global::RoleTaxonomy.VocabularyMember>
    {
        /// <inheritdoc/>
        public override bool CanConvert(global::System.Type typeToConvert) =>
            typeof(global::RoleTaxonomy.VocabularyMember).IsAssignableFrom(typeToConvert);

        /// <inheritdoc/>
        public override global::RoleTaxonomy.VocabularyMember Read(
            ref global::System.Text.Json.Utf8JsonReader reader,
            global::System.Type typeToConvert,
            global::System.Text.Json.JsonSerializerOptions options)
        {
            var keys = global::RoleTaxonomy.TaxonomyJson.ReadKeys(ref reader, "VocabularyMember", "vocabulary");
            if (!global::RoleTaxonomy.Vocabularies.TryGet(keys.Scope, out var vocabulary))
            {
                throw global::RoleTaxonomy.TaxonomyJson.UnknownKey("VocabularyId", keys.Scope, global::RoleTaxonomy.VocabularyIdExtensions.Keys);
            }

            foreach (var member in vocabulary.Members)
            {
                if (string.Equals(member.Key, keys.Key, global::System.StringComparison.Ordinal))
                {
                    // Read as VocabularyMember<TValue>, a member of another vocabulary is no answer.
                    return typeToConvert.IsInstanceOfType(member)
                        ? member
                        : throw new global::RoleTaxonomy.TaxonomyJsonException(
                            "'" + keys.Scope + "/" + keys.Key + "' is not a member of the vocabulary of " +
                            (typeToConvert.IsGenericType ? typeToConvert.GetGenericArguments()[0].Name : typeToConvert.Name) + ".");
                }
            }

            throw global::RoleTaxonomy.TaxonomyJson.UnknownKey(
                "'" + vocabulary.Key + "' member",
                keys.Key,
                global::System.Linq.Enumerable.ToArray(global::System.Linq.Enumerable.Select(vocabulary.Members, m => m.Key)));
        }

        /// <inheritdoc/>
        public override void Write(
            global::System.Text.Json.Utf8JsonWriter writer,
            global::RoleTaxonomy.VocabularyMember value,
            global::System.Text.Json.JsonSerializerOptions options) =>
            global::RoleTaxonomy.TaxonomyJson.WriteMember(writer, value, withVocabulary: true);
    }
    #endif
}

/// <summary>A member of the vocabulary whose enum is <typeparamref name="TValue"/>.</summary>
/// <typeparam name="TValue">The vocabulary's enum.</typeparam>
[global::System.CodeDom.Compiler.GeneratedCode("RoleTaxonomy.Generator", "1.0.0.0")]
#if ROLETAXONOMY_JSON
[global::System.Text.Json.Serialization.JsonConverter(typeof(global::RoleTaxonomy.VocabularyMember.JsonConverter))]
#endif
public sealed partial record VocabularyMember<TValue> : global::RoleTaxonomy.VocabularyMember
    where TValue : struct, global::System.Enum
{
    internal VocabularyMember(
        TValue value,
        global::RoleTaxonomy.VocabularyId vocabularyId,
        string key,
        string name,
        string? description,
        global::System.Collections.Generic.IReadOnlyDictionary<string, string> attributes,
        global::RoleTaxonomy.Stability stability = global::RoleTaxonomy.Stability.Stable,
        global::RoleTaxonomy.Deprecation? deprecation = null)
        : base(vocabularyId, key, name, description, attributes, stability, deprecation)
    {
        Value = value;
    }

    /// <summary>The member's value in its vocabulary's enum.</summary>
    public TValue Value { get; }

    /// <summary>Returns the display name.</summary>
    public override string ToString() => Name;
}

/// <summary>
/// Why an item is deprecated, and what replaces it. A deprecated item stays defined and resolvable by its key;
/// its enum member and catalog property carry an <c>[Obsolete]</c> attribute with the reason.
/// </summary>
[global::System.CodeDom.Compiler.GeneratedCode("RoleTaxonomy.Generator", "1.0.0.0")]
public sealed partial record Deprecation
{
    internal Deprecation(string reason, string? replacedBy)
    {
        Reason = reason;
        ReplacedBy = replacedBy;
    }

    /// <summary>Why the item is deprecated.</summary>
    public string Reason { get; }

    /// <summary>
    /// The key of the item that replaces this one: a role for a role, a task pattern for a task pattern, a member
    /// of the same vocabulary for a member. Never itself deprecated. Null when nothing replaces the item.
    /// </summary>
    public string? ReplacedBy { get; }

    /// <summary>Returns the reason.</summary>
    public override string ToString() => Reason;
}

/// <summary>What outsiders often miss about a role.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("RoleTaxonomy.Generator", "1.0.0.0")]
public sealed partial record OutsiderView
{
    internal OutsiderView(string misconception, string reality)
    {
        Misconception = misconception;
        Reality = reality;
    }

    /// <summary>What outsiders take the job to be.</summary>
    public string Misconception { get; }

    /// <summary>What the job really is.</summary>
    public string Reality { get; }
}

/// <summary>A text for each of the four lenses through which to describe a role.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("RoleTaxonomy.Generator", "1.0.0.0")]
public sealed partial record LensTexts
{
    internal LensTexts(string decisions, string evidence, string conflict, string leverage)
    {
        Decisions = decisions;
        Evidence = evidence;
        Conflict = conflict;
        Leverage = leverage;
    }

    /// <summary>The <see cref="Lens.Decisions"/> lens: what decisions it owns.</summary>
    public string Decisions { get; }

    /// <summary>The <see cref="Lens.Evidence"/> lens: what evidence it works from.</summary>
    public string Evidence { get; }

    /// <summary>The <see cref="Lens.Conflict"/> lens: what conflict it has to manage.</summary>
    public string Conflict { get; }

    /// <summary>The <see cref="Lens.Leverage"/> lens: what kind of leverage it creates.</summary>
    public string Leverage { get; }

    /// <summary>Returns the text for <paramref name="lens"/>.</summary>
    /// <param name="lens">The lens.</param>
    /// <exception cref="global::System.ArgumentOutOfRangeException"><paramref name="lens"/> is not a defined value.</exception>
    public string Get(global::RoleTaxonomy.Lens lens) => lens switch
    {
        global::RoleTaxonomy.Lens.Decisions => Decisions,
        global::RoleTaxonomy.Lens.Evidence => Evidence,
        global::RoleTaxonomy.Lens.Conflict => Conflict,
        global::RoleTaxonomy.Lens.Leverage => Leverage,
        _ => throw new global::System.ArgumentOutOfRangeException(nameof(lens), lens, "Not a defined Lens value."),
    };
}

/// <summary>The question a taxonomy page answers, and the wrong first question it replaces.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("RoleTaxonomy.Generator", "1.0.0.0")]
public sealed partial record PageQuestion
{
    internal PageQuestion(string title, string wrongIntro, string wrong, string betterIntro, string better, string text)
    {
        Title = title;
        WrongIntro = wrongIntro;
        Wrong = wrong;
        BetterIntro = betterIntro;
        Better = better;
        Text = text;
    }

    /// <summary>The section's title.</summary>
    public string Title { get; }

    /// <summary>The sentence that introduces the wrong first question.</summary>
    public string WrongIntro { get; }

    /// <summary>The wrong first question.</summary>
    public string Wrong { get; }

    /// <summary>The sentence that introduces the better question.</summary>
    public string BetterIntro { get; }

    /// <summary>The better question.</summary>
    public string Better { get; }

    /// <summary>What the page gives in answer.</summary>
    public string Text { get; }
}

/// <summary>The headings of the cross-role comparison table.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("RoleTaxonomy.Generator", "1.0.0.0")]
public sealed partial record ComparisonHeadings
{
    internal ComparisonHeadings(string title, string roleColumn, string centerOfGravityColumn, string typicalOutputColumn, string failureModeColumn)
    {
        Title = title;
        RoleColumn = roleColumn;
        CenterOfGravityColumn = centerOfGravityColumn;
        TypicalOutputColumn = typicalOutputColumn;
        FailureModeColumn = failureModeColumn;
    }

    /// <summary>The table's title.</summary>
    public string Title { get; }

    /// <summary>The heading of the role column.</summary>
    public string RoleColumn { get; }

    /// <summary>The heading of the <see cref="Role.CenterOfGravity"/> column.</summary>
    public string CenterOfGravityColumn { get; }

    /// <summary>The heading of the <see cref="Role.TypicalOutputs"/> column.</summary>
    public string TypicalOutputColumn { get; }

    /// <summary>The heading of the <see cref="Role.FailureModes"/> column.</summary>
    public string FailureModeColumn { get; }
}

/// <summary>The page's closing advice: the lenses through which to describe every role.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("RoleTaxonomy.Generator", "1.0.0.0")]
public sealed partial record FinalAdvice
{
    internal FinalAdvice(string title, string intro, global::RoleTaxonomy.LensTexts lenses, string closing)
    {
        Title = title;
        Intro = intro;
        Lenses = lenses;
        Closing = closing;
    }

    /// <summary>The section's title.</summary>
    public string Title { get; }

    /// <summary>The advice that leads to the lenses.</summary>
    public string Intro { get; }

    /// <summary>The question each lens asks of a role.</summary>
    public global::RoleTaxonomy.LensTexts Lenses { get; }

    /// <summary>The closing sentence.</summary>
    public string Closing { get; }
}

/// <summary>The knowledge-base page the taxonomy is written from.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("RoleTaxonomy.Generator", "1.0.0.0")]
public sealed partial record TaxonomyPage
{
    internal TaxonomyPage(
        string title,
        string knowledgeBase,
        string audiencesIntro,
        global::RoleTaxonomy.VocabularyMember[] audiences,
        string readWithIntro,
        string[] readWith,
        global::RoleTaxonomy.PageQuestion question,
        string taskPatternsTitle,
        string outsidersMissTitle,
        global::RoleTaxonomy.ComparisonHeadings comparison,
        global::RoleTaxonomy.FinalAdvice finalAdvice)
    {
        Title = title;
        KnowledgeBase = knowledgeBase;
        AudiencesIntro = audiencesIntro;
        Audiences = global::System.Array.AsReadOnly(audiences);
        ReadWithIntro = readWithIntro;
        ReadWith = global::System.Array.AsReadOnly(readWith);
        Question = question;
        TaskPatternsTitle = taskPatternsTitle;
        OutsidersMissTitle = outsidersMissTitle;
        Comparison = comparison;
        FinalAdvice = finalAdvice;
    }

    /// <summary>The page's title.</summary>
    public string Title { get; }

    /// <summary>The knowledge base the page belongs to.</summary>
    public string KnowledgeBase { get; }

    /// <summary>The words that introduce <see cref="Audiences"/>.</summary>
    public string AudiencesIntro { get; }

    /// <summary>Who the page is for.</summary>
    public global::System.Collections.Generic.IReadOnlyList<global::RoleTaxonomy.VocabularyMember> Audiences { get; }

    /// <summary>The words that introduce <see cref="ReadWith"/>.</summary>
    public string ReadWithIntro { get; }

    /// <summary>The pages to read together with this one.</summary>
    public global::System.Collections.Generic.IReadOnlyList<string> ReadWith { get; }

    /// <summary>The question the page answers.</summary>
    public global::RoleTaxonomy.PageQuestion Question { get; }

    /// <summary>The roles, in the page's order.</summary>
    public global::System.Collections.Generic.IReadOnlyList<global::RoleTaxonomy.Role> Roles => global::RoleTaxonomy.Roles.All;

    /// <summary>The heading that follows a role's name above its task patterns.</summary>
    public string TaskPatternsTitle { get; }

    /// <summary>The heading above what outsiders miss about a role.</summary>
    public string OutsidersMissTitle { get; }

    /// <summary>The headings of the cross-role comparison table.</summary>
    public global::RoleTaxonomy.ComparisonHeadings Comparison { get; }

    /// <summary>The page's closing advice.</summary>
    public global::RoleTaxonomy.FinalAdvice FinalAdvice { get; }

    /// <summary>Returns the title.</summary>
    public override string ToString() => Title;
}

/// <summary>
/// Marks where a taxonomy's keys are: on a parameter or a property, that its string is a key of the identity
/// <see cref="Identity"/>; on an identity's enum member, that member's <see cref="Key"/>. The analyzers that come with
/// the taxonomy's package and with RoleTaxonomy.Generator read it to check constant keys in the code that uses it.
/// </summary>
[global::System.CodeDom.Compiler.GeneratedCode("RoleTaxonomy.Generator", "1.0.0.0")]
[global::System.AttributeUsage(
    global::System.AttributeTargets.Parameter | global::System.AttributeTargets.Property | global::System.AttributeTargets.Field,
    Inherited = false)]
public sealed class TaxonomyKeyAttribute : global::System.Attribute
{
    /// <summary>Marks a parameter or property whose string is a key of <paramref name="identity"/>.</summary>
    /// <param name="identity">The identity's enum, such as <c>RoleId</c>.</param>
    public TaxonomyKeyAttribute(global::System.Type identity)
    {
        Identity = identity;
    }

    /// <summary>Marks an identity's enum member with its key.</summary>
    /// <param name="key">The member's key, such as <c>appsec-engineer</c>.</param>
    public TaxonomyKeyAttribute(string key)
    {
        Key = key;
    }

    /// <summary>The identity whose key the marked string holds; null on an enum member.</summary>
    public global::System.Type? Identity { get; }

    /// <summary>The enum member's key; null on a parameter or a property.</summary>
    public string? Key { get; }
}

/// <summary>The messages of a key that names no item: what was given, and the key most likely meant.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("RoleTaxonomy.Generator", "1.0.0.0")]
internal static class TaxonomyKeys
{
    /// <summary>Says that <paramref name="key"/> is not a key of <paramref name="kind"/>, and which key is nearest.</summary>
    public static string NotAKey(string kind, string key, global::System.Collections.Generic.IReadOnlyList<string> keys)
    {
        var nearest = Nearest(key, keys);
        if (nearest is not null)
        {
            return "'" + key + "' is not a " + kind + " key; did you mean '" + nearest + "'?";
        }

        return keys.Count <= 12
            ? "'" + key + "' is not a " + kind + " key; the keys are '" + string.Join("', '", keys) + "'."
            : "'" + key + "' is not a " + kind + " key.";
    }

    /// <summary>
    /// The known key nearest to <paramref name="key"/>: the same key in another case or spelt as a member name
    /// (<c>AppSecEngineer</c>), or one within a few edits; null when none is near.
    /// </summary>
    public static string? Nearest(string key, global::System.Collections.Generic.IReadOnlyList<string> keys)
    {
        if (key.Length > 256)
        {
            return null;
        }

        var folded = Fold(key);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in keys)
        {
            if (string.Equals(Fold(candidate), folded, global::System.StringComparison.Ordinal))
            {
                return candidate;
            }

            var distance = Distance(key, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best is not null && bestDistance <= global::System.Math.Max(2, best.Length / 3) ? best : null;
    }

    // Lower-case letters and digits only: 'AppSecEngineer', 'appsec_engineer' and 'appsec-engineer' fold alike.
    private static string Fold(string text)
    {
        var folded = new global::System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }

        return folded.ToString();
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = global::System.Math.Min(global::System.Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            var swap = previous;
            previous = current;
            current = swap;
        }

        return previous[b.Length];
    }
}
#if ROLETAXONOMY_JSON

/// <summary>Reads and writes the taxonomy's records and identities in the JSON export's shape.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("RoleTaxonomy.Generator", "1.0.0.0")]
internal static class TaxonomyJson
{
    /// <summary>Reads an object for its <c>key</c> (and <paramref name="scopeProperty"/>, when given), skipping the rest.</summary>
    public static (string Scope, string Key) ReadKeys(
        ref global::System.Text.Json.Utf8JsonReader reader, string typeName, string? scopeProperty)
    {
        if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartObject)
        {
            throw new global::RoleTaxonomy.TaxonomyJsonException(
                "A " + typeName + " is read from an object with its \"key\", not from " + Describe(reader.TokenType) + ".");
        }

        string? key = null;
        string? scope = null;
        while (reader.Read() && reader.TokenType != global::System.Text.Json.JsonTokenType.EndObject)
        {
            var isKey = reader.ValueTextEquals("key");
            var isScope = scopeProperty is not null && reader.ValueTextEquals(scopeProperty);
            reader.Read();
            if (!isKey && !isScope)
            {
                reader.Skip();
                continue;
            }

            if (reader.TokenType != global::System.Text.Json.JsonTokenType.String)
            {
                throw new global::RoleTaxonomy.TaxonomyJsonException(
                    "The \"" + (isKey ? "key" : scopeProperty) + "\" of a " + typeName + " must be a string, not " + Describe(reader.TokenType) + ".");
            }

            if (isKey)
            {
                key = reader.GetString();
            }
            else
            {
                scope = reader.GetString();
            }
        }

        if (key is null || (scopeProperty is not null && scope is null))
        {
            throw new global::RoleTaxonomy.TaxonomyJsonException(
                "A " + typeName + " is read by its \"" + (key is null ? "key" : scopeProperty) + "\", which the object lacks: " +
                "reading gives the catalog's own item, never a copy built from the other properties.");
        }

        return (scope ?? string.Empty, key);
    }

    /// <summary>The error for a value that is not a string where a key is expected.</summary>
    public static global::System.Text.Json.JsonException NotAKeyString(
        string typeName, ref global::System.Text.Json.Utf8JsonReader reader, string exampleKey)
    {
        var found = reader.TokenType == global::System.Text.Json.JsonTokenType.Number && reader.TryGetInt64(out var number)
            ? "the number " + number.ToString(global::System.Globalization.CultureInfo.InvariantCulture)
            : Describe(reader.TokenType);
        return new global::RoleTaxonomy.TaxonomyJsonException(
            "A " + typeName + " is written as its key, such as \"" + exampleKey + "\", not as " + found + ": numbers are not the contract, keys are.");
    }

    /// <summary>Finds the catalog's item of one kind by key, as a catalog's <c>TryGet</c> does.</summary>
    public delegate bool TryGetItem<T>(string? key, out T? item)
        where T : class;

    /// <summary>
    /// Reads an item's object for its key and returns the catalog's own item for it: the one reading rule of roles,
    /// task patterns and vocabularies. An unknown key is refused with the nearest one.
    /// </summary>
    public static T ReadItem<T>(
        ref global::System.Text.Json.Utf8JsonReader reader,
        string typeName,
        string enumName,
        global::System.Collections.Generic.IReadOnlyList<string> keys,
        TryGetItem<T> tryGet)
        where T : class
    {
        var key = ReadKeys(ref reader, typeName, scopeProperty: null).Key;
        return tryGet(key, out var item) ? item! : throw UnknownKey(enumName, key, keys);
    }

    /// <summary>The error for a string that is not a key of <paramref name="kind"/>.</summary>
    public static global::System.Text.Json.JsonException UnknownKey(
        string kind, string key, global::System.Collections.Generic.IReadOnlyList<string> keys) =>
        new global::RoleTaxonomy.TaxonomyJsonException(global::RoleTaxonomy.TaxonomyKeys.NotAKey(kind, key, keys));

    /// <summary>The error for writing a value that names no item, such as <c>default</c>.</summary>
    public static global::System.Text.Json.JsonException Undefined(string typeName, int value) =>
        new global::RoleTaxonomy.TaxonomyJsonException(
            value.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + " is not a defined " + typeName + " value, so it has no key to write.");

    public static void WriteRole(global::System.Text.Json.Utf8JsonWriter writer, global::RoleTaxonomy.Role role)
    {
        writer.WriteStartObject();
        writer.WriteString("key", role.Key);
        writer.WriteString("name", role.Name);
        writer.WriteString("summary", role.Summary);
        writer.WriteString("centerOfGravity", role.CenterOfGravity);
        WriteStrings(writer, "typicalOutputs", role.TypicalOutputs);
        WriteStrings(writer, "failureModes", role.FailureModes);
        writer.WriteStartObject("outsidersMiss");
        writer.WriteString("misconception", role.OutsidersMiss.Misconception);
        writer.WriteString("reality", role.OutsidersMiss.Reality);
        writer.WriteEndObject();
        WriteLenses(writer, role.Lenses);
        writer.WriteStartArray("taskPatterns");
        foreach (var pattern in role.TaskPatterns)
        {
            WriteTaskPattern(writer, pattern);
        }

        writer.WriteEndArray();
        WriteLifecycle(writer, role.Stability, role.Deprecation);
        writer.WriteEndObject();
    }

    public static void WriteTaskPattern(global::System.Text.Json.Utf8JsonWriter writer, global::RoleTaxonomy.TaskPattern pattern)
    {
        writer.WriteStartObject();
        writer.WriteString("key", pattern.Key);
        writer.WriteString("role", global::RoleTaxonomy.RoleIdExtensions.ToKey(pattern.RoleId));
        writer.WriteString("title", pattern.Title);
        WriteStrings(writer, "paragraphs", pattern.Paragraphs);
        WriteStrings(writer, "items", pattern.Items);
        WriteReferences(writer, "references", pattern.References);
        WriteLifecycle(writer, pattern.Stability, pattern.Deprecation);
        writer.WriteEndObject();
    }

    public static void WritePage(global::System.Text.Json.Utf8JsonWriter writer, global::RoleTaxonomy.TaxonomyPage page)
    {
        writer.WriteStartObject();
        writer.WriteString("title", page.Title);
        writer.WriteString("knowledgeBase", page.KnowledgeBase);
        writer.WriteString("audiencesIntro", page.AudiencesIntro);
        WriteReferences(writer, "audiences", page.Audiences);
        writer.WriteString("readWithIntro", page.ReadWithIntro);
        WriteStrings(writer, "readWith", page.ReadWith);
        writer.WriteStartObject("question");
        writer.WriteString("title", page.Question.Title);
        writer.WriteString("wrongIntro", page.Question.WrongIntro);
        writer.WriteString("wrong", page.Question.Wrong);
        writer.WriteString("betterIntro", page.Question.BetterIntro);
        writer.WriteString("better", page.Question.Better);
        writer.WriteString("text", page.Question.Text);
        writer.WriteEndObject();
        writer.WriteString("taskPatternsTitle", page.TaskPatternsTitle);
        writer.WriteString("outsidersMissTitle", page.OutsidersMissTitle);
        writer.WriteStartObject("comparison");
        writer.WriteString("title", page.Comparison.Title);
        writer.WriteString("roleColumn", page.Comparison.RoleColumn);
        writer.WriteString("centerOfGravityColumn", page.Comparison.CenterOfGravityColumn);
        writer.WriteString("typicalOutputColumn", page.Comparison.TypicalOutputColumn);
        writer.WriteString("failureModeColumn", page.Comparison.FailureModeColumn);
        writer.WriteEndObject();
        writer.WriteStartObject("finalAdvice");
        writer.WriteString("title", page.FinalAdvice.Title);
        writer.WriteString("intro", page.FinalAdvice.Intro);
        WriteLenses(writer, page.FinalAdvice.Lenses);
        writer.WriteString("closing", page.FinalAdvice.Closing);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    public static void WriteVocabulary(global::System.Text.Json.Utf8JsonWriter writer, global::RoleTaxonomy.Vocabulary vocabulary)
    {
        writer.WriteStartObject();
        writer.WriteString("key", vocabulary.Key);
        writer.WriteString("name", vocabulary.Name);
        if (vocabulary.Description is not null)
        {
            writer.WriteString("description", vocabulary.Description);
        }

        writer.WriteStartArray("members");
        foreach (var member in vocabulary.Members)
        {
            WriteMember(writer, member, withVocabulary: false);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void WriteMember(global::System.Text.Json.Utf8JsonWriter writer, global::RoleTaxonomy.VocabularyMember member, bool withVocabulary)
    {
        writer.WriteStartObject();
        if (withVocabulary)
        {
            writer.WriteString("vocabulary", global::RoleTaxonomy.VocabularyIdExtensions.ToKey(member.VocabularyId));
        }

        writer.WriteString("key", member.Key);
        writer.WriteString("name", member.Name);
        if (member.Description is not null)
        {
            writer.WriteString("description", member.Description);
        }

        writer.WriteStartObject("attributes");
        foreach (var attribute in member.Attributes)
        {
            writer.WriteString(attribute.Key, attribute.Value);
        }

        writer.WriteEndObject();
        WriteLifecycle(writer, member.Stability, member.Deprecation);
        writer.WriteEndObject();
    }

    /// <summary>Members as the export refers to them: by their vocabulary's key and their own.</summary>
    private static void WriteReferences(
        global::System.Text.Json.Utf8JsonWriter writer,
        string name,
        global::System.Collections.Generic.IReadOnlyList<global::RoleTaxonomy.VocabularyMember> members)
    {
        writer.WriteStartArray(name);
        foreach (var member in members)
        {
            writer.WriteStartObject();
            writer.WriteString("vocabulary", global::RoleTaxonomy.VocabularyIdExtensions.ToKey(member.VocabularyId));
            writer.WriteString("member", member.Key);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteLenses(global::System.Text.Json.Utf8JsonWriter writer, global::RoleTaxonomy.LensTexts lenses)
    {
        writer.WriteStartObject("lenses");
        writer.WriteString("decisions", lenses.Decisions);
        writer.WriteString("evidence", lenses.Evidence);
        writer.WriteString("conflict", lenses.Conflict);
        writer.WriteString("leverage", lenses.Leverage);
        writer.WriteEndObject();
    }

    private static void WriteStrings(
        global::System.Text.Json.Utf8JsonWriter writer, string name, global::System.Collections.Generic.IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteLifecycle(global::System.Text.Json.Utf8JsonWriter writer, global::RoleTaxonomy.Stability stability, global::RoleTaxonomy.Deprecation? deprecation)
    {
        writer.WriteString("stability", global::RoleTaxonomy.StabilityExtensions.ToKey(stability));
        if (deprecation is not null)
        {
            writer.WriteStartObject("deprecated");
            writer.WriteString("reason", deprecation.Reason);
            if (deprecation.ReplacedBy is not null)
            {
                writer.WriteString("replacedBy", deprecation.ReplacedBy);
            }

            writer.WriteEndObject();
        }
    }

    private static string Describe(global::System.Text.Json.JsonTokenType token) => token switch
    {
        global::System.Text.Json.JsonTokenType.StartObject => "an object",
        global::System.Text.Json.JsonTokenType.StartArray => "an array",
        global::System.Text.Json.JsonTokenType.String => "a string",
        global::System.Text.Json.JsonTokenType.Number => "a number",
        global::System.Text.Json.JsonTokenType.True => "true",
        global::System.Text.Json.JsonTokenType.False => "false",
        global::System.Text.Json.JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}

/// <summary>
/// A JSON value that names no item of the taxonomy. Its message ends with the JSON path, which the serializer
/// knows only once the exception reaches it.
/// </summary>
[global::System.CodeDom.Compiler.GeneratedCode("RoleTaxonomy.Generator", "1.0.0.0")]
internal sealed class TaxonomyJsonException : global::System.Text.Json.JsonException
{
    public TaxonomyJsonException(string message)
        : base(message)
    {
    }

    /// <inheritdoc/>
    public override string Message => Path is null ? base.Message : base.Message + " Path: " + Path + ".";
}
#endif
