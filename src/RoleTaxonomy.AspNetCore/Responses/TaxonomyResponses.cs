using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using RoleTaxonomy.Export;

namespace RoleTaxonomy.AspNetCore.Responses;

/// <summary>
/// Every answer the API and the dashboard give about one taxonomy, serialized once: the exports and each item by key.
/// </summary>
internal sealed class TaxonomyResponses
{
    internal const string JsonContentType = "application/json; charset=utf-8";
    internal const string MarkdownContentType = "text/markdown; charset=utf-8";
    internal const string HtmlContentType = "text/html; charset=utf-8";
    internal const string CsvContentType = "text/csv; charset=utf-8; header=present";

    // The HTML export is served from the host's origin: it may style itself inline and nothing else. Its text is
    // HTML-encoded already; the policy keeps it so even if that ever failed.
    private const string HtmlExportContentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public TaxonomyResponses(TaxonomyDocument document)
    {
        var options = TaxonomyExport.JsonTypeInfo.Options;
        Json = StaticBody.Utf8(TaxonomyExport.ToJson(document), JsonContentType);
        // The Markdown and HTML exports render the page: a taxonomy without one (a team's may have none) has neither.
        if (document.Page is not null)
        {
            Markdown = StaticBody.Utf8(TaxonomyExport.ToMarkdown(document), MarkdownContentType);
            Html = StaticBody.Utf8(TaxonomyExport.ToHtml(document), HtmlContentType,
                new KeyValuePair<string, string>("Content-Security-Policy", HtmlExportContentSecurityPolicy));
        }
        Csv = StaticBody.Utf8(TaxonomyExport.ToTaskPatternCsv(document), CsvContentType);

        Roles = Keyed("role", "Unknown role", document.Roles, role => role.Key, TypeInfo<RoleDocument>(options));
        TaskPatterns = Keyed("task pattern", "Unknown task pattern", document.Roles.SelectMany(role => role.TaskPatterns),
            pattern => pattern.Key, TypeInfo<TaskPatternDocument>(options));
        Vocabularies = Keyed("vocabulary", "Unknown vocabulary", document.Vocabularies, vocabulary => vocabulary.Key,
            TypeInfo<VocabularyDocument>(options));
        var memberType = TypeInfo<MemberDocument>(options);
        MembersByVocabulary = document.Vocabularies.ToFrozenDictionary(
            vocabulary => vocabulary.Key,
            vocabulary => Keyed($"member of '{vocabulary.Key}'", "Unknown vocabulary member", vocabulary.Members, member => member.Key, memberType),
            StringComparer.Ordinal);
    }

    /// <summary>The JSON export (docs/taxonomy.schema.json).</summary>
    public StaticBody Json { get; }

    /// <summary>The page as Markdown; null when the taxonomy has no page.</summary>
    public StaticBody? Markdown { get; }

    /// <summary>The page as one HTML document; null when the taxonomy has no page.</summary>
    public StaticBody? Html { get; }

    public StaticBody Csv { get; }

    public KeyedBodies Roles { get; }

    public KeyedBodies TaskPatterns { get; }

    public KeyedBodies Vocabularies { get; }

    /// <summary>Each vocabulary's members, by the vocabulary's key.</summary>
    public FrozenDictionary<string, KeyedBodies> MembersByVocabulary { get; }

    private static JsonTypeInfo<T> TypeInfo<T>(JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));

    private static KeyedBodies Keyed<T>(string kind, string title, IEnumerable<T> items, Func<T, string> keyOf, JsonTypeInfo<T> type) =>
        new(kind, title, items.Select(item => KeyValuePair.Create(
            keyOf(item), new StaticBody(JsonSerializer.SerializeToUtf8Bytes(item, type), JsonContentType))));
}
