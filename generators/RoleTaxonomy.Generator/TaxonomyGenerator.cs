using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RoleTaxonomy.Generator.Emitting;
using RoleTaxonomy.Generator.Model;

namespace RoleTaxonomy.Generator;

/// <summary>
/// Turns taxonomy YAML (additional files marked <c>RoleTaxonomyContent</c>) into typed C#, and reports bad content
/// as diagnostics at the YAML file, line and column. Pipeline wiring only: the stages live in their own folders.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class TaxonomyGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var features = context.CompilationProvider
            .Combine(context.ParseOptionsProvider)
            .Select(static (pair, _) => Features(pair.Left, pair.Right));

        var options = context.AnalyzerConfigOptionsProvider
            .Combine(features)
            .Select(static (pair, _) => OptionsReader.Read(pair.Left.GlobalOptions, pair.Right))
            .WithTrackingName(TrackingNames.Options);

        var files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => OptionsReader.IsContent(pair.Right.GetOptions(pair.Left)))
            .Select(static (pair, _) => pair.Left)
            .WithTrackingName(TrackingNames.ContentFiles)
            .Select(static (file, cancellationToken) =>
                TaxonomyEngine.BindFile(file.Path, file.GetText(cancellationToken)?.ToString(), cancellationToken))
            .WithTrackingName(TrackingNames.BoundFiles);

        var linked = files.Collect()
            .WithTrackingName(TrackingNames.AllFiles)
            .Combine(options)
            .Select(static (pair, _) => pair.Left.IsEmpty
                ? new LinkResult(null, EquatableArray<DiagnosticInfo>.Empty)
                : Merge(TaxonomyEngine.Link(pair.Left, pair.Right.Options), pair.Right.Diagnostics))
            .WithTrackingName(TrackingNames.Linked);

        var diagnostics = linked.Select(static (result, _) => result.Diagnostics).WithTrackingName(TrackingNames.Diagnostics);
        var model = linked.Select(static (result, _) => result.Model).WithTrackingName(TrackingNames.Model);

        context.RegisterSourceOutput(diagnostics, static (spc, items) =>
        {
            foreach (var item in items)
            {
                spc.ReportDiagnostic(item.ToDiagnostic());
            }
        });

        // The model types depend on the options only, so a content edit leaves them cached. They refer to RoleId,
        // Roles and the rest, so like those they are emitted only when the content linked without errors.
        var modelTypes = options
            .Select(static (result, _) => ModelTypesOptions.From(result.Options))
            .Combine(linked.Select(static (result, _) => result.Model is not null))
            .Select(static (pair, _) => pair.Right ? pair.Left : null)
            .WithTrackingName(TrackingNames.ModelTypes);

        context.RegisterSourceOutput(model, static (spc, taxonomy) =>
        {
            if (taxonomy is not null)
            {
                AddSources(spc, () => TaxonomyEmitter.Emit(taxonomy));
            }
        });

        context.RegisterSourceOutput(modelTypes, static (spc, modelOptions) =>
        {
            if (modelOptions is not null)
            {
                AddSources(spc, () => new[] { ModelSource.Emit(modelOptions) });
            }
        });
    }

    /// <summary>
    /// Writes every source of one output before adding any: a failure must not leave half of it behind. It becomes an
    /// error diagnostic, not a generator crash (CS8785) that drops the code quietly.
    /// </summary>
    private static void AddSources(SourceProductionContext spc, Func<IEnumerable<GeneratedSource>> emit)
    {
        List<GeneratedSource> sources;
        try
        {
            sources = emit().ToList();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            spc.ReportDiagnostic(TaxonomyEngine.InternalError(exception, null).ToDiagnostic());
            return;
        }

        try
        {
            foreach (var source in sources)
            {
                spc.AddSource(source.HintName, source.Text);
            }
        }
        catch (ArgumentException exception)
        {
            // A hint name the compiler refuses.
            spc.ReportDiagnostic(TaxonomyEngine.InternalError(exception, null).ToDiagnostic());
        }
    }

    /// <summary>What the consumer's compilation offers the generated code: an enum, so that it caches as a value.</summary>
    private static TargetFeatures Features(Compilation compilation, ParseOptions parseOptions)
    {
        bool Accessible(string metadataName) =>
            compilation.GetTypeByMetadataName(metadataName) is { } type && compilation.IsSymbolAccessibleWithin(type, compilation.Assembly);

        var features = TargetFeatures.None;
        if (Accessible("System.Diagnostics.CodeAnalysis.NotNullWhenAttribute"))
        {
            features |= TargetFeatures.NotNullWhen;
        }

        var hasSpan = Accessible("System.ReadOnlySpan`1") && Accessible("System.MemoryExtensions");
        if (hasSpan)
        {
            features |= TargetFeatures.Span;
            if (parseOptions is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp11 })
            {
                features |= TargetFeatures.SpanPatterns;
            }
        }

        if (hasSpan && Accessible("System.Text.Json.Serialization.JsonConverter`1"))
        {
            features |= TargetFeatures.Json;
            if (Accessible("System.Text.Json.Serialization.JsonStringEnumMemberNameAttribute"))
            {
                features |= TargetFeatures.JsonEnumMemberNames;
            }
        }

        if (Accessible("System.IParsable`1")
            && (features & TargetFeatures.NotNullWhen) != 0
            && parseOptions is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp11 }
            && compilation.SupportsRuntimeCapability(RuntimeCapability.VirtualStaticsInInterfaces))
        {
            features |= TargetFeatures.Parsable;
        }

        const TargetFeatures webNeeds = TargetFeatures.Json | TargetFeatures.Parsable;
        if ((features & webNeeds) == webNeeds && Accessible("RoleTaxonomy.AspNetCore.TaxonomySource"))
        {
            features |= TargetFeatures.AspNetCore;
        }

        if (Accessible("System.ComponentModel.TypeConverter") && Accessible("System.ComponentModel.TypeConverterAttribute"))
        {
            features |= TargetFeatures.TypeConverter;
        }

        return features;
    }

    private static LinkResult Merge(LinkResult result, EquatableArray<DiagnosticInfo> optionDiagnostics) =>
        optionDiagnostics.IsEmpty
            ? result
            : new LinkResult(null, new EquatableArray<DiagnosticInfo>(optionDiagnostics.AsImmutableArray().AddRange(result.Diagnostics.AsImmutableArray())));
}
