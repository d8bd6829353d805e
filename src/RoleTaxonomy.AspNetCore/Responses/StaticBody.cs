using System;
using System.Buffers.Text;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace RoleTaxonomy.AspNetCore.Responses;

/// <summary>
/// One answer whose bytes never change while the process runs: serialized once, with a strong ETag taken from the
/// bytes, and written with conditional GET (a matching <c>If-None-Match</c> gets <c>304</c> and no body).
/// </summary>
internal sealed class StaticBody
{
    // The content changes only with the package version, but URLs do not carry the version: an hour bounds how long a
    // client shows the previous version after an upgrade, and after that a revalidation costs a 304 without a body.
    private const string PublicCacheControl = "public, max-age=3600";

    // Behind authorization, a shared cache must not hand the answer to someone else.
    private const string PrivateCacheControl = "private, max-age=3600";

    private readonly byte[] _content;
    private readonly EntityTagHeaderValue _entityTag;
    private readonly KeyValuePair<string, string>[] _headers;

    public StaticBody(byte[] content, string contentType, params KeyValuePair<string, string>[] headers)
    {
        _content = content;
        ContentType = contentType;
        ETag = StrongETagOf(content);
        _entityTag = new EntityTagHeaderValue(ETag);
        _headers = headers;
    }

    /// <summary>The content type written with the body, such as <c>application/json; charset=utf-8</c>.</summary>
    public string ContentType { get; }

    /// <summary>The quoted strong ETag: the first 128 bits of the content's SHA-256, base64url.</summary>
    public string ETag { get; }

    public static StaticBody Utf8(string text, string contentType, params KeyValuePair<string, string>[] headers) =>
        new(Encoding.UTF8.GetBytes(text), contentType, headers);

    public Task WriteAsync(HttpContext context)
    {
        var response = context.Response;
        var headers = response.Headers;
        headers.ETag = ETag;
        // Private unless known public: an endpoint mapped without DecideCacheControl never reaches a shared cache.
        headers.CacheControl = context.GetEndpoint()?.Metadata.GetMetadata<CacheControlMetadata>()?.Value ?? PrivateCacheControl;
        headers.XContentTypeOptions = "nosniff";
        foreach (var (name, value) in _headers)
        {
            headers[name] = value;
        }

        if (IsNotModified(context.Request))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        response.ContentLength = _content.Length;
        return HttpMethods.IsHead(context.Request.Method)
            ? Task.CompletedTask
            : WriteBodyAsync(response, _content, context.RequestAborted);
    }

    // Straight to the response's pipe, without the stream over it.
    private static Task WriteBodyAsync(HttpResponse response, byte[] content, System.Threading.CancellationToken aborted)
    {
        var write = response.BodyWriter.WriteAsync(content, aborted);
        return write.IsCompletedSuccessfully ? Task.CompletedTask : write.AsTask();
    }

    // RFC 9110 13.1.2: If-None-Match compares weakly, so W/"x" matches "x" as well; "*" matches any current body.
    // A header that does not parse is ignored, as if it were absent: the client gets the full answer.
    private bool IsNotModified(HttpRequest request)
    {
        var ifNoneMatch = request.Headers.IfNoneMatch;
        if (ifNoneMatch.Count == 0 || !EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags))
        {
            return false;
        }

        foreach (var tag in tags)
        {
            if (tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(_entityTag, useStrongComparison: false))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Decides each endpoint's <c>Cache-Control</c> once, when the endpoint is built: its final metadata (the app's
    /// own conventions included, which run before a finally convention) and the app's fallback policy are known then.
    /// A request reads the result with one metadata lookup.
    /// </summary>
    public static void DecideCacheControl(EndpointBuilder endpoint)
    {
        var metadata = endpoint.Metadata;
        var named = !metadata.OfType<IAllowAnonymous>().Any()
            && (metadata.OfType<IAuthorizeData>().Any() || metadata.OfType<AuthorizationPolicy>().Any()
                || metadata.OfType<IAuthorizationRequirementData>().Any());
        // A fallback policy protects every endpoint that names none.
        var fallback = !metadata.OfType<IAllowAnonymous>().Any()
            && endpoint.ApplicationServices.GetService<IOptions<AuthorizationOptions>>()?.Value.FallbackPolicy is not null;
        metadata.Add(named || fallback ? CacheControlMetadata.Private : CacheControlMetadata.Public);
    }

    /// <summary>The <c>Cache-Control</c> of an endpoint, decided when it was built.</summary>
    internal sealed class CacheControlMetadata
    {
        public static readonly CacheControlMetadata Public = new(PublicCacheControl);

        public static readonly CacheControlMetadata Private = new(PrivateCacheControl);

        private CacheControlMetadata(string value) => Value = value;

        public string Value { get; }
    }

    private static string StrongETagOf(byte[] content)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(content, hash);
        return "\"" + Base64Url.EncodeToString(hash[..16]) + "\"";
    }
}
