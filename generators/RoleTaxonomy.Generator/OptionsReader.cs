using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Diagnostics;
using RoleTaxonomy.Generator.Diagnostics;
using RoleTaxonomy.Generator.Model;
using RoleTaxonomy.Generator.Naming;

namespace RoleTaxonomy.Generator;

/// <summary>The generator's options as read from MSBuild, and what was wrong with them.</summary>
internal sealed record OptionsResult(GeneratorOptions Options, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>Reads the MSBuild properties that <c>RoleTaxonomy.Generator.props</c> makes visible to the compiler.</summary>
internal static class OptionsReader
{
    public const string ContentMetadata = "build_metadata.AdditionalFiles.RoleTaxonomyContent";
    public const string NamespaceProperty = "RoleTaxonomyNamespace";
    public const string VisibilityProperty = "RoleTaxonomyVisibility";
    public const string ContentVersionProperty = "RoleTaxonomyContentVersion";
    public const string DefaultNamespace = "RoleTaxonomy";
    public const string DefaultContentVersion = "0.0.0";

    /// <summary>True for an additional file opted in as taxonomy content; any other YAML is left alone.</summary>
    public static bool IsContent(AnalyzerConfigOptions fileOptions) =>
        fileOptions.TryGetValue(ContentMetadata, out var value) && string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    public static OptionsResult Read(AnalyzerConfigOptions global, TargetFeatures features)
    {
        var diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();

        var source = NamespaceProperty;
        var ns = Property(global, NamespaceProperty);
        if (ns is null && Property(global, "RootNamespace") is { } rootNamespace)
        {
            (source, ns) = ("RootNamespace", rootNamespace);
        }

        ns ??= DefaultNamespace;
        if (!IsValidNamespace(ns))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, null, source, ns,
                $"set {NamespaceProperty} to a C# namespace such as 'Contoso.Security.Taxonomy'"));
            ns = DefaultNamespace;
        }

        var visibility = Property(global, VisibilityProperty) ?? "public";
        var isPublic = string.Equals(visibility, "public", StringComparison.OrdinalIgnoreCase);
        if (!isPublic && !string.Equals(visibility, "internal", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, null, VisibilityProperty, visibility,
                "use 'public' or 'internal'"));
            isPublic = true;
        }

        var contentVersion = Property(global, ContentVersionProperty) ?? DefaultContentVersion;
        return new OptionsResult(new GeneratorOptions(ns, isPublic, features, contentVersion), diagnostics.ToImmutable().ToEquatableArray());
    }

    private static string? Property(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue("build_property." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static bool IsValidNamespace(string ns)
    {
        foreach (var part in ns.Split('.'))
        {
            if (!Identifier.IsValid(part))
            {
                return false;
            }
        }

        return true;
    }
}
