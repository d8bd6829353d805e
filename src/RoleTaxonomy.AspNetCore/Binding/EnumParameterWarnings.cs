using System;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RoleTaxonomy.AspNetCore.Identities;

namespace RoleTaxonomy.AspNetCore.Binding;

/// <summary>
/// Warns, when the app starts, of each endpoint parameter that binds an identity enum (<c>RoleId id</c>) from the
/// route, the query string or a header. Minimal APIs bind it through <c>Enum.TryParse</c>, which takes member names,
/// numbers and flag combinations and refuses keys, and no middleware can change that: its key type binds keys.
/// </summary>
internal sealed partial class EnumParameterWarnings : IHostedService
{
    private readonly EndpointDataSource _endpoints;
    private readonly TaxonomyIdentities _identities;
    private readonly ILogger<EnumParameterWarnings> _logger;
    private readonly IHostApplicationLifetime _lifetime;

    public EnumParameterWarnings(
        EndpointDataSource endpoints, TaxonomyIdentities identities, ILogger<EnumParameterWarnings> logger, IHostApplicationLifetime lifetime)
    {
        _endpoints = endpoints;
        _identities = identities;
        _logger = logger;
        _lifetime = lifetime;
    }

    // Once the app has started: the endpoints reach the data source only when the server builds the pipeline.
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _lifetime.ApplicationStarted.Register(Warn);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Warn()
    {
        foreach (var endpoint in _endpoints.Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<MethodInfo>() is not { } handler)
            {
                continue;
            }

            foreach (var parameter in handler.GetParameters())
            {
                var type = parameter.ParameterType.IsArray ? parameter.ParameterType.GetElementType()! : parameter.ParameterType;
                if (_identities.TryGet(type, out var identity)
                    && identity.EnumType == (Nullable.GetUnderlyingType(type) ?? type)
                    && !parameter.GetCustomAttributes(inherit: true).OfType<IFromBodyMetadata>().Any())
                {
                    EnumParameter(_logger, endpoint.DisplayName ?? endpoint.RoutePattern.RawText ?? string.Empty, identity.EnumType.Name,
                        parameter.Name ?? string.Empty, identity.KeyType.Name);
                }
            }
        }
    }

    [LoggerMessage(EventId = 1, EventName = "EnumIdentityParameter", Level = LogLevel.Warning,
        Message = "{Endpoint}: the parameter '{EnumType} {Parameter}' binds through Enum.TryParse, which takes member names, numbers " +
            "and flag combinations and refuses keys. Declare it as {KeyType}, which binds keys only.")]
    private static partial void EnumParameter(ILogger logger, string endpoint, string enumType, string parameter, string keyType);
}
