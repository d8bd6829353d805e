using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using RoleTaxonomy.Generator;
using RoleTaxonomy.Generator.Model;

namespace RoleTaxonomy.Cli;

/// <summary>Finds content files under the paths a user names and runs them through the generator's engine.</summary>
internal static class ContentFiles
{
    /// <summary>The generator's defaults: the same rules and the same C# names as a build would produce.</summary>
    private static readonly GeneratorOptions Options = new("RoleTaxonomy", IsPublic: true, TargetFeatures.All);

    /// <summary>Every *.yaml and *.yml file under the paths (files as given, folders recursively), in ordinal order.</summary>
    public static IReadOnlyList<string> Find(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*.*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)));
            }
            else
            {
                throw new UsageException($"'{path}' is neither a file nor a folder.");
            }
        }

        return files.Select(f => Path.GetRelativePath(Directory.GetCurrentDirectory(), f).Replace(Path.DirectorySeparatorChar, '/')).ToList();
    }

    /// <summary>Binds and links the content under <paramref name="paths"/>, as a build of it would.</summary>
    /// <param name="paths">Files and folders, as the user named them.</param>
    /// <param name="contentVersion">The content version to record in the model, as <c>RoleTaxonomyContentVersion</c> does in a build; null for the generator's default.</param>
    /// <summary>
    /// The content files under the paths, refusing paths that hold none: checking or exporting nothing would pass
    /// for success, and a mistyped folder would go unnoticed.
    /// </summary>
    public static IReadOnlyList<string> FindSome(IReadOnlyList<string> paths)
    {
        var files = Find(paths);
        if (files.Count == 0)
        {
            throw new UsageException($"there are no *.yaml or *.yml content files at '{string.Join("', '", paths)}'.");
        }

        return files;
    }

    public static LinkResult Validate(IEnumerable<string> paths, string? contentVersion = null) =>
        TaxonomyEngine.Validate(
            Find(paths).OrderBy(f => f, StringComparer.Ordinal).Select(f => (f, (string?)ReadOrNull(f))),
            contentVersion is null ? Options : Options with { ContentVersion = contentVersion });

    /// <summary>Binds each content file under <paramref name="paths"/> on its own, without the cross-file rules.</summary>
    public static IReadOnlyList<ContentFile> Bind(IReadOnlyList<string> paths) =>
        FindSome(paths).OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => TaxonomyEngine.BindFile(f, ReadOrNull(f), default))
            .ToList();

    /// <summary>Applies the cross-file rules to files already bound, as a build would.</summary>
    public static LinkResult Link(IReadOnlyList<ContentFile> files) => TaxonomyEngine.Link(files.ToImmutableArray(), Options);

    /// <summary>Where a new numbers file goes: beside the content, in the first folder named (or the first file's folder).</summary>
    public static string DefaultNumbersFile(IReadOnlyList<string> paths)
    {
        var folder = Directory.Exists(paths[0]) ? paths[0] : Path.GetDirectoryName(paths[0]) ?? ".";
        return Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.Combine(folder, "numbers.yaml")).Replace(Path.DirectorySeparatorChar, '/');
    }

    private static string? ReadOrNull(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return null; // reported by the engine as RT0016, at the file
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}

/// <summary>A command line the tool cannot act on.</summary>
internal sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }
}
