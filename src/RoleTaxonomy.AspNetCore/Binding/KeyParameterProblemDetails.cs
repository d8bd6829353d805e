using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace RoleTaxonomy.AspNetCore.Binding;

/// <summary>
/// Makes every problem the app writes through <c>IProblemDetailsService</c> for a key parameter that did not bind (by
/// <c>UseStatusCodePages()</c> for the empty 400, by <c>UseExceptionHandler()</c> for Development's
/// <c>BadHttpRequestException</c>) name the parameter, the value and the nearest key, as the package's own does.
/// </summary>
internal sealed class KeyParameterProblemDetails : IConfigureOptions<ProblemDetailsOptions>
{
    private readonly KeyParameterExplainer _explainer;

    public KeyParameterProblemDetails(KeyParameterExplainer explainer) => _explainer = explainer;

    public void Configure(ProblemDetailsOptions options)
    {
        var customize = options.CustomizeProblemDetails;
        options.CustomizeProblemDetails = context =>
        {
            customize?.Invoke(context);
            if (context.ProblemDetails.Status == StatusCodes.Status400BadRequest && _explainer.Explain(context.HttpContext) is { } problem)
            {
                problem.ApplyTo(context.ProblemDetails);
            }
        };
    }
}
