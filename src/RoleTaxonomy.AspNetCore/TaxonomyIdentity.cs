using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using RoleTaxonomy.AspNetCore.Responses;

namespace RoleTaxonomy.AspNetCore;

/// <summary>
/// One identity of a taxonomy as the web sees it: its enum, its key type, and its keys with their display names, for
/// the <c>400</c> problems of key parameters and for the OpenAPI schemas. RoleTaxonomy.Generator lists a taxonomy's
/// identities in its <c>Taxonomy.Source</c>.
/// </summary>
public sealed class TaxonomyIdentity
{
    private readonly Func<string, bool> _isKey;

    private TaxonomyIdentity(string kind, Type keyType, Type enumType, IReadOnlyList<string> keys, IReadOnlyList<string> displayNames, Func<string, bool> isKey)
    {
        Kind = kind;
        KeyType = keyType;
        EnumType = enumType;
        Keys = keys;
        DisplayNames = displayNames;
        KnownKeysJson = ProblemJson.ArrayOf(keys);
        _isKey = isKey;
    }

    /// <summary>What a key names, in the words of a message: <c>role</c>, <c>member of Triage outcomes</c>.</summary>
    public string Kind { get; }

    /// <summary>The generated key type, such as <c>RoleKey</c>: it binds from keys only.</summary>
    public Type KeyType { get; }

    /// <summary>The generated enum, such as <c>RoleId</c>: JSON reads and writes its keys.</summary>
    public Type EnumType { get; }

    /// <summary>Every key, in the content's order.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>The display name of each key, in the order of <see cref="Keys"/>.</summary>
    public IReadOnlyList<string> DisplayNames { get; }

    /// <summary><see cref="Keys"/> as the JSON array a problem's <c>knownKeys</c> holds.</summary>
    internal JsonElement KnownKeysJson { get; }

    /// <summary>Describes the identity whose key type is <typeparamref name="TKey"/> and whose enum is <typeparamref name="TEnum"/>.</summary>
    /// <typeparam name="TKey">The generated key type, such as <c>RoleKey</c>: its <c>TryParse</c> decides what is a key.</typeparam>
    /// <typeparam name="TEnum">The generated enum, such as <c>RoleId</c>.</typeparam>
    /// <param name="kind">What a key names, in the words of a message: <c>role</c>, <c>member of Triage outcomes</c>.</param>
    /// <param name="values">Every value of the enum, in the content's order (the generated <c>Values</c>).</param>
    /// <param name="keyOf">The key of a value (the generated <c>ToKey</c>).</param>
    /// <param name="displayNameOf">The display name of a value (the generated <c>ToDisplayName</c>).</param>
    /// <returns>The identity.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="values"/> is empty.</exception>
    public static TaxonomyIdentity Create<TKey, TEnum>(
        string kind, IReadOnlyList<TEnum> values, Func<TEnum, string> keyOf, Func<TEnum, string> displayNameOf)
        where TKey : IParsable<TKey>
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(keyOf);
        ArgumentNullException.ThrowIfNull(displayNameOf);
        if (values.Count == 0)
        {
            throw new ArgumentException($"The {kind} identity {typeof(TEnum).Name} has no values: there is no key to bind.", nameof(values));
        }

        return new(kind, typeof(TKey), typeof(TEnum), values.Select(keyOf).ToArray(), values.Select(displayNameOf).ToArray(),
            text => TKey.TryParse(text, CultureInfo.InvariantCulture, out _));
    }

    /// <summary>True when <paramref name="text"/> is one of the keys, exactly: the key type's own parse decides.</summary>
    internal bool IsKey(string text) => _isKey(text);

    /// <summary>The key <paramref name="text"/> most likely meant, or null when none is near.</summary>
    internal string? Nearest(string text) => NearestKey.Find(text, Keys);
}
