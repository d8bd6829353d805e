using System.Linq;
using Microsoft.CodeAnalysis;
using RoleTaxonomy.Generator.Diagnostics;

namespace RoleTaxonomy.Generator.Model;

/// <summary>
/// A diagnostic as pipeline data: equatable, holding no <see cref="Location"/> until it is reported.
/// </summary>
internal sealed record DiagnosticInfo(string Id, LocationInfo? Location, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
        new(descriptor.Id, location, arguments.ToEquatableArray());

    public DiagnosticDescriptor Descriptor => DiagnosticDescriptors.ById[Id];

    public bool IsError => Descriptor.DefaultSeverity == DiagnosticSeverity.Error;

    public Diagnostic ToDiagnostic() => Diagnostic.Create(
        Descriptor,
        Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None,
        Arguments.Cast<object>().ToArray());

    /// <summary>The message with its arguments filled in, as the compiler would print it.</summary>
    public string Message => ToDiagnostic().GetMessage(System.Globalization.CultureInfo.InvariantCulture);
}
