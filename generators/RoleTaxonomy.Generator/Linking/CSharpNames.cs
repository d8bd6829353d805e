using System;
using System.Collections.Generic;
using System.Linq;
using RoleTaxonomy.Generator.Diagnostics;
using RoleTaxonomy.Generator.Model;
using RoleTaxonomy.Generator.Naming;

namespace RoleTaxonomy.Generator.Linking;

/// <summary>
/// The C# names of keyed items, and the rule that two things in one scope never share a name: an error, never a
/// silent overwrite. The names the generated code declares itself come from <see cref="GeneratedNames"/>.
/// </summary>
internal sealed class CSharpNames
{
    private readonly Dictionary<KeySpec, string> _names = new(ReferenceEqualityComparer<KeySpec>.Instance);
    private readonly DiagnosticBag _diagnostics;

    public CSharpNames(DiagnosticBag diagnostics) => _diagnostics = diagnostics;

    /// <summary>The C# name of a keyed item; made once per item, since the checks, links and references all ask for it.</summary>
    public string Of(KeySpec key)
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

    /// <summary>Two items of one catalog (enum members and catalog properties) must not share a C# name, nor take one of the catalog's own.</summary>
    public void CheckCatalog(IEnumerable<(KeySpec Key, string Kind)> items, string catalogName)
    {
        // Who holds each name, put into words only for a collision: a catalog of 10,000 items has none.
        var taken = new Dictionary<string, (string Owner, string? Key)>(StringComparer.Ordinal);
        var generatedClass = $"the generated class '{catalogName}'";
        foreach (var reserved in GeneratedNames.CatalogMembers.Append(catalogName))
        {
            taken[reserved] = (generatedClass, null);
        }

        foreach (var (key, kind) in items)
        {
            if (key.Key.Value.Length == 0)
            {
                continue;
            }

            var name = Of(key);
            if (taken.TryGetValue(name, out var holder))
            {
                var owner = holder.Key is null ? holder.Owner : $"{holder.Owner} '{holder.Key}'";
                _diagnostics.Report(DiagnosticDescriptors.IdentifierCollision, key.Identifier?.Location ?? key.Key.Location, key.Key.Value, name, owner);
                continue;
            }

            taken.Add(name, (kind, key.Key.Value));
        }
    }

    /// <summary>Each vocabulary adds four types (its enum, the enum's extensions, its key type and its catalog class) beside the fixed ones.</summary>
    public void CheckTypes(IEnumerable<VocabularySpec> vocabularies)
    {
        var taken = GeneratedNames.FixedTypes.ToDictionary(n => n, _ => "the generated API", StringComparer.Ordinal);
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
                (GeneratedNames.ExtensionsOf(typeName.Value), typeName.Location),
                (GeneratedNames.KeyOf(typeName.Value), typeName.Location),
                (Of(vocabulary.Key), vocabulary.Key.Identifier?.Location ?? vocabulary.Key.Key.Location),
            })
            {
                if (taken.TryGetValue(name, out var existing))
                {
                    // One report per vocabulary: its other names clash for the same reason.
                    _diagnostics.Report(DiagnosticDescriptors.IdentifierCollision, location, vocabulary.Key.Key.Value, name, existing);
                    break;
                }

                taken.Add(name, owner);
            }
        }
    }
}
