namespace RoleTaxonomy.Generator.Emitting;

/// <summary>
/// The record types every taxonomy shares. Their shape is the schema's, not the content's, so they are written
/// out here once; only the namespace, the accessibility and the generator's stamp vary.
/// </summary>
internal static class ModelSource
{
    public const string HintName = "Model.g.cs";

    public static string Render(string @namespace, string accessibility, string generatedCode) => Template
        .Replace("$ns$", @namespace)
        .Replace("$access$", accessibility)
        .Replace("$generated$", generatedCode);

    private const string Template = """
    /// <summary>A role of the taxonomy: what its people do all day, what they produce and how the role goes wrong.</summary>
    $generated$
    $access$ sealed partial record Role
    {
        internal Role(
            global::$ns$.RoleId id,
            string key,
            string name,
            string summary,
            string centerOfGravity,
            global::System.Collections.Generic.IReadOnlyList<string> typicalOutputs,
            global::System.Collections.Generic.IReadOnlyList<string> failureModes,
            global::$ns$.OutsiderView outsidersMiss,
            global::$ns$.LensTexts lenses,
            global::System.Collections.Generic.IReadOnlyList<global::$ns$.TaskPattern> taskPatterns,
            global::$ns$.Stability stability = global::$ns$.Stability.Stable,
            global::$ns$.Deprecation? deprecation = null)
        {
            Id = id;
            Key = key;
            Name = name;
            Summary = summary;
            CenterOfGravity = centerOfGravity;
            TypicalOutputs = typicalOutputs;
            FailureModes = failureModes;
            OutsidersMiss = outsidersMiss;
            Lenses = lenses;
            TaskPatterns = taskPatterns;
            Stability = stability;
            Deprecation = deprecation;
        }

        /// <summary>The role's identity in code.</summary>
        public global::$ns$.RoleId Id { get; }

        /// <summary>The role's stable key, for storage and the wire, such as <c>appsec-engineer</c>.</summary>
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
        public global::$ns$.OutsiderView OutsidersMiss { get; }

        /// <summary>The role seen through the four lenses: decisions, evidence, conflict and leverage.</summary>
        public global::$ns$.LensTexts Lenses { get; }

        /// <summary>The role's common daily task patterns, in order.</summary>
        public global::System.Collections.Generic.IReadOnlyList<global::$ns$.TaskPattern> TaskPatterns { get; }

        /// <summary>How settled the role is: stable unless the content says experimental.</summary>
        public global::$ns$.Stability Stability { get; }

        /// <summary>Why the role is deprecated and what replaces it; null while the role is current.</summary>
        public global::$ns$.Deprecation? Deprecation { get; }

        /// <summary>The role that replaces this deprecated one, when the content names one; otherwise null.</summary>
        public global::$ns$.Role? Replacement =>
            Deprecation?.ReplacedBy is { } key && global::$ns$.Roles.TryGet(key, out var replacement) ? replacement : null;

        /// <summary>Returns the role's display name.</summary>
        public override string ToString() => Name;
    }

    /// <summary>A common daily task pattern of one role.</summary>
    $generated$
    $access$ sealed partial record TaskPattern
    {
        internal TaskPattern(
            global::$ns$.TaskPatternId id,
            string key,
            global::$ns$.RoleId roleId,
            string title,
            global::System.Collections.Generic.IReadOnlyList<string> paragraphs,
            global::System.Collections.Generic.IReadOnlyList<string> items,
            global::System.Collections.Generic.IReadOnlyList<global::$ns$.VocabularyMember> references,
            global::$ns$.Stability stability = global::$ns$.Stability.Stable,
            global::$ns$.Deprecation? deprecation = null)
        {
            Id = id;
            Key = key;
            RoleId = roleId;
            Title = title;
            Paragraphs = paragraphs;
            Text = string.Join("\n\n", paragraphs);
            Items = items;
            References = references;
            Stability = stability;
            Deprecation = deprecation;
        }

        /// <summary>The task pattern's identity in code.</summary>
        public global::$ns$.TaskPatternId Id { get; }

        /// <summary>The task pattern's stable key, for storage and the wire.</summary>
        public string Key { get; }

        /// <summary>The role the task pattern belongs to.</summary>
        public global::$ns$.RoleId RoleId { get; }

        /// <summary>The role the task pattern belongs to.</summary>
        public global::$ns$.Role Role => global::$ns$.Roles.Get(RoleId);

        /// <summary>The task pattern's title.</summary>
        public string Title { get; }

        /// <summary>The full text: every paragraph, separated by a blank line.</summary>
        public string Text { get; }

        /// <summary>The paragraphs of <see cref="Text"/>, in order.</summary>
        public global::System.Collections.Generic.IReadOnlyList<string> Paragraphs { get; }

        /// <summary>The bulleted items, which follow the first paragraph; empty when the pattern has none.</summary>
        public global::System.Collections.Generic.IReadOnlyList<string> Items { get; }

        /// <summary>The vocabulary members the task pattern involves, such as triage outcomes or weakness classes.</summary>
        public global::System.Collections.Generic.IReadOnlyList<global::$ns$.VocabularyMember> References { get; }

        /// <summary>How settled the task pattern is: stable unless the content says experimental.</summary>
        public global::$ns$.Stability Stability { get; }

        /// <summary>Why the task pattern is deprecated and what replaces it; null while the pattern is current.</summary>
        public global::$ns$.Deprecation? Deprecation { get; }

        /// <summary>The task pattern that replaces this deprecated one, when the content names one; otherwise null.</summary>
        public global::$ns$.TaskPattern? Replacement =>
            Deprecation?.ReplacedBy is { } key && global::$ns$.TaskPatterns.TryGet(key, out var replacement) ? replacement : null;

        /// <summary>Returns true when the task pattern involves a member of <paramref name="vocabulary"/>.</summary>
        /// <param name="vocabulary">The vocabulary to look for.</param>
        public bool Involves(global::$ns$.VocabularyId vocabulary)
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
    }

    /// <summary>A closed list the taxonomy names, such as triage outcomes or weakness classes.</summary>
    $generated$
    $access$ sealed partial record Vocabulary
    {
        internal Vocabulary(
            global::$ns$.VocabularyId id,
            string key,
            string name,
            string? description,
            global::System.Collections.Generic.IReadOnlyList<global::$ns$.VocabularyMember> members)
        {
            Id = id;
            Key = key;
            Name = name;
            Description = description;
            Members = members;
        }

        /// <summary>The vocabulary's identity in code.</summary>
        public global::$ns$.VocabularyId Id { get; }

        /// <summary>The vocabulary's stable key, such as <c>weakness-classes</c>.</summary>
        public string Key { get; }

        /// <summary>The vocabulary's display name.</summary>
        public string Name { get; }

        /// <summary>Where the content names the list, when it says.</summary>
        public string? Description { get; }

        /// <summary>The members, in order; a member's index is its <see cref="VocabularyMember.Ordinal"/>.</summary>
        public global::System.Collections.Generic.IReadOnlyList<global::$ns$.VocabularyMember> Members { get; }

        /// <summary>Returns the display name.</summary>
        public override string ToString() => Name;
    }

    /// <summary>A member of a <see cref="Vocabulary"/>.</summary>
    $generated$
    $access$ sealed partial record VocabularyMember
    {
        internal VocabularyMember(
            global::$ns$.VocabularyId vocabularyId,
            int ordinal,
            string key,
            string name,
            string? description,
            global::System.Collections.Generic.IReadOnlyDictionary<string, string> attributes,
            global::$ns$.Stability stability = global::$ns$.Stability.Stable,
            global::$ns$.Deprecation? deprecation = null)
        {
            VocabularyId = vocabularyId;
            Ordinal = ordinal;
            Key = key;
            Name = name;
            Description = description;
            Attributes = attributes;
            Stability = stability;
            Deprecation = deprecation;
        }

        /// <summary>The vocabulary the member belongs to.</summary>
        public global::$ns$.VocabularyId VocabularyId { get; }

        /// <summary>The vocabulary the member belongs to.</summary>
        public global::$ns$.Vocabulary Vocabulary => global::$ns$.Vocabularies.Get(VocabularyId);

        /// <summary>The member's position in its vocabulary: the numeric value of its enum member.</summary>
        public int Ordinal { get; }

        /// <summary>The member's stable key, unique within its vocabulary.</summary>
        public string Key { get; }

        /// <summary>The member's display name.</summary>
        public string Name { get; }

        /// <summary>More about the member, when the content says.</summary>
        public string? Description { get; }

        /// <summary>Further facts about the member by name, such as <c>cwe</c>; empty when there are none.</summary>
        public global::System.Collections.Generic.IReadOnlyDictionary<string, string> Attributes { get; }

        /// <summary>How settled the member is: stable unless the content says experimental.</summary>
        public global::$ns$.Stability Stability { get; }

        /// <summary>Why the member is deprecated and what replaces it; null while the member is current.</summary>
        public global::$ns$.Deprecation? Deprecation { get; }

        /// <summary>The member of the same vocabulary that replaces this deprecated one, when the content names one; otherwise null.</summary>
        public global::$ns$.VocabularyMember? Replacement
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

        /// <summary>Returns the display name.</summary>
        public override string ToString() => Name;
    }

    /// <summary>
    /// Why an item is deprecated, and what replaces it. A deprecated item stays defined and resolvable by its key;
    /// its enum member and catalog property carry an <c>[Obsolete]</c> attribute with the reason.
    /// </summary>
    $generated$
    $access$ sealed partial record Deprecation
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
    $generated$
    $access$ sealed partial record OutsiderView
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
    $generated$
    $access$ sealed partial record LensTexts
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
        public string Get(global::$ns$.Lens lens) => lens switch
        {
            global::$ns$.Lens.Decisions => Decisions,
            global::$ns$.Lens.Evidence => Evidence,
            global::$ns$.Lens.Conflict => Conflict,
            global::$ns$.Lens.Leverage => Leverage,
            _ => throw new global::System.ArgumentOutOfRangeException(nameof(lens), lens, "Not a defined Lens value."),
        };
    }

    /// <summary>The question a taxonomy page answers, and the wrong first question it replaces.</summary>
    $generated$
    $access$ sealed partial record PageQuestion
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
    $generated$
    $access$ sealed partial record ComparisonHeadings
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
    $generated$
    $access$ sealed partial record FinalAdvice
    {
        internal FinalAdvice(string title, string intro, global::$ns$.LensTexts lenses, string closing)
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
        public global::$ns$.LensTexts Lenses { get; }

        /// <summary>The closing sentence.</summary>
        public string Closing { get; }
    }

    /// <summary>The knowledge-base page the taxonomy is written from.</summary>
    $generated$
    $access$ sealed partial record TaxonomyPage
    {
        internal TaxonomyPage(
            string title,
            string knowledgeBase,
            string audiencesIntro,
            global::System.Collections.Generic.IReadOnlyList<global::$ns$.VocabularyMember> audiences,
            string readWithIntro,
            global::System.Collections.Generic.IReadOnlyList<string> readWith,
            global::$ns$.PageQuestion question,
            string taskPatternsTitle,
            string outsidersMissTitle,
            global::$ns$.ComparisonHeadings comparison,
            global::$ns$.FinalAdvice finalAdvice)
        {
            Title = title;
            KnowledgeBase = knowledgeBase;
            AudiencesIntro = audiencesIntro;
            Audiences = audiences;
            ReadWithIntro = readWithIntro;
            ReadWith = readWith;
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
        public global::System.Collections.Generic.IReadOnlyList<global::$ns$.VocabularyMember> Audiences { get; }

        /// <summary>The words that introduce <see cref="ReadWith"/>.</summary>
        public string ReadWithIntro { get; }

        /// <summary>The pages to read together with this one.</summary>
        public global::System.Collections.Generic.IReadOnlyList<string> ReadWith { get; }

        /// <summary>The question the page answers.</summary>
        public global::$ns$.PageQuestion Question { get; }

        /// <summary>The roles, in the page's order.</summary>
        public global::System.Collections.Generic.IReadOnlyList<global::$ns$.Role> Roles => global::$ns$.Roles.All;

        /// <summary>The heading that follows a role's name above its task patterns.</summary>
        public string TaskPatternsTitle { get; }

        /// <summary>The heading above what outsiders miss about a role.</summary>
        public string OutsidersMissTitle { get; }

        /// <summary>The headings of the cross-role comparison table.</summary>
        public global::$ns$.ComparisonHeadings Comparison { get; }

        /// <summary>The page's closing advice.</summary>
        public global::$ns$.FinalAdvice FinalAdvice { get; }

        /// <summary>Returns the title.</summary>
        public override string ToString() => Title;
    }
    """;
}
