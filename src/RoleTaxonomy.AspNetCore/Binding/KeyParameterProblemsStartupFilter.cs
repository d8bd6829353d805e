using System;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace RoleTaxonomy.AspNetCore.Binding;

/// <summary>Puts <see cref="KeyParameterProblems"/> first in the app's pipeline, around routing and every endpoint.</summary>
internal sealed class KeyParameterProblemsStartupFilter : IStartupFilter
{
    private readonly KeyParameterExplainer _explainer;

    public KeyParameterProblemsStartupFilter(KeyParameterExplainer explainer) => _explainer = explainer;

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(endpoint => new KeyParameterProblems(endpoint, _explainer).InvokeAsync);
        next(app);
    };
}
