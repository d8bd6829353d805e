using System;
using System.Collections.Generic;
using System.Linq;
using RoleTaxonomy.Generator.Model;

namespace RoleTaxonomy.Cli;

/// <summary>What happened to one item between two versions of the content.</summary>
internal enum ChangeKind
{
    Added,

    /// <summary>Present in both versions, and deprecated in the new one only: the warning before a removal.</summary>
    Deprecated,
    Removed,
    Renamed,
    Changed,

    /// <summary>An existing key's number changed, or its line left the numbers file: always breaking.</summary>
    Renumbered,
}

/// <summary>One difference between two versions of the content.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="ItemKind">"role", "task pattern", "vocabulary" or "vocabulary member".</param>
/// <param name="Key">The item's key (the new key for a rename).</param>
/// <param name="Detail">What changed, in words.</param>
/// <param name="IsBreaking">True when a consumer that stored or coded against the old version can break.</param>
internal sealed record Change(ChangeKind Kind, string ItemKind, string Key, string Detail, bool IsBreaking);

/// <summary>
/// Compares two linked taxonomies item by item, by key. A removal or a rename breaks consumers who stored the
/// old key or compiled against its C# name; an addition or a change of text does not. A removal of an item the
/// old version deprecated is the planned end of that warning, so it does not count as breaking either.
/// </summary>
internal static class TaxonomyDiff
{
    /// <summary>Every difference from <paramref name="before"/> to <paramref name="after"/>, in item-kind order.</summary>
    public static IReadOnlyList<Change> Compare(TaxonomyModel before, TaxonomyModel after)
    {
        var changes = new List<Change>();
        Compare(changes, "role", before.Roles, after.Roles, r => r.Key, DescribeRole, r => r.Text.Name, r => r.Lifecycle);
        Compare(changes, "task pattern", before.TaskPatterns, after.TaskPatterns, t => t.Key, DescribeTaskPattern, t => t.Text.Title, t => t.Lifecycle);

        // Vocabularies themselves carry no lifecycle; only their members do.
        Compare(changes, "vocabulary", before.Vocabularies, after.Vocabularies, v => v.Key, DescribeVocabulary, v => v.Text.Name, _ => LifecycleModel.Current);
        Compare(changes, "vocabulary member", Members(before), Members(after), m => m.Key, m => DescribeMember(m.Member), m => m.Member.Text.Name, m => m.Member.Lifecycle);
        CompareNumbers(changes, before.Numbers, after.Numbers);
        return changes;
    }

    /// <summary>
    /// Every line of the old numbers file, current or retired, must stand unchanged in the new one: consumers compiled
    /// against the old package hold the numbers in their code, and stores may hold them too.
    /// </summary>
    private static void CompareNumbers(List<Change> changes, EquatableArray<NumberedKey> before, EquatableArray<NumberedKey> after)
    {
        var now = after.ToDictionary(n => (n.Scope, n.Key), n => n.Number);
        foreach (var line in before)
        {
            var (itemKind, key) = line.Scope switch
            {
                "roles" => ("role", line.Key),
                "taskPatterns" => ("task pattern", line.Key),
                "vocabularies" => ("vocabulary", line.Key),
                var members => ("vocabulary member", string.Concat(members.AsSpan(members.IndexOf('/') + 1), "/", line.Key)),
            };
            if (!now.TryGetValue((line.Scope, line.Key), out var number))
            {
                changes.Add(new Change(ChangeKind.Renumbered, itemKind, key,
                    $"its number {line.Number} left the numbers file, so it could be given to another key: restore the line", IsBreaking: true));
            }
            else if (number != line.Number)
            {
                changes.Add(new Change(ChangeKind.Renumbered, itemKind, key,
                    $"number {line.Number} became {number}: compiled consumers and stored numbers now mean another item", IsBreaking: true));
            }
        }
    }

    private sealed record QualifiedMember(string Key, MemberModel Member);

    private static IEnumerable<QualifiedMember> Members(TaxonomyModel model) =>
        model.Vocabularies.SelectMany(v => v.Members.Select(m => new QualifiedMember(v.Key + "/" + m.Key, m)));

    private static void Compare<T>(
        List<Change> changes,
        string itemKind,
        IEnumerable<T> before,
        IEnumerable<T> after,
        Func<T, string> keyOf,
        Func<T, IReadOnlyDictionary<string, EquatableArray<string>>> fieldsOf,
        Func<T, string> nameOf,
        Func<T, LifecycleModel> lifecycleOf)
    {
        var old = before.ToDictionary(keyOf, StringComparer.Ordinal);
        var @new = after.ToDictionary(keyOf, StringComparer.Ordinal);
        var removed = old.Keys.Where(k => !@new.ContainsKey(k)).ToList();
        var added = @new.Keys.Where(k => !old.ContainsKey(k)).ToList();

        // A removed item and an added one with the same name (or title) is a rename: the key changed, the item did not.
        // A deprecated item is exempt: its removal was announced, and its successor is named by replacedBy, not by title.
        foreach (var removedKey in removed.Where(k => !lifecycleOf(old[k]).IsDeprecated).ToList())
        {
            var renamedTo = added.FirstOrDefault(k => string.Equals(nameOf(@new[k]), nameOf(old[removedKey]), StringComparison.Ordinal));
            if (renamedTo is not null)
            {
                changes.Add(new Change(ChangeKind.Renamed, itemKind, renamedTo, $"renamed from '{removedKey}'", IsBreaking: true));
                removed.Remove(removedKey);
                added.Remove(renamedTo);
            }
        }

        changes.AddRange(removed.Select(k => Removal(itemKind, k, nameOf(old[k]), lifecycleOf(old[k]))));
        changes.AddRange(added.Select(k => new Change(ChangeKind.Added, itemKind, k, $"'{nameOf(@new[k])}' was added", IsBreaking: false)));

        foreach (var key in old.Keys.Where(@new.ContainsKey))
        {
            var oldLifecycle = lifecycleOf(old[key]);
            var newLifecycle = lifecycleOf(@new[key]);
            if (!oldLifecycle.IsDeprecated && newLifecycle.Deprecation is { } deprecation)
            {
                changes.Add(new Change(ChangeKind.Deprecated, itemKind, key, "deprecated: " + Describe(deprecation), IsBreaking: false));
            }

            var oldFields = fieldsOf(old[key]);
            var newFields = fieldsOf(@new[key]);
            var changed = oldFields.Keys.Where(f => oldFields[f] != newFields[f]).ToList();
            var details = new List<string>();
            if (changed.Count > 0)
            {
                details.Add("changed: " + string.Join(", ", changed));
            }

            details.AddRange(LifecycleChanges(oldLifecycle, newLifecycle));
            if (details.Count > 0)
            {
                // A new C# name breaks compiled consumers even though the key, and so stored data, stays valid.
                var breaking = changed.Contains("identifier", StringComparer.Ordinal) || changed.Contains("typeName", StringComparer.Ordinal);
                changes.Add(new Change(ChangeKind.Changed, itemKind, key, string.Join("; ", details), breaking));
            }
        }
    }

    private static Change Removal(string itemKind, string key, string name, LifecycleModel lifecycle)
    {
        if (lifecycle.Deprecation is { } deprecation)
        {
            return new Change(ChangeKind.Removed, itemKind, key, $"'{name}' was removed after deprecation ({Describe(deprecation)})", IsBreaking: false);
        }

        // Experimental content may change, but the rule is literal: only a prior deprecation makes a removal safe.
        var experimental = lifecycle.Stability == StabilityLevel.Experimental ? " (it was experimental, but not deprecated first)" : string.Empty;
        return new Change(ChangeKind.Removed, itemKind, key, $"'{name}' was removed{experimental}", IsBreaking: true);
    }

    /// <summary>The lifecycle changes of an item in both versions, except a new deprecation, which is its own change.</summary>
    private static IEnumerable<string> LifecycleChanges(LifecycleModel before, LifecycleModel after)
    {
        if (before.Stability != after.Stability)
        {
            yield return $"stability: {before.Stability.ToKey()} -> {after.Stability.ToKey()}";
        }

        if (before.Deprecation is { } oldDeprecation)
        {
            if (after.Deprecation is not { } newDeprecation)
            {
                yield return "no longer deprecated";
            }
            else if (!string.Equals(oldDeprecation.Reason, newDeprecation.Reason, StringComparison.Ordinal) ||
                     !string.Equals(oldDeprecation.ReplacedByKey, newDeprecation.ReplacedByKey, StringComparison.Ordinal))
            {
                // The replacement's C# name is left out: it follows the replacement's key, which a rename reports.
                yield return "deprecated: " + Describe(newDeprecation);
            }
        }
    }

    private static string Describe(DeprecationModel deprecation)
    {
        // One line without the closing period: the reason goes into a list item and may be followed by its replacement.
        var reason = string.Join(" ", deprecation.Reason.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.');
        return deprecation.ReplacedByKey is { } replacement ? $"{reason}; replaced by '{replacement}'" : reason;
    }

    private static Dictionary<string, EquatableArray<string>> DescribeRole(RoleModel role) => Fields(
        role.Identifier,
        role.Text.Fields,
        ("outsidersMiss", [role.Text.OutsidersMiss.Misconception, role.Text.OutsidersMiss.Reality]),
        ("lenses", [role.Text.Lenses.Decisions, role.Text.Lenses.Evidence, role.Text.Lenses.Conflict, role.Text.Lenses.Leverage]),
        ("taskPatterns", role.TaskPatterns.Select(t => t.Identifier)));

    private static Dictionary<string, EquatableArray<string>> DescribeTaskPattern(TaskPatternModel pattern) => Fields(
        pattern.Identifier,
        pattern.Text.Fields,
        ("role", [pattern.RoleIdentifier]),
        ("references", pattern.References.Select(r => r.VocabularyIdentifier + "." + r.MemberIdentifier)));

    private static Dictionary<string, EquatableArray<string>> DescribeVocabulary(VocabularyModel vocabulary) => Fields(
        vocabulary.Identifier,
        vocabulary.Text.Fields,
        ("typeName", [vocabulary.TypeName]));

    private static Dictionary<string, EquatableArray<string>> DescribeMember(MemberModel member) => Fields(
        member.Identifier,
        member.Text.Fields,
        ("attributes", member.Text.Attributes.Select(a => a.Name + "=" + a.Value)));

    /// <summary>
    /// An item's fields as the diff compares them, by their names in the YAML: its C# name, every text field of the field
    /// table (so a new one is compared with no code here), then the item's own structured fields.
    /// </summary>
    private static Dictionary<string, EquatableArray<string>> Fields(
        string identifier, TextFields texts, params (string Name, IEnumerable<string> Values)[] structured)
    {
        var fields = new Dictionary<string, EquatableArray<string>>(StringComparer.Ordinal) { ["identifier"] = EquatableArray.Create(identifier) };
        foreach (var text in texts.Fields)
        {
            fields.Add(text.Definition.Name, text.Values);
        }

        foreach (var (name, values) in structured)
        {
            fields.Add(name, values.ToEquatableArray());
        }

        return fields;
    }
}
