using System;
using System.Buffers.Text;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace RoleTaxonomy.AspNetCore.Tests;

/// <summary>Strong ETags from the bytes, conditional GET, and Cache-Control for content that changes only with the package.</summary>
[Collection(SharedHostGroup.Name)]
public sealed class CachingTests(SharedHost host)
{
    private const string RolePath = "api/taxonomy/roles/appsec-engineer";

    private readonly HttpClient _client = host.Client;

    public static TheoryData<string> Paths =>
    [
        "api/taxonomy",
        RolePath,
        "api/taxonomy/task-patterns/appsec-finding-triage",
        "api/taxonomy/vocabularies/triage-outcomes",
        "api/taxonomy/vocabularies/triage-outcomes/members/accepted-risk",
        "api/taxonomy/export/markdown",
        "api/taxonomy/export/html",
        "api/taxonomy/export/csv",
        "taxonomy/",
        "taxonomy/dashboard.js",
        "taxonomy/taxonomy.json",
    ];

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Every_answer_has_a_strong_ETag_that_is_the_SHA_256_of_its_bytes(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var etag = response.Headers.ETag!;
        Assert.False(etag.IsWeak);
        Assert.Equal("\"" + Base64Url.EncodeToString(SHA256.HashData(body).AsSpan(0, 16)) + "\"", etag.Tag);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Every_answer_may_be_cached_for_an_hour_by_anyone_and_revalidated(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        var cacheControl = response.Headers.CacheControl!;
        Assert.True(cacheControl.Public);
        Assert.False(cacheControl.Private);
        Assert.Equal(TimeSpan.FromHours(1), cacheControl.MaxAge);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task Different_bodies_have_different_ETags_and_one_body_always_the_same()
    {
        var first = await ETagOfAsync(RolePath);

        Assert.Equal(first, await ETagOfAsync(RolePath));
        Assert.NotEqual(first, await ETagOfAsync("api/taxonomy/roles/devsecops-engineer"));
        Assert.NotEqual(first, await ETagOfAsync("api/taxonomy"));
    }

    [Fact]
    public async Task The_dashboards_data_is_the_APIs_JSON_export_byte_for_byte()
    {
        Assert.Equal(await ETagOfAsync("api/taxonomy"), await ETagOfAsync("taxonomy/taxonomy.json"));
        Assert.Equal(await ETagOfAsync("api/taxonomy/export/csv"), await ETagOfAsync("taxonomy/export/csv"));
    }

    [Fact]
    public async Task A_matching_If_None_Match_gets_304_with_no_body_and_the_caching_headers()
    {
        var etag = await ETagOfAsync(RolePath);

        using var response = await GetWithIfNoneMatchAsync(RolePath, etag);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, response.Headers.ETag!.Tag);
        Assert.Equal(TimeSpan.FromHours(1), response.Headers.CacheControl!.MaxAge);
    }

    [Theory]
    [InlineData("\"another-version\"")]
    [InlineData("W/\"another-version\"")]
    [InlineData("not a tag")]
    [InlineData("")]
    public async Task Another_tag_a_weak_other_tag_or_a_malformed_header_gets_the_full_answer(string ifNoneMatch)
    {
        using var response = await GetWithIfNoneMatchAsync(RolePath, ifNoneMatch);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_list_that_holds_the_tag_a_weak_form_of_it_or_a_star_gets_304()
    {
        // RFC 9110 13.1.2: If-None-Match uses the weak comparison, so W/"x" matches the strong "x".
        var etag = await ETagOfAsync(RolePath);

        foreach (var header in new[] { "\"other\", " + etag, "W/" + etag, "*" })
        {
            using var response = await GetWithIfNoneMatchAsync(RolePath, header);
            Assert.True(HttpStatusCode.NotModified == response.StatusCode, $"If-None-Match: {header} got {response.StatusCode}");
        }
    }

    [Fact]
    public async Task Another_endpoints_tag_does_not_match()
    {
        using var response = await GetWithIfNoneMatchAsync(RolePath, await ETagOfAsync("api/taxonomy"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Behind_RequireAuthorization_answers_are_private_and_strangers_are_refused()
    {
        await using var secured = await HostApp.StartAsync(
            app =>
            {
                app.MapRoleTaxonomyApi("/api/taxonomy").RequireAuthorization();
                app.MapRoleTaxonomyDashboard("/taxonomy").RequireAuthorization();
            },
            builder =>
            {
                builder.Services.AddAuthentication(HeaderAuthenticationHandler.SchemeName)
                    .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, HeaderAuthenticationHandler>(HeaderAuthenticationHandler.SchemeName, null);
                builder.Services.AddAuthorization();
            });

        using var stranger = await secured.Client.GetAsync(new Uri(RolePath, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, stranger.StatusCode);

        foreach (var path in new[] { RolePath, "taxonomy/" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Add(HeaderAuthenticationHandler.Header, "alice");
            using var member = await secured.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, member.StatusCode);
            Assert.True(member.Headers.CacheControl!.Private, path + " is cached as public behind authorization");
            Assert.False(member.Headers.CacheControl.Public);
        }
    }

    [Fact]
    public async Task A_fallback_authorization_policy_makes_the_answers_private_too()
    {
        await using var secured = await HostApp.StartAsync(
            app => app.MapRoleTaxonomyApi(),
            builder =>
            {
                builder.Services.AddAuthentication(HeaderAuthenticationHandler.SchemeName)
                    .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, HeaderAuthenticationHandler>(HeaderAuthenticationHandler.SchemeName, null);
                builder.Services.AddAuthorizationBuilder().SetFallbackPolicy(
                    new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
            });

        using var request = new HttpRequestMessage(HttpMethod.Get, RolePath);
        request.Headers.Add(HeaderAuthenticationHandler.Header, "alice");
        using var response = await secured.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl!.Private);
    }

    private async Task<string> ETagOfAsync(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.ETag!.Tag;
    }

    private async Task<HttpResponseMessage> GetWithIfNoneMatchAsync(string path, string ifNoneMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        return await _client.SendAsync(request);
    }
}
