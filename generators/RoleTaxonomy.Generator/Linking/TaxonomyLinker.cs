using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using RoleTaxonomy.Generator.Binding;
using RoleTaxonomy.Generator.Diagnostics;
using RoleTaxonomy.Generator.Emitting;
using RoleTaxonomy.Generator.Model;

namespace RoleTaxonomy.Generator.Linking;

/// <summary>
/// The cross-file stage: duplicates across files, references between items, C# name collisions, and the
/// final order of everything. Produces the model to emit only when no file and no rule reports an error.
/// </summary>
internal sealed class TaxonomyLinker
{
    /// <summary>Type names the generator always emits; content cannot take them.</summary>
    internal static readonly ImmutableArray<string> FixedTypeNames = ImmutableArray.Create(
        "Role", "RoleId", "RoleIdExtensions", "Roles", "TaskPattern", "TaskPatternId", "TaskPatternIdExtensions", "TaskPatterns",
        "Vocabulary", "VocabularyId", "VocabularyIdExtensions", "Vocabularies", "VocabularyMember", "Lens", "LensExtensions",
        "LensTexts", "OutsiderView", "TaxonomyPage", "PageQuestion", "ComparisonHeadings", "FinalAdvice", "Taxonomy",
        "Stability", "StabilityExtensions", "Deprecation", "TaxonomyKeys", "TaxonomyJson", "TaxonomyJsonException");

    /// <summary>Member names every catalog class has, or inherits from <see cref="object"/>.</summary>
    private static readonly string[] CatalogMemberNames =
    {
        "All", "Get", "TryGet", "Vocabulary", "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone",
        "s_all", "s_byNumber", "s_noAttributes",
    };

    /// <summary>
    /// A suggestion compares the unknown key with every known one: content with thousands of unknown references
    /// to thousands of keys would cost billions of comparisons, so only the first ones get a suggestion.
    /// </summary>
    private const int MaxSuggestions = 100;

    private readonly List<DiagnosticInfo> _diagnostics = new();
    private int _suggestionsLeft = MaxSuggestions;

    private readonly Dictionary<KeySpec, string> _names = new(ReferenceEqualityComparer<KeySpec>.Instance);

    /// <summary>
    /// Compares by reference: two items with equal content in two files are still two items. Also cheap: the records'
    /// own equality compares every field, and sets of thousands of roles ask it often.
    /// </summary>
    private sealed class ReferenceEqualityComparer<T> : IEqualityComparer<T>
        where T : class
    {
        public static readonly ReferenceEqualityComparer<T> Instance = new();

        public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

        public int GetHashCode(T obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }

    /// <summary>A vocabulary with its members by key (the first of a repeated key, as <see cref="Unique"/> keeps), for lookups in constant time.</summary>
    private sealed class VocabularyIndex
    {
        public VocabularyIndex(VocabularySpec spec)
        {
            Spec = spec;
            foreach (var member in spec.Members)
            {
                if (!MembersByKey.ContainsKey(member.Key.Key.Value))
                {
                    MembersByKey.Add(member.Key.Key.Value, member);
                }
            }
        }

        public VocabularySpec Spec { get; }

        public Dictionary<string, MemberSpec> MembersByKey { get; } = new(StringComparer.Ordinal);
    }

    private TaxonomyLinker()
    {
    }

    public static LinkResult Link(ImmutableArray<ContentFile> files, GeneratorOptions options)
    {
        var linker = new TaxonomyLinker();
        var model = linker.LinkFiles(files.OrderBy(f => f.Path, StringComparer.Ordinal).ToImmutableArray(), options);
        var diagnostics = files.SelectMany(f => f.Diagnostics).Concat(linker._diagnostics)
            .OrderBy(d => d.Location?.FilePath ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(d => d.Location?.Start ?? 0)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToEquatableArray();
        var hasErrors = diagnostics.Any(d => d.IsError);
        return new LinkResult(hasErrors ? null : model, diagnostics);
    }

    private TaxonomyModel LinkFiles(ImmutableArray<ContentFile> files, GeneratorOptions options)
    {
        var page = SinglePage(files);
        var vocabularies = Unique(files.SelectMany(f => f.Vocabularies), v => v.Key, "vocabulary");
        var roles = Unique(files.SelectMany(f => f.Roles), r => r.Key, "role");
        var uniquePatternList = Unique(roles.SelectMany(r => r.TaskPatterns), t => t.Key, "task pattern");
        var uniquePatterns = new HashSet<TaskPatternSpec>(uniquePatternList, ReferenceEqualityComparer<TaskPatternSpec>.Instance);
        var patternsByKey = Scope(uniquePatternList, t => t.Key, t => t.Lifecycle);
        var rolesByKey = Scope(roles, r => r.Key, r => r.Lifecycle);

        var firstItem = page?.Location ?? roles.Select(r => r.Location).FirstOrDefault() ?? vocabularies.Select(v => v.Key.Key.Location).FirstOrDefault();
        var numbering = Numbering.Create(files, firstItem, Report);

        var vocabularyModels = vocabularies
            .OrderBy(v => v.Key.Key.Value, StringComparer.Ordinal)
            .Select(v => LinkVocabulary(v, numbering))
            .ToList();
        var vocabulariesByKey = vocabularies.ToDictionary(v => v.Key.Key.Value, v => new VocabularyIndex(v), StringComparer.Ordinal);

        CheckTypeNames(vocabularies);
        CheckNames(vocabularies.Select(v => (v.Key, "the vocabulary")), "Vocabularies");

        var orderedRoles = OrderRoles(roles, page);
        CheckNames(orderedRoles.Select(r => (r.Key, "the role")), "Roles");
        CheckNames(orderedRoles.SelectMany(r => r.TaskPatterns).Where(uniquePatterns.Contains).Select(t => (t.Key, "the task pattern")), "TaskPatterns");

        var taskPatterns = orderedRoles
            .SelectMany(role => role.TaskPatterns.Where(uniquePatterns.Contains)
                .Select(pattern => LinkTaskPattern(role, pattern, vocabulariesByKey, patternsByKey, numbering)))
            .ToEquatableArray();

        var roleModels = orderedRoles.Select(role => new RoleModel(
            numbering.Roles.NumberOf(role.Key),
            NameOf(role.Key),
            role.Key.Key.Value,
            role.Name,
            role.Summary,
            role.CenterOfGravity,
            role.TypicalOutputs,
            role.FailureModes,
            role.Misconception,
            role.Reality,
            role.Lenses,
            role.TaskPatterns.Select(t => NameOf(t.Key)).ToEquatableArray(),
            Lifecycle(role.Lifecycle, role.Key, "role", rolesByKey))).ToEquatableArray();

        return new TaxonomyModel(
            options,
            roleModels,
            taskPatterns,
            vocabularyModels.ToEquatableArray(),
            page is null ? null : LinkPage(page, vocabulariesByKey),
            numbering.All());
    }

    private PageSpec? SinglePage(ImmutableArray<ContentFile> files)
    {
        var pages = files.SelectMany(f => f.Pages).ToList();
        foreach (var extra in pages.Skip(1))
        {
            Report(DiagnosticDescriptors.DuplicatePage, extra.Location, Where(pages[0].Location));
        }

        return pages.FirstOrDefault();
    }

    /// <summary>Keeps the first item of each key (in file order) and reports the others.</summary>
    private List<T> Unique<T>(IEnumerable<T> items, Func<T, KeySpec> keyOf, string kind)
    {
        var first = new Dictionary<string, KeySpec>(StringComparer.Ordinal);
        var unique = new List<T>();
        foreach (var item in items)
        {
            var key = keyOf(item);
            if (key.Key.Value.Length == 0)
            {
                continue;
            }

            if (first.TryGetValue(key.Key.Value, out var existing))
            {
                Report(DiagnosticDescriptors.DuplicateKey, key.Key.Location, kind, key.Key.Value, Where(existing.Key.Location));
                continue;
            }

            first.Add(key.Key.Value, key);
            unique.Add(item);
        }

        return unique;
    }

    private VocabularyModel LinkVocabulary(VocabularySpec vocabulary, Numbering numbering)
    {
        var memberNumbers = numbering.Members(vocabulary.Key.Key.Value);
        var members = Unique(vocabulary.Members, m => m.Key, "vocabulary member");
        CheckNames(members.Select(m => (m.Key, "the member")), NameOf(vocabulary.Key));
        var membersByKey = Scope(members, m => m.Key, m => m.Lifecycle);
        var memberKind = $"member of '{vocabulary.Key.Key.Value}'";
        return new VocabularyModel(
            numbering.Vocabularies.NumberOf(vocabulary.Key),
            NameOf(vocabulary.Key),
            vocabulary.Key.Key.Value,
            vocabulary.TypeName.Value,
            vocabulary.Name,
            vocabulary.Description,
            members.Select(m => new MemberModel(
                memberNumbers.NumberOf(m.Key),
                NameOf(m.Key), m.Key.Key.Value, m.Name, m.Description, m.Attributes, Lifecycle(m.Lifecycle, m.Key, memberKind, membersByKey))).ToEquatableArray());
    }

    private TaskPatternModel LinkTaskPattern(
        RoleSpec role,
        TaskPatternSpec pattern,
        Dictionary<string, VocabularyIndex> vocabularies,
        Dictionary<string, Replaceable> patterns,
        Numbering numbering) => new(
        numbering.TaskPatterns.NumberOf(pattern.Key),
        NameOf(pattern.Key),
        pattern.Key.Key.Value,
        NameOf(role.Key),
        pattern.Title,
        pattern.Text,
        pattern.Items,
        pattern.References.SelectMany(reference => Resolve(reference, vocabularies)).ToEquatableArray(),
        Lifecycle(pattern.Lifecycle, pattern.Key, "task pattern", patterns));

    /// <summary>An item a deprecation can name as its replacement.</summary>
    private sealed record Replaceable(KeySpec Key, LifecycleSpec Lifecycle);

    /// <summary>Never added to: the scope of items none of which is deprecated, since only a deprecation looks a replacement up.</summary>
    private static readonly Dictionary<string, Replaceable> NoReplacements = new(StringComparer.Ordinal);

    /// <summary>The items of one kind and scope by key (keys already made unique), for resolving replacements.</summary>
    private static Dictionary<string, Replaceable> Scope<T>(IReadOnlyCollection<T> items, Func<T, KeySpec> keyOf, Func<T, LifecycleSpec> lifecycleOf)
    {
        // Most content deprecates nothing: then no lookup happens, and a relink after every edit builds no index.
        if (!items.Any(item => lifecycleOf(item).Deprecation is not null))
        {
            return NoReplacements;
        }

        var scope = new Dictionary<string, Replaceable>(items.Count, StringComparer.Ordinal);
        foreach (var item in items)
        {
            scope[keyOf(item).Key.Value] = new Replaceable(keyOf(item), lifecycleOf(item));
        }

        return scope;
    }

    /// <summary>
    /// Resolves what replaces a deprecated item among the items of its own kind and scope. The replacement must
    /// exist and must not be deprecated itself, so that following it once always lands on a current item.
    /// </summary>
    private LifecycleModel Lifecycle(LifecycleSpec lifecycle, KeySpec owner, string kind, Dictionary<string, Replaceable> scope)
    {
        if (lifecycle.Deprecation is not { } deprecation)
        {
            return lifecycle.Stability == StabilityLevel.Stable ? LifecycleModel.Current : new LifecycleModel(lifecycle.Stability, null);
        }

        string? replacementKey = null;
        string? replacementName = null;
        if (deprecation.ReplacedBy is { } replacedBy && ContentBinder.IsValidKey(replacedBy.Value))
        {
            if (!scope.TryGetValue(replacedBy.Value, out var replacement))
            {
                Report(DiagnosticDescriptors.UnknownReference, replacedBy.Location, kind, replacedBy.Value, Hint(replacedBy.Value, scope.Keys));
            }
            else if (replacement.Lifecycle.Deprecation is not null)
            {
                Report(DiagnosticDescriptors.DeprecatedReplacement, replacedBy.Location, kind, owner.Key.Value, replacedBy.Value);
            }
            else
            {
                replacementKey = replacedBy.Value;
                replacementName = NameOf(replacement.Key);
            }
        }

        return new LifecycleModel(lifecycle.Stability, new DeprecationModel(deprecation.Reason.Value, replacementKey, replacementName));
    }

    private PageModel LinkPage(PageSpec page, Dictionary<string, VocabularyIndex> vocabularies) => new(
        page.Title,
        page.KnowledgeBase,
        page.AudiencesIntro,
        Resolve(page.Audiences, vocabularies).ToEquatableArray(),
        page.ReadWithIntro,
        page.ReadWith,
        page.Question,
        page.TaskPatternsTitle,
        page.OutsidersMissTitle,
        page.Comparison,
        page.FinalAdvice);

    private IEnumerable<MemberReference> Resolve(ReferenceSpec reference, Dictionary<string, VocabularyIndex> vocabularies)
    {
        if (reference.Vocabulary.Value.Length == 0)
        {
            yield break;
        }

        if (!vocabularies.TryGetValue(reference.Vocabulary.Value, out var vocabulary))
        {
            Report(DiagnosticDescriptors.UnknownReference, reference.Vocabulary.Location, "vocabulary", reference.Vocabulary.Value,
                Hint(reference.Vocabulary.Value, vocabularies.Keys));
            yield break;
        }

        foreach (var member in reference.Members)
        {
            if (!vocabulary.MembersByKey.TryGetValue(member.Value, out var target))
            {
                Report(DiagnosticDescriptors.UnknownReference, member.Location, $"member of '{vocabulary.Spec.Key.Key.Value}'", member.Value,
                    Hint(member.Value, vocabulary.MembersByKey.Keys));
                continue;
            }

            yield return new MemberReference(NameOf(vocabulary.Spec.Key), NameOf(target.Key));
        }
    }

    private List<RoleSpec> OrderRoles(List<RoleSpec> roles, PageSpec? page)
    {
        var byKey = roles.ToDictionary(r => r.Key.Key.Value, StringComparer.Ordinal);
        if (page is null)
        {
            return roles.OrderBy(r => r.Key.Key.Value, StringComparer.Ordinal).ToList();
        }

        var ordered = new List<RoleSpec>();
        var placed = new HashSet<RoleSpec>(ReferenceEqualityComparer<RoleSpec>.Instance);
        foreach (var key in page.Roles)
        {
            if (byKey.TryGetValue(key.Value, out var role))
            {
                if (placed.Add(role))
                {
                    ordered.Add(role);
                }
            }
            else
            {
                Report(DiagnosticDescriptors.UnknownReference, key.Location, "role", key.Value, Hint(key.Value, byKey.Keys));
            }
        }

        foreach (var role in roles.Where(r => !placed.Contains(r)).OrderBy(r => r.Key.Key.Value, StringComparer.Ordinal))
        {
            Report(DiagnosticDescriptors.PageRoleOrder, role.Key.Key.Location,
                $"The role '{role.Key.Key.Value}' is not listed in the page's 'roles' at {Where(page.RolesLocation)}: add it where it belongs in the page's order");
            ordered.Add(role);
        }

        return ordered;
    }

    /// <summary>Two items of one scope (enum members and catalog properties) must not share a C# name.</summary>
    private void CheckNames(IEnumerable<(KeySpec Key, string Kind)> items, string catalogName)
    {
        var taken = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var reserved in CatalogMemberNames.Append(catalogName))
        {
            taken[reserved] = $"the generated class '{catalogName}'";
        }

        foreach (var (key, kind) in items)
        {
            if (key.Key.Value.Length == 0)
            {
                continue;
            }

            var name = NameOf(key);
            if (taken.TryGetValue(name, out var owner))
            {
                Report(DiagnosticDescriptors.IdentifierCollision, key.Identifier?.Location ?? key.Key.Location, key.Key.Value, name, owner);
                continue;
            }

            taken.Add(name, $"{kind} '{key.Key.Value}'");
        }
    }

    /// <summary>Each vocabulary adds three types: its enum, the enum's extensions and its catalog class.</summary>
    private void CheckTypeNames(List<VocabularySpec> vocabularies)
    {
        var taken = FixedTypeNames.ToDictionary(n => n, _ => "the generated API", StringComparer.Ordinal);
        foreach (var vocabulary in vocabularies.OrderBy(v => v.Key.Key.Value, StringComparer.Ordinal))
        {
            var owner = $"the vocabulary '{vocabulary.Key.Key.Value}'";
            var typeName = vocabulary.TypeName;
            if (typeName.Value.Length == 0 || !Identifier.IsValid(typeName.Value))
            {
                continue;
            }

            foreach (var (name, location) in new[]
            {
                (typeName.Value, typeName.Location),
                (typeName.Value + "Extensions", typeName.Location),
                (NameOf(vocabulary.Key), vocabulary.Key.Identifier?.Location ?? vocabulary.Key.Key.Location),
            })
            {
                if (taken.TryGetValue(name, out var existing))
                {
                    // One report per vocabulary: its other names clash for the same reason.
                    Report(DiagnosticDescriptors.IdentifierCollision, location, vocabulary.Key.Key.Value, name, existing);
                    break;
                }

                taken.Add(name, owner);
            }
        }
    }

    /// <summary>The C# name of a keyed item; made once per item, since the checks, links and references all ask for it.</summary>
    private string NameOf(KeySpec key)
    {
        if (key.Identifier is { } identifier)
        {
            return identifier.Value;
        }

        if (!_names.TryGetValue(key, out var name))
        {
            name = Identifier.FromKey(key.Key.Value);
            _names.Add(key, name);
        }

        return name;
    }

    private string Hint(string key, IEnumerable<string> known) =>
        _suggestionsLeft-- > 0 && Suggestions.Nearest(key, known) is { } nearest ? $"; did you mean '{nearest}'?" : string.Empty;

    private static string Where(LocationInfo location) => Numbering.Where(location);

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments) =>
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));
}
