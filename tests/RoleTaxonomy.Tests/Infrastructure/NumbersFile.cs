using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using RoleTaxonomy.Testing;
using YamlDotNet.RepresentationModel;

namespace RoleTaxonomy.Tests.Infrastructure;

/// <summary>content/numbers.yaml as written in the repository: the number of every item that ever shipped.</summary>
internal static class NumbersFile
{
    private static readonly Lazy<YamlMappingNode> Root = new(() =>
    {
        var stream = new YamlStream();
        using var reader = new StringReader(File.ReadAllText(Path));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    });

    public static string Path => System.IO.Path.Combine(RepositoryPaths.Content, "numbers.yaml");

    /// <summary>The names of the file's top-level sections.</summary>
    public static IReadOnlyList<string> SectionNames => Root.Value.Children.Keys.Select(Scalar).ToList();

    /// <summary>A top-level section (<c>roles</c>, <c>taskPatterns</c>, <c>vocabularies</c>), key to number, in the file's order.</summary>
    public static IReadOnlyDictionary<string, int> Section(string name) => Numbers(Mapping(Root.Value, name));

    /// <summary>The members' section of one vocabulary, key to number, in the file's order.</summary>
    public static IReadOnlyDictionary<string, int> MemberSection(string vocabularyKey) =>
        Numbers(Mapping(Mapping(Root.Value, "members"), vocabularyKey));

    /// <summary>The vocabularies that have a members' section.</summary>
    public static IReadOnlyList<string> MemberSectionNames => Mapping(Root.Value, "members").Children.Keys.Select(Scalar).ToList();

    private static YamlMappingNode Mapping(YamlMappingNode parent, string name) =>
        parent.Children.TryGetValue(new YamlScalarNode(name), out var node)
            ? (YamlMappingNode)node
            : throw new KeyNotFoundException("numbers.yaml has no section '" + name + "'");

    private static Dictionary<string, int> Numbers(YamlMappingNode section)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in section.Children)
        {
            numbers.Add(Scalar(entry.Key), int.Parse(Scalar(entry.Value), NumberStyles.None, CultureInfo.InvariantCulture));
        }

        return numbers;
    }

    private static string Scalar(YamlNode node) => ((YamlScalarNode)node).Value ?? string.Empty;
}
