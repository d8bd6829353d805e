using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace RoleTaxonomy.Testing;

/// <summary>A content file's path (relative to the repository, with '/') and YAML.</summary>
internal sealed record YamlFile(string Path, string Text)
{
    /// <summary>The real taxonomy in <c>content/</c>, in ordinal order of path.</summary>
    public static IReadOnlyList<YamlFile> RealContent() => Directory
        .EnumerateFiles(RepositoryPaths.Content, "*.yaml", SearchOption.AllDirectories)
        .OrderBy(p => p, StringComparer.Ordinal)
        .Select(p => new YamlFile(
            System.IO.Path.GetRelativePath(RepositoryPaths.Root, p).Replace('\\', '/'),
            File.ReadAllText(p, Encoding.UTF8)))
        .ToList();
}
