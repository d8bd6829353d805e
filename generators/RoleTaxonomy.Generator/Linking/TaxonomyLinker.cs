using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using RoleTaxonomy.Generator.Diagnostics;
using RoleTaxonomy.Generator.Model;
using RoleTaxonomy.Generator.Naming;

namespace RoleTaxonomy.Generator.Linking;

/// <summary>
/// The cross-file stage, as an orchestrator of its rules: one item per key (<see cref="Duplicates"/>), numbers that
/// never move (<see cref="Numbering"/>), C# names that never collide (<see cref="CSharpNames"/>), references that
/// resolve (<see cref="References"/>) and replacements that are current (<see cref="Lifecycles"/>). Produces the model
/// to emit only when no file and no rule reports an error.
/// </summary>
internal static class TaxonomyLinker
{
    public static LinkResult Link(ImmutableArray<ContentFile> files, GeneratorOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var model = LinkFiles(files.OrderBy(f => f.Path, StringComparer.Ordinal).ToImmutableArray(), options, diagnostics);
        // Causes before consequences: what one file gets wrong on its own comes before what the files get wrong
        // together, which it may have caused; each part in order of file and place.
        var all = InOrder(files.SelectMany(f => f.Diagnostics))
            .Concat(InOrder(WithoutConsequencesOfUnreadFiles(diagnostics.Items, files)))
            .ToEquatableArray();
        var hasErrors = all.Any(d => d.IsError);
        return new LinkResult(hasErrors ? null : model, all);
    }

    private static IEnumerable<DiagnosticInfo> InOrder(IEnumerable<DiagnosticInfo> diagnostics) => diagnostics
        .OrderBy(d => d.Location?.FilePath ?? string.Empty, StringComparer.Ordinal)
        .ThenBy(d => d.Location?.Start ?? 0)
        .ThenBy(d => d.Id, StringComparer.Ordinal);

    /// <summary>
    /// One cause, one error: a file that could not be read has its error, so a reference to a key it would have defined
    /// is not reported missing too.
    /// </summary>
    private static IEnumerable<DiagnosticInfo> WithoutConsequencesOfUnreadFiles(IEnumerable<DiagnosticInfo> diagnostics, ImmutableArray<ContentFile> files)
    {
        var unread = new HashSet<string>(files.SelectMany(f => f.UnreadKeys), StringComparer.Ordinal);
        return unread.Count == 0
            ? diagnostics
            : diagnostics.Where(d => !(d.Id == DiagnosticDescriptors.UnknownReference.Id && unread.Contains(d.Arguments[1])));
    }

    private static TaxonomyModel LinkFiles(ImmutableArray<ContentFile> files, GeneratorOptions options, DiagnosticBag diagnostics)
    {
        var names = new CSharpNames(diagnostics);
        var lifecycles = new Lifecycles(names, diagnostics);

        var page = Duplicates.SinglePage(files, diagnostics);
        var vocabularies = Duplicates.Unique(files.SelectMany(f => f.Vocabularies), v => v.Key, "vocabulary", diagnostics);
        var roles = Duplicates.Unique(files.SelectMany(f => f.Roles), r => r.Key, "role", diagnostics);
        var uniquePatternList = Duplicates.Unique(roles.SelectMany(r => r.TaskPatterns), t => t.Key, "task pattern", diagnostics);
        var uniquePatterns = new HashSet<TaskPatternSpec>(uniquePatternList, ReferenceEqualityComparer<TaskPatternSpec>.Instance);
        var patternScope = Lifecycles.ScopeOf(uniquePatternList, t => t.Key, t => t.Lifecycle, "task pattern");
        var roleScope = Lifecycles.ScopeOf(roles, r => r.Key, r => r.Lifecycle, "role");

        var firstItem = page?.Location ?? roles.Select(r => r.Location).FirstOrDefault() ?? vocabularies.Select(v => v.Key.Key.Location).FirstOrDefault();
        var numbering = Numbering.Create(files, firstItem, diagnostics);

        var vocabularyModels = vocabularies
            .OrderBy(v => v.Key.Key.Value, StringComparer.Ordinal)
            .Select(v => LinkVocabulary(v, numbering, names, lifecycles, diagnostics))
            .ToEquatableArray();
        var references = new References(vocabularies, names, diagnostics);

        names.CheckTypes(vocabularies);
        names.CheckCatalog(vocabularies.Select(v => (v.Key, "the vocabulary")), GeneratedNames.Vocabularies);

        var orderedRoles = references.OrderRoles(roles, page);
        names.CheckCatalog(orderedRoles.Select(r => (r.Key, "the role")), GeneratedNames.Roles);
        names.CheckCatalog(
            orderedRoles.SelectMany(r => r.TaskPatterns).Where(uniquePatterns.Contains).Select(t => (t.Key, "the task pattern")),
            GeneratedNames.TaskPatterns);

        var roleModels = orderedRoles.Select(role => new RoleModel(
            Number: numbering.Roles.NumberOf(role.Key),
            Identifier: names.Of(role.Key),
            Key: role.Key.Key.Value,
            Text: role.Text,
            TaskPatterns: role.TaskPatterns.Where(uniquePatterns.Contains)
                .Select(pattern => new TaskPatternModel(
                    Number: numbering.TaskPatterns.NumberOf(pattern.Key),
                    Identifier: names.Of(pattern.Key),
                    Key: pattern.Key.Key.Value,
                    RoleIdentifier: names.Of(role.Key),
                    RoleKey: role.Key.Key.Value,
                    Text: pattern.Text,
                    References: pattern.References.SelectMany(references.Resolve).ToEquatableArray(),
                    Lifecycle: lifecycles.Resolve(pattern.Lifecycle, pattern.Key, patternScope)))
                .ToEquatableArray(),
            Lifecycle: lifecycles.Resolve(role.Lifecycle, role.Key, roleScope))).ToEquatableArray();

        return new TaxonomyModel(
            options,
            roleModels,
            vocabularyModels,
            page is null ? null : new PageModel(page.Text, references.Resolve(page.Audiences).ToEquatableArray()),
            numbering.All());
    }

    private static VocabularyModel LinkVocabulary(
        VocabularySpec vocabulary, Numbering numbering, CSharpNames names, Lifecycles lifecycles, DiagnosticBag diagnostics)
    {
        var memberNumbers = numbering.Members(vocabulary.Key.Key.Value);
        var members = Duplicates.Unique(vocabulary.Members, m => m.Key, "vocabulary member", diagnostics);
        names.CheckCatalog(members.Select(m => (m.Key, "the member")), names.Of(vocabulary.Key));
        var scope = Lifecycles.ScopeOf(members, m => m.Key, m => m.Lifecycle, $"member of '{vocabulary.Key.Key.Value}'");
        return new VocabularyModel(
            Number: numbering.Vocabularies.NumberOf(vocabulary.Key),
            Identifier: names.Of(vocabulary.Key),
            Key: vocabulary.Key.Key.Value,
            TypeName: vocabulary.TypeName.Value,
            Text: vocabulary.Text,
            Members: members.Select(m => new MemberModel(
                Number: memberNumbers.NumberOf(m.Key),
                Identifier: names.Of(m.Key),
                Key: m.Key.Key.Value,
                Text: m.Text,
                Lifecycle: lifecycles.Resolve(m.Lifecycle, m.Key, scope))).ToEquatableArray());
    }
}
