using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace RoleTaxonomy.Testing;

/// <summary>
/// A YAML file as the generator sees it: its path (relative to the repository, with '/'), its text, and whether it
/// is opted in as taxonomy content. The one file record of the generator tests, the benchmarks and the fuzzer.
/// </summary>
/// <param name="Path">Where the file is, as an additional file's path.</param>
/// <param name="Text">The file's text; null for a file the host could not read (as <c>AdditionalText.GetText</c> may return).</param>
/// <param name="IsContent">False for a YAML file of the project that is not taxonomy content (no <c>RoleTaxonomyContent</c> metadata).</param>
internal sealed record YamlFile(string Path, string? Text, bool IsContent = true)
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
