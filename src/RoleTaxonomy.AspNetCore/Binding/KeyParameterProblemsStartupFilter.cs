using System;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using RoleTaxonomy.AspNetCore.Identities;

namespace RoleTaxonomy.AspNetCore.Binding;

/// <summary>Puts <see cref="KeyParameterProblems"/> first in the app's pipeline, around routing and every endpoint.</summary>
internal sealed class KeyParameterProblemsStartupFilter : IStartupFilter
{
    private readonly TaxonomyIdentities _identities;

    public KeyParameterProblemsStartupFilter(TaxonomyIdentities identities) => _identities = identities;

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(endpoint => new KeyParameterProblems(endpoint, _identities).InvokeAsync);
        next(app);
    };
}
