using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace RoleTaxonomy.AspNetCore.Responses;

/// <summary>The answers for one kind of item (roles, task patterns, …), by stable key; an unknown key is a 404 problem.</summary>
internal sealed class KeyedBodies
{
    private readonly FrozenDictionary<string, StaticBody> _byKey;

    private readonly JsonElement _knownKeysJson;

    /// <param name="kind">What the keys name, in the words of a message: <c>role</c>, <c>member of 'triage-outcomes'</c>.</param>
    /// <param name="title">The problem's title when a key names nothing: <c>Unknown role</c>.</param>
    /// <param name="items">Each key and its answer, in the content's order.</param>
    public KeyedBodies(string kind, string title, IEnumerable<KeyValuePair<string, StaticBody>> items)
    {
        var list = items.ToList();
        Kind = kind;
        Title = title;
        KnownKeys = list.Select(item => item.Key).ToArray();
        _knownKeysJson = ProblemJson.ArrayOf(KnownKeys);
        _byKey = list.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public string Kind { get; }

    public string Title { get; }

    /// <summary>Every key, in the content's order.</summary>
    public IReadOnlyList<string> KnownKeys { get; }

    public bool TryGet(string key, out StaticBody body) => _byKey.TryGetValue(key, out body!);

    /// <summary>Writes the item with <paramref name="key"/>, or the 404 problem that names the key, the nearest key and every key.</summary>
    public Task WriteAsync(HttpContext context, string key) =>
        TryGet(key, out var body) ? body.WriteAsync(context) : WriteUnknownKeyAsync(context, key);

    public Task WriteUnknownKeyAsync(HttpContext context, string key)
    {
        var nearest = NearestKey.Find(key, KnownKeys);
        var suggestion = nearest is null ? string.Empty : $" Did you mean '{nearest}'?";
        return TypedResults.Problem(
                title: Title,
                detail: $"No {Kind} has the key '{key}'.{suggestion} Known keys: {string.Join(", ", KnownKeys)}.",
                statusCode: StatusCodes.Status404NotFound,
                extensions: new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["key"] = key,
                    ["nearest"] = nearest,
                    ["knownKeys"] = _knownKeysJson,
                })
            .ExecuteAsync(context);
    }
}
