using System;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RoleTaxonomy.AspNetCore.Binding;
using RoleTaxonomy.AspNetCore.Identities;
using RoleTaxonomy.AspNetCore.OpenApi;

// The namespace of IServiceCollection's own extensions: a web project's implicit usings find this method.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds what the taxonomy's identities need in the endpoints an app writes itself.</summary>
public static class RoleTaxonomyServiceCollectionExtensions
{
    /// <summary>
    /// Adds the taxonomy's identities to the app's own endpoints and OpenAPI documents.
    /// <list type="bullet">
    /// <item><description>
    /// A parameter of a key type (<c>RoleKey</c>, <c>TaskPatternKey</c>, <c>VocabularyKey</c>, a vocabulary's
    /// <c>TriageOutcomeKey</c>…), from the route, the query string or a header, that is not a key (a member name, a
    /// number, a list, a typo) gets a <c>400</c> with an <c>application/problem+json</c> body whose <c>parameter</c>,
    /// <c>source</c>, <c>value</c>, <c>nearest</c> and <c>knownKeys</c> say what was wrong and what exists.
    /// </description></item>
    /// <item><description>
    /// Every OpenAPI document of <c>AddOpenApi()</c> describes the identity enums and key types, in parameters and in
    /// bodies, as <c>{"type":"string","enum":[…keys…]}</c>, with the display names in the description.
    /// </description></item>
    /// </list>
    /// Calling it more than once adds nothing more.
    /// </summary>
    /// <param name="services">The app's services.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <remarks>
    /// Declare an identity parameter by its key type: <c>(RoleKey role) =&gt; Roles.Get(role)</c>. Minimal APIs bind an
    /// enum such as <c>RoleId</c> through <c>Enum.TryParse</c>, which takes member names, numbers and flag combinations
    /// and never a key.
    /// </remarks>
    public static IServiceCollection AddRoleTaxonomy(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TaxonomyIdentities.Packaged);
        services.TryAddSingleton<KeyParameterExplainer>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStartupFilter, KeyParameterProblemsStartupFilter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<ProblemDetailsOptions>, KeyParameterProblemDetails>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<OpenApiOptions>, IdentitySchemas>());
        return services;
    }
}
