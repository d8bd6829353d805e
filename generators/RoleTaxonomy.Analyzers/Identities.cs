using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace RoleTaxonomy.Analyzers;

/// <summary>
/// The taxonomy identities a compilation sees, found by the attribute the generator writes (never by type names, so
/// any namespace and internal types work), each read once per compilation.
/// </summary>
internal sealed class Identities
{
    private const string MarkerName = "TaxonomyKeyAttribute";
    private const string GeneratorName = "RoleTaxonomy.Generator";

    private readonly ConcurrentDictionary<ITypeSymbol, IdentityKeys?> _read = new(SymbolEqualityComparer.Default);

    // A symbol's attributes are read once: a build passes constants to the same few parameters many times.
    private readonly ConcurrentDictionary<ISymbol, IdentityKeys?> _marked = new(SymbolEqualityComparer.Default);
    private readonly Func<ISymbol, IdentityKeys?> _readMark;

    public Identities() => _readMark = ReadMark;

    /// <summary>The identity when <paramref name="type"/> is a generated identity enum, whose members carry their keys.</summary>
    public IdentityKeys? Of(ITypeSymbol? type) =>
        type is INamedTypeSymbol { TypeKind: TypeKind.Enum } identity ? _read.GetOrAdd(identity, IdentityKeys.Read) : null;

    /// <summary>The identity whose key a parameter or property is marked to hold, by <c>[TaxonomyKey(typeof(RoleId))]</c>.</summary>
    public IdentityKeys? MarkedBy(ISymbol symbol) => _marked.GetOrAdd(symbol, _readMark);

    private IdentityKeys? ReadMark(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (IsMarker(attribute.AttributeClass)
                && attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0].Value is ITypeSymbol identity)
            {
                return Of(identity);
            }
        }

        return null;
    }

    /// <summary>True for the generated <c>TaxonomyKeyAttribute</c> of any taxonomy: by its name and its [GeneratedCode].</summary>
    internal static bool IsMarker(INamedTypeSymbol? type) =>
        type is { Name: MarkerName }
        && type.GetAttributes().Any(attribute =>
            attribute.AttributeClass is { Name: "GeneratedCodeAttribute" }
            && attribute.ConstructorArguments.Length > 0
            && attribute.ConstructorArguments[0].Value is GeneratorName);
}

/// <summary>An identity's keys, read from its enum's members' markers, with their members and deprecations.</summary>
internal sealed class IdentityKeys
{
    private readonly Dictionary<string, Item> _byKey;

    private IdentityKeys(INamedTypeSymbol type, IReadOnlyList<string> inOrder, Dictionary<string, Item> byKey, bool hasToKey)
    {
        Type = type;
        InOrder = inOrder;
        _byKey = byKey;
        HasToKey = hasToKey;
    }

    /// <summary>The identity enum.</summary>
    public INamedTypeSymbol Type { get; }

    /// <summary>The enum's name, as the diagnostics name the kind of key.</summary>
    public string Kind => Type.Name;

    public IReadOnlyList<string> InOrder { get; }

    /// <summary>True when the generated <c>ToKey()</c> extension of this enum is in its namespace, for the fixes that call it.</summary>
    public bool HasToKey { get; }

    public bool TryGet(string key, out Item item) => _byKey.TryGetValue(key, out item);

    public static IdentityKeys? Read(ITypeSymbol identity)
    {
        var type = (INamedTypeSymbol)identity;
        var inOrder = new List<string>();
        var byKey = new Dictionary<string, Item>(StringComparer.Ordinal);
        foreach (var field in type.GetMembers().OfType<IFieldSymbol>())
        {
            string? key = null;
            string? deprecation = null;
            foreach (var attribute in field.GetAttributes())
            {
                if (Identities.IsMarker(attribute.AttributeClass) && attribute.ConstructorArguments.Length == 1
                    && attribute.ConstructorArguments[0].Value is string text)
                {
                    key = text;
                }
                else if (attribute.AttributeClass is { Name: "ObsoleteAttribute" })
                {
                    deprecation = attribute.ConstructorArguments.Length > 0 ? attribute.ConstructorArguments[0].Value as string : null;
                    deprecation ??= "it is deprecated.";
                }
            }

            if (key is not null)
            {
                inOrder.Add(key);
                byKey[key] = new Item(field.Name, deprecation);
            }
        }

        return byKey.Count == 0 ? null : new IdentityKeys(type, inOrder, byKey, HasToKeyExtension(type));
    }

    private static bool HasToKeyExtension(INamedTypeSymbol identity) =>
        identity.ContainingNamespace.GetTypeMembers().Any(type =>
            type.IsStatic
            && type.GetMembers("ToKey").OfType<IMethodSymbol>().Any(method =>
                method.IsExtensionMethod
                && method.Parameters.Length == 1
                && SymbolEqualityComparer.Default.Equals(method.Parameters[0].Type, identity)));

    /// <summary>One key's member, with its deprecation message; null while the item is current.</summary>
    internal readonly struct Item
    {
        public Item(string member, string? deprecation)
        {
            Member = member;
            Deprecation = deprecation;
        }

        public string Member { get; }

        public string? Deprecation { get; }
    }
}
