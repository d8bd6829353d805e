using System;
using System.IO;
using RoleTaxonomy.Testing;
using Xunit;

namespace RoleTaxonomy.Cli.Tests;

/// <summary>A temporary folder for a test to run the tool in, deleted afterwards.</summary>
internal sealed class ScratchFolder : IDisposable
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "roletaxonomy-cli-" + Guid.NewGuid().ToString("N"));

    public ScratchFolder() => Directory.CreateDirectory(Root);

    /// <summary>
    /// Copies the real content's YAML into <paramref name="folder"/> here, with each (file, from, to) replacement applied,
    /// so that the tool reports places as <c>folder/...</c>; fails if a replacement does not apply.
    /// </summary>
    public ScratchFolder WithContent(string folder, params (string File, string From, string To)[] edits)
    {
        var target = Path.Combine(Root, folder);
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Content, "*.yaml", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(RepositoryPaths.Content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        foreach (var (file, from, to) in edits)
        {
            var path = Path.Combine(target, file);
            var text = File.ReadAllText(path);
            Assert.True(text.Contains(from, StringComparison.Ordinal), $"The edit of {file} does not apply.");
            File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
        }

        return this;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
