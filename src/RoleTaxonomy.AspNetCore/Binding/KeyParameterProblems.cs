using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Primitives;
using RoleTaxonomy.AspNetCore.Identities;

namespace RoleTaxonomy.AspNetCore.Binding;

/// <summary>
/// Gives a body to the 400 of an endpoint whose key parameter (<c>RoleKey role</c>) did not bind. Minimal APIs answer
/// a failed <c>TryParse</c> with an empty 400, or throw <c>BadHttpRequestException</c> where <c>ThrowOnBadRequest</c>
/// is on (Development); either way this writes the <c>application/problem+json</c> that names the parameter, the
/// value, the nearest key and the known keys. A 400 for any other reason is left as it is. Where the app's own
/// middleware writes the problem first (status code pages, the exception handler), <see cref="KeyParameterProblemDetails"/>
/// makes it this one.
/// </summary>
internal sealed class KeyParameterProblems
{
    private readonly RequestDelegate _next;
    private readonly KeyParameterExplainer _explainer;

    public KeyParameterProblems(RequestDelegate next, KeyParameterExplainer explainer)
    {
        _next = next;
        _explainer = explainer;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        KeyProblem? problem;
        try
        {
            await _next(context);
            if (context.Response.StatusCode != StatusCodes.Status400BadRequest || context.Response.HasStarted)
            {
                return;
            }

            problem = _explainer.Explain(context);
        }
        catch (BadHttpRequestException) when (!context.Response.HasStarted && _explainer.Explain(context) is { } thrown)
        {
            context.Response.Clear();
            problem = thrown;
        }

        if (problem is not null)
        {
            await problem.WriteAsync(context);
        }
    }
}

/// <summary>Finds, for a request that got a 400, the key parameter of its endpoint that could not bind, and why.</summary>
internal sealed class KeyParameterExplainer
{
    private readonly TaxonomyIdentities _identities;

    public KeyParameterExplainer(TaxonomyIdentities identities) => _identities = identities;

    /// <summary>The problem with the first key parameter of the request's endpoint that cannot bind; null when none.</summary>
    public KeyProblem? Explain(HttpContext context)
    {
        if (context.GetEndpoint() is not RouteEndpoint endpoint || endpoint.Metadata.GetMetadata<MethodInfo>() is not { } handler)
        {
            return null;
        }

        foreach (var parameter in handler.GetParameters())
        {
            var type = parameter.ParameterType.IsArray ? parameter.ParameterType.GetElementType()! : parameter.ParameterType;
            if (!_identities.TryGet(type, out var identity) || identity.KeyType != (Nullable.GetUnderlyingType(type) ?? type))
            {
                // An enum parameter binds through Enum.TryParse, not through this package: not explained here.
                continue;
            }

            var (source, name) = SourceOf(parameter, endpoint);
            var values = source switch
            {
                KeySource.Route => context.Request.RouteValues.TryGetValue(name, out var value) && value is string text
                    ? new StringValues(text)
                    : StringValues.Empty,
                KeySource.Header => context.Request.Headers[name],
                _ => context.Request.Query[name],
            };

            if (StringValues.IsNullOrEmpty(values))
            {
                if (IsRequired(parameter))
                {
                    return KeyProblem.Missing(identity, parameter.Name ?? name, source, name);
                }

                continue;
            }

            foreach (var value in values)
            {
                if (value is not null && !identity.IsKey(value))
                {
                    return KeyProblem.NotAKey(identity, parameter.Name ?? name, source, name, value);
                }
            }
        }

        return null;
    }

    // As minimal APIs choose: an attribute names the source, else a route parameter of the same name, else the query.
    private static (KeySource Source, string Name) SourceOf(ParameterInfo parameter, RouteEndpoint endpoint)
    {
        var name = parameter.Name ?? string.Empty;
        foreach (var attribute in parameter.GetCustomAttributes(inherit: true))
        {
            switch (attribute)
            {
                case IFromRouteMetadata route:
                    return (KeySource.Route, route.Name ?? name);
                case IFromQueryMetadata query:
                    return (KeySource.Query, query.Name ?? name);
                case IFromHeaderMetadata header:
                    return (KeySource.Header, header.Name ?? name);
            }
        }

        return endpoint.RoutePattern.GetParameter(name) is not null ? (KeySource.Route, name) : (KeySource.Query, name);
    }

    private static bool IsRequired(ParameterInfo parameter) =>
        !parameter.HasDefaultValue && !parameter.ParameterType.IsArray && Nullable.GetUnderlyingType(parameter.ParameterType) is null;
}

/// <summary>Where a key parameter's text comes from.</summary>
internal enum KeySource
{
    Route,
    Query,
    Header,
}

/// <summary>A 400 problem of one key parameter.</summary>
internal sealed class KeyProblem
{
    private readonly string _title;
    private readonly string _detail;
    private readonly Dictionary<string, object?> _extensions;

    private KeyProblem(string title, string detail, Dictionary<string, object?> extensions)
    {
        _title = title;
        _detail = detail;
        _extensions = extensions;
    }

    public static KeyProblem NotAKey(TaxonomyIdentity identity, string parameter, KeySource source, string name, string value)
    {
        var nearest = identity.Nearest(value);
        var hint = nearest is null ? $"the keys are {Quoted(identity.Keys)}" : $"did you mean '{nearest}'?";
        return new KeyProblem(
            $"Invalid {identity.Kind} key",
            $"'{value}' in {Where(source, name)} is not the key of a {identity.Kind}; {hint} " +
            "Keys match exactly: member names, numbers and lists are not keys.",
            Extensions(identity, parameter, source, value, nearest));
    }

    public static KeyProblem Missing(TaxonomyIdentity identity, string parameter, KeySource source, string name) =>
        new(
            $"Missing {identity.Kind} key",
            $"{Capitalized(Where(source, name))} is missing; give the key of a {identity.Kind}, such as '{identity.Keys[0]}'.",
            Extensions(identity, parameter, source, null, null));

    /// <summary>Makes a problem the framework writes for the same 400 (status code pages, the exception handler) this one.</summary>
    public void ApplyTo(ProblemDetails details)
    {
        details.Title = _title;
        details.Detail = _detail;
        foreach (var (name, value) in _extensions)
        {
            details.Extensions[name] = value;
        }
    }

    public Task WriteAsync(HttpContext context) =>
        TypedResults.Problem(title: _title, detail: _detail, statusCode: StatusCodes.Status400BadRequest, extensions: _extensions)
            .ExecuteAsync(context);

    private static Dictionary<string, object?> Extensions(TaxonomyIdentity identity, string parameter, KeySource source, string? value, string? nearest) =>
        new(StringComparer.Ordinal)
        {
            ["parameter"] = parameter,
            ["source"] = SourceName(source),
            ["value"] = value,
            ["nearest"] = nearest,
            ["knownKeys"] = identity.KnownKeysJson,
        };

    private static string Where(KeySource source, string name) => source switch
    {
        KeySource.Route => $"the route value '{name}'",
        KeySource.Header => $"the header '{name}'",
        _ => $"the query string's '{name}'",
    };

    private static string SourceName(KeySource source) => source switch
    {
        KeySource.Route => "route",
        KeySource.Header => "header",
        _ => "query",
    };

    private static string Capitalized(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static string Quoted(IEnumerable<string> keys) => string.Join(", ", keys.Select(key => $"'{key}'"));
}
