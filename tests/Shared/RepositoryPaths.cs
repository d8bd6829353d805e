using System;
using System.IO;

namespace RoleTaxonomy.Testing;

/// <summary>Finds the repository from a test's output folder, so tests read the real content and files beside it.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "RoleTaxonomy.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("RoleTaxonomy.sln was not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The folder that holds RoleTaxonomy.sln.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>The taxonomy's YAML.</summary>
    public static string Content => Path.Combine(Root, "content");

    /// <summary>The knowledge-base page the content is written from, kept in the repository as received.</summary>
    public static string SeedPage => Path.Combine(Root, "content", "source", "day-in-the-life.txt");

    /// <summary>The generator's reviewed snapshots.</summary>
    public static string Snapshots => Path.Combine(Root, "tests", "RoleTaxonomy.Generator.Tests", "Snapshots");
}
