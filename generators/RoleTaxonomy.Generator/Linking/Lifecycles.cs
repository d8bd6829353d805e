using System;
using System.Collections.Generic;
using System.Linq;
using RoleTaxonomy.Generator.Diagnostics;
using RoleTaxonomy.Generator.Model;
using RoleTaxonomy.Generator.Naming;

namespace RoleTaxonomy.Generator.Linking;

/// <summary>
/// The rule that a deprecated item's replacement exists among the items of its own kind and scope, and is not
/// deprecated itself, so that following it once always lands on a current item.
/// </summary>
internal sealed class Lifecycles
{
    /// <summary>Never added to: the scope of items none of which is deprecated, since only a deprecation looks a replacement up.</summary>
    private static readonly Dictionary<string, Replaceable> NoReplacements = new(StringComparer.Ordinal);

    private readonly CSharpNames _names;
    private readonly DiagnosticBag _diagnostics;

    public Lifecycles(CSharpNames names, DiagnosticBag diagnostics)
    {
        _names = names;
        _diagnostics = diagnostics;
    }

    /// <summary>The items of one kind and scope (keys already made unique), which a deprecation can name as its replacement.</summary>
    public static Scope ScopeOf<T>(IReadOnlyCollection<T> items, Func<T, KeySpec> keyOf, Func<T, LifecycleSpec> lifecycleOf, string kind)
    {
        // Most content deprecates nothing: then no lookup happens, and a relink after every edit builds no index.
        if (!items.Any(item => lifecycleOf(item).Deprecation is not null))
        {
            return new Scope(kind, NoReplacements);
        }

        var byKey = new Dictionary<string, Replaceable>(items.Count, StringComparer.Ordinal);
        foreach (var item in items)
        {
            byKey[keyOf(item).Key.Value] = new Replaceable(keyOf(item), lifecycleOf(item));
        }

        return new Scope(kind, byKey);
    }

    /// <summary>The item's lifecycle with its replacement resolved in <paramref name="scope"/>; a wrong replacement is reported.</summary>
    public LifecycleModel Resolve(LifecycleSpec lifecycle, KeySpec owner, Scope scope)
    {
        if (lifecycle.Deprecation is not { } deprecation)
        {
            return lifecycle.Stability == StabilityLevel.Stable ? LifecycleModel.Current : new LifecycleModel(lifecycle.Stability, null);
        }

        string? replacementKey = null;
        string? replacementName = null;
        if (deprecation.ReplacedBy is { } replacedBy && ContentKey.IsValid(replacedBy.Value))
        {
            if (!scope.ByKey.TryGetValue(replacedBy.Value, out var replacement))
            {
                _diagnostics.Report(DiagnosticDescriptors.UnknownReference, replacedBy.Location, scope.Kind, replacedBy.Value,
                    _diagnostics.DidYouMeanKey(replacedBy.Value, scope.ByKey.Keys));
            }
            else if (replacement.Lifecycle.Deprecation is not null)
            {
                _diagnostics.Report(DiagnosticDescriptors.DeprecatedReplacement, replacedBy.Location, scope.Kind, owner.Key.Value, replacedBy.Value);
            }
            else
            {
                replacementKey = replacedBy.Value;
                replacementName = _names.Of(replacement.Key);
            }
        }

        return new LifecycleModel(lifecycle.Stability, new DeprecationModel(deprecation.Reason.Value, replacementKey, replacementName));
    }

    /// <summary>An item a deprecation can name as its replacement.</summary>
    internal sealed record Replaceable(KeySpec Key, LifecycleSpec Lifecycle);

    /// <summary>The items of one kind (as messages name it) by key.</summary>
    internal sealed record Scope(string Kind, Dictionary<string, Replaceable> ByKey);
}
