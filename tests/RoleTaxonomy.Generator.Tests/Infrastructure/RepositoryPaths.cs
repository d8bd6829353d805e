using System;
using System.IO;

namespace RoleTaxonomy.Generator.Tests.Infrastructure;

/// <summary>Finds the repository from the test's output folder, so tests read the real content and snapshots.</summary>
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

    public static string Root => LazyRoot.Value;

    public static string Content => Path.Combine(Root, "content");

    public static string Snapshots => Path.Combine(Root, "tests", "RoleTaxonomy.Generator.Tests", "Snapshots");
}
