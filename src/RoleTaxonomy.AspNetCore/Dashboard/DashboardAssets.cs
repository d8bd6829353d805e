using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using RoleTaxonomy.AspNetCore.Responses;

namespace RoleTaxonomy.AspNetCore.Dashboard;

/// <summary>The dashboard's page, script, style and icon, read once from the assembly's resources.</summary>
internal static class DashboardAssets
{
    private const string ResourcePrefix = "Dashboard/";

    /// <summary>The page's own files and the API it calls, nothing else: no CDN, no other origin, no inline code.</summary>
    internal const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static readonly KeyValuePair<string, string>[] PageHeaders =
    [
        new("Content-Security-Policy", ContentSecurityPolicy),
        new("Referrer-Policy", "no-referrer"),
    ];

    private static readonly Lazy<IReadOnlyList<KeyValuePair<string, StaticBody>>> Embedded = new(Load);

    /// <summary>Each file by its name relative to the dashboard's root (<c>index.html</c>, <c>dashboard.js</c>, …).</summary>
    public static IReadOnlyList<KeyValuePair<string, StaticBody>> Files => Embedded.Value;

    private static List<KeyValuePair<string, StaticBody>> Load()
    {
        var assembly = typeof(DashboardAssets).Assembly;
        var files = new List<KeyValuePair<string, StaticBody>>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var name = resource[ResourcePrefix.Length..];
            files.Add(KeyValuePair.Create(name, new StaticBody(buffer.ToArray(), ContentTypeOf(name), PageHeaders)));
        }

        return files;
    }

    private static string ContentTypeOf(string name) => Path.GetExtension(name) switch
    {
        ".html" => TaxonomyResponses.HtmlContentType,
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".svg" => "image/svg+xml",
        var extension => throw new InvalidOperationException($"The dashboard has a file '{name}' of a type it cannot serve ('{extension}'): add its content type here."),
    };
}
