using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Xunit;

namespace RoleTaxonomy.AspNetCore.Tests;

/// <summary>The dashboard's files: served from the package, under a strict policy, referencing one another by relative URLs only.</summary>
[Collection(SharedHostGroup.Name)]
public sealed partial class DashboardTests(SharedHost host)
{
    // The SVG namespace is a name, not an address the page loads.
    private const string SvgNamespace = "http://www.w3.org/2000/svg";

    private readonly HttpClient _client = host.Client;

    [Theory]
    [InlineData("taxonomy/", "text/html")]
    [InlineData("taxonomy/index.html", "text/html")]
    [InlineData("taxonomy/dashboard.js", "text/javascript")]
    [InlineData("taxonomy/dashboard.css", "text/css")]
    [InlineData("taxonomy/favicon.svg", "image/svg+xml")]
    [InlineData("taxonomy/taxonomy.json", "application/json")]
    public async Task Every_file_is_served_under_a_policy_that_allows_only_its_own_origin(string path, string mediaType)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        if (mediaType != "application/json")
        {
            var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
            Assert.Equal(
                ["default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self'", "connect-src 'self'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'"],
                policy.Split(';', StringSplitOptions.TrimEntries));
            Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
            Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        }
    }

    [Fact]
    public async Task The_page_references_its_files_and_data_by_relative_urls_only()
    {
        var html = await _client.GetStringAsync(new Uri("taxonomy/", UriKind.Relative));

        var urls = HtmlUrl().Matches(html).Select(match => match.Groups["url"].Value).ToArray();
        Assert.Equal(["favicon.svg", "dashboard.css", "dashboard.js", "#/", "taxonomy.json", "export/markdown", "export/html", "export/csv"], urls);
        Assert.All(urls, AssertRelative);
        foreach (var url in urls.Where(url => !url.StartsWith('#')))
        {
            using var response = await _client.GetAsync(new Uri("taxonomy/" + url, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} in index.html: {response.StatusCode}");
        }
    }

    [Fact]
    public async Task The_script_fetches_by_relative_urls_and_names_no_other_origin()
    {
        var script = await _client.GetStringAsync(new Uri("taxonomy/dashboard.js", UriKind.Relative));

        var fetched = FetchedUrl().Matches(script).Select(match => match.Groups["url"].Value).ToArray();
        Assert.Equal(["taxonomy.json"], fetched);
        Assert.All(fetched, AssertRelative);
        Assert.DoesNotContain("http", script.Replace(SvgNamespace, string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_style_and_the_icon_load_nothing()
    {
        var style = await _client.GetStringAsync(new Uri("taxonomy/dashboard.css", UriKind.Relative));
        var icon = await _client.GetStringAsync(new Uri("taxonomy/favicon.svg", UriKind.Relative));

        Assert.DoesNotContain("url(", style, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", style, StringComparison.Ordinal);
        Assert.DoesNotContain("http", icon.Replace(SvgNamespace, string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    private static void AssertRelative(string url)
    {
        Assert.False(url.StartsWith('/'), $"'{url}' starts with '/': it would leave a PathBase or a proxy's sub-path");
        Assert.DoesNotContain(":", url, StringComparison.Ordinal);
        Assert.DoesNotContain("http", url, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex("(?:href|src)=\"(?<url>[^\"]*)\"")]
    private static partial Regex HtmlUrl();

    [GeneratedRegex("""fetch\(\s*'(?<url>[^']*)'""")]
    private static partial Regex FetchedUrl();
}
