using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using RoleTaxonomy.Generator.Binding;
using RoleTaxonomy.Generator.Diagnostics;
using RoleTaxonomy.Generator.Linking;
using RoleTaxonomy.Generator.Model;
using RoleTaxonomy.Generator.Parsing;

namespace RoleTaxonomy.Generator;

/// <summary>
/// The one validation engine: the generator and every other tool read, bind and link content through it.
/// Nothing here throws for bad input; what goes wrong becomes a diagnostic.
/// </summary>
internal static class TaxonomyEngine
{
    /// <summary>Reads and binds one file; never throws except for cancellation.</summary>
    public static ContentFile BindFile(string path, string? text, CancellationToken cancellationToken)
    {
        if (text is null)
        {
            // Nothing of it can be read but its name, which content files take from their key.
            var stem = System.IO.Path.GetFileNameWithoutExtension(path);
            return Failed(path, DiagnosticInfo.Create(DiagnosticDescriptors.UnreadableFile, LocationInfo.StartOfFile(path), path)) with
            {
                UnreadKeys = Naming.ContentKey.IsAccepted(stem) ? EquatableArray.Create(stem) : EquatableArray<string>.Empty,
            };
        }

        try
        {
            return ContentBinder.Bind(path, text, YamlLimits.Default, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return Failed(path, InternalError(exception, LocationInfo.StartOfFile(path)));
        }
    }

    /// <summary>Applies the cross-file rules; never throws.</summary>
    public static LinkResult Link(ImmutableArray<ContentFile> files, GeneratorOptions options)
    {
        try
        {
            return TaxonomyLinker.Link(files, options);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var fileDiagnostics = files.IsDefault ? Enumerable.Empty<DiagnosticInfo>() : files.SelectMany(f => f.Diagnostics);
            return new LinkResult(null, fileDiagnostics.Append(InternalError(exception, null)).ToEquatableArray());
        }
    }

    /// <summary>Binds and links a set of files in one go, as a command-line tool would.</summary>
    public static LinkResult Validate(IEnumerable<(string Path, string? Text)> files, GeneratorOptions options, CancellationToken cancellationToken = default) =>
        Link(files.Select(f => BindFile(f.Path, f.Text, cancellationToken)).ToImmutableArray(), options);

    public static DiagnosticInfo InternalError(Exception exception, LocationInfo? location) =>
        DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, location,
            exception.GetType().Name + ": " + exception.Message.TrimEnd('.') + FirstFrame(exception));

    /// <summary>Where it failed, so that a report can be acted on without a debugger.</summary>
    private static string FirstFrame(Exception exception)
    {
        var trace = exception.StackTrace;
        if (string.IsNullOrEmpty(trace))
        {
            return string.Empty;
        }

        var line = trace!.Split('\n')[0].Trim();
        return " (" + line + ")";
    }

    private static ContentFile Failed(string path, DiagnosticInfo diagnostic) => new(
        path, EquatableArray<RoleSpec>.Empty, EquatableArray<VocabularySpec>.Empty, EquatableArray<PageSpec>.Empty,
        ImmutableArray.Create(diagnostic).ToEquatableArray());
}
