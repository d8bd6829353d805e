using System;
using System.Collections.Generic;
using System.Linq;
using RoleTaxonomy.Generator.Diagnostics;
using RoleTaxonomy.Generator.Model;
using RoleTaxonomy.Generator.Naming;

namespace RoleTaxonomy.Generator.Linking;

/// <summary>
/// The rule that every reference names an item that exists: vocabulary members from task patterns and the page,
/// and roles from the page, whose order the roles then take.
/// </summary>
internal sealed class References
{
    private readonly Dictionary<string, VocabularyIndex> _vocabularies;
    private readonly CSharpNames _names;
    private readonly DiagnosticBag _diagnostics;

    public References(IEnumerable<VocabularySpec> vocabularies, CSharpNames names, DiagnosticBag diagnostics)
    {
        _vocabularies = vocabularies.ToDictionary(v => v.Key.Key.Value, v => new VocabularyIndex(v), StringComparer.Ordinal);
        _names = names;
        _diagnostics = diagnostics;
    }

    /// <summary>The members a reference names, with keys and C# names; each unknown vocabulary or member is reported.</summary>
    public IEnumerable<MemberReference> Resolve(ReferenceSpec reference)
    {
        if (reference.Vocabulary.Value.Length == 0)
        {
            yield break;
        }

        if (!_vocabularies.TryGetValue(reference.Vocabulary.Value, out var vocabulary))
        {
            _diagnostics.Report(DiagnosticDescriptors.UnknownReference, reference.Vocabulary.Location, "vocabulary", reference.Vocabulary.Value,
                _diagnostics.DidYouMeanKey(reference.Vocabulary.Value, _vocabularies.Keys));
            yield break;
        }

        foreach (var member in reference.Members)
        {
            if (!vocabulary.MembersByKey.TryGetValue(member.Value, out var target))
            {
                _diagnostics.Report(DiagnosticDescriptors.UnknownReference, member.Location, $"member of '{vocabulary.Spec.Key.Key.Value}'",
                    member.Value, vocabulary.NamedBy(member.Value) is { } named && !string.Equals(named.Key.Key.Value, member.Value, StringComparison.OrdinalIgnoreCase)
                        ? $"; '{member.Value}' is the name of the member '{named.Key.Key.Value}': refer to it by its key, '{named.Key.Key.Value}'"
                        : _diagnostics.DidYouMeanKey(member.Value, vocabulary.MembersByKey.Keys));
                continue;
            }

            yield return new MemberReference(
                VocabularyKey: vocabulary.Spec.Key.Key.Value,
                MemberKey: target.Key.Key.Value,
                VocabularyIdentifier: _names.Of(vocabulary.Spec.Key),
                MemberIdentifier: _names.Of(target.Key));
        }
    }

    /// <summary>
    /// The roles in the page's order; without a page, in order of key. A role the page does not list is reported and
    /// placed after the listed ones, and a key the page lists that names no role is reported.
    /// </summary>
    public List<RoleSpec> OrderRoles(List<RoleSpec> roles, PageSpec? page)
    {
        var byKey = roles.ToDictionary(r => r.Key.Key.Value, StringComparer.Ordinal);
        if (page is null)
        {
            return roles.OrderBy(r => r.Key.Key.Value, StringComparer.Ordinal).ToList();
        }

        var ordered = new List<RoleSpec>();
        var placed = new HashSet<RoleSpec>(ReferenceEqualityComparer<RoleSpec>.Instance);

        // A role the page misspells is told once, at the misspelling ("did you mean"), not also as a role left off.
        var suggested = new HashSet<string>(StringComparer.Ordinal);
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
                var nearest = _diagnostics.NearestKey(key.Value, byKey.Keys);
                if (nearest is not null)
                {
                    suggested.Add(nearest);
                }

                _diagnostics.Report(DiagnosticDescriptors.UnknownReference, key.Location, "role", key.Value,
                    DiagnosticBag.KeyHint(nearest));
            }
        }

        foreach (var role in roles.Where(r => !placed.Contains(r)).OrderBy(r => r.Key.Key.Value, StringComparer.Ordinal))
        {
            // An invalid key has its own error (RT0007), and the page cannot list it as it stands.
            if (!suggested.Contains(role.Key.Key.Value) && ContentKey.IsAccepted(role.Key.Key.Value))
            {
                _diagnostics.Report(DiagnosticDescriptors.PageRoleOrder, page.RolesLocation,
                    $"The page's 'roles' does not list the role '{role.Key.Key.Value}' (at {DiagnosticBag.Where(role.Key.Key.Location)}): " +
                    $"add '- {role.Key.Key.Value}' where it belongs in the page's order");
            }

            ordered.Add(role);
        }

        return ordered;
    }

    /// <summary>A vocabulary with its members by key (the first of a repeated key, as <see cref="Duplicates.Unique"/> keeps), for lookups in constant time.</summary>
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

        /// <summary>The member whose name, not key, <paramref name="text"/> is (ignoring case): a reference written as the name.</summary>
        public MemberSpec? NamedBy(string text) =>
            Spec.Members.FirstOrDefault(m => string.Equals(m.Text.Name, text, StringComparison.OrdinalIgnoreCase));
    }
}
