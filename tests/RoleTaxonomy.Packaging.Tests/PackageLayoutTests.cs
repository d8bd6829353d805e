using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using Xunit;

namespace RoleTaxonomy.Packaging.Tests;

/// <summary>Opens the packed .nupkg files and checks what a consumer would get.</summary>
[Collection(PackagesGroup.Name)]
public sealed class PackageLayoutTests
{
    private readonly PackagesFixture _packages;

    public PackageLayoutTests(PackagesFixture packages) => _packages = packages;

    [Fact]
    public void RoleTaxonomy_ships_both_targets_with_docs_and_no_YAML_or_Roslyn_dependency()
    {
        using var package = Open("RoleTaxonomy");
        var entries = package.Entries.Select(e => e.FullName).ToList();

        Assert.Contains("lib/netstandard2.0/RoleTaxonomy.dll", entries);
        Assert.Contains("lib/netstandard2.0/RoleTaxonomy.xml", entries);
        Assert.Contains("lib/net10.0/RoleTaxonomy.dll", entries);
        Assert.Contains("lib/net10.0/RoleTaxonomy.xml", entries);
        Assert.Contains("README.md", entries);
        // The key analyzers and their fixes, never the generator: no generator runs in a consumer's build.
        Assert.Equal(
            new[] { "analyzers/dotnet/cs/RoleTaxonomy.Analyzers.CodeFixes.dll", "analyzers/dotnet/cs/RoleTaxonomy.Analyzers.dll" },
            entries.Where(e => e.StartsWith("analyzers/", System.StringComparison.Ordinal)).OrderBy(e => e, System.StringComparer.Ordinal));
        Assert.DoesNotContain(entries, e => e.Contains("YamlDotNet", System.StringComparison.OrdinalIgnoreCase));

        // net10.0 needs nothing; netstandard2.0 needs System.Text.Json for the JSON export. Never YAML or Roslyn.
        var nuspec = Nuspec(package);
        var groups = nuspec.Descendants().Where(e => e.Name.LocalName == "group")
            .ToDictionary(g => g.Attribute("targetFramework")!.Value, g => g.Elements().Select(d => d.Attribute("id")!.Value).ToList());
        Assert.Empty(groups["net10.0"]);
        Assert.Equal(new[] { "System.Text.Json" }, groups[".NETStandard2.0"]);
        AssertMetadata(nuspec);
    }

    [Fact]
    public void RoleTaxonomy_EntityFrameworkCore_ships_net10_with_docs_and_depends_on_the_library_and_EF_Core()
    {
        using var package = Open("RoleTaxonomy.EntityFrameworkCore");
        var entries = package.Entries.Select(e => e.FullName).ToList();

        Assert.Contains("lib/net10.0/RoleTaxonomy.EntityFrameworkCore.dll", entries);
        Assert.Contains("lib/net10.0/RoleTaxonomy.EntityFrameworkCore.xml", entries);
        Assert.Contains("README.md", entries);
        var nuspec = Nuspec(package);
        var groups = nuspec.Descendants().Where(e => e.Name.LocalName == "group")
            .ToDictionary(g => g.Attribute("targetFramework")!.Value, g => g.Elements().Select(d => d.Attribute("id")!.Value).OrderBy(id => id, System.StringComparer.Ordinal).ToList());
        Assert.Equal(new[] { "net10.0" }, groups.Keys);
        Assert.Equal(new[] { "Microsoft.EntityFrameworkCore", "RoleTaxonomy" }, groups["net10.0"]);
        AssertMetadata(nuspec);
    }

    [Fact]
    public void RoleTaxonomy_AspNetCore_ships_net10_with_docs_depends_on_the_library_and_references_the_ASP_NET_Core_framework()
    {
        using var package = Open("RoleTaxonomy.AspNetCore");
        var entries = package.Entries.Select(e => e.FullName).ToList();

        Assert.Contains("lib/net10.0/RoleTaxonomy.AspNetCore.dll", entries);
        Assert.Contains("lib/net10.0/RoleTaxonomy.AspNetCore.xml", entries);
        Assert.Contains("README.md", entries);
        // The dashboard's files are inside the assembly, not content files that would land in a consumer's project.
        Assert.DoesNotContain(entries, e => e.StartsWith("content", System.StringComparison.Ordinal) || e.StartsWith("staticwebassets", System.StringComparison.Ordinal));
        var nuspec = Nuspec(package);
        // <dependencies> and <frameworkReferences> both hold <group>s: the package dependencies are the first.
        var groups = nuspec.Descendants().Single(e => e.Name.LocalName == "dependencies").Elements().Where(e => e.Name.LocalName == "group")
            .ToDictionary(g => g.Attribute("targetFramework")!.Value, g => g.Elements().ToDictionary(d => d.Attribute("id")!.Value, d => d.Attribute("exclude")?.Value));
        Assert.Equal(new[] { "net10.0" }, groups.Keys);
        // RoleTaxonomy with its key analyzers; the OpenAPI package without its source generator and build props, which
        // need a direct reference (an app that calls AddOpenApi() has one).
        Assert.Equal(new[] { "Microsoft.AspNetCore.OpenApi", "RoleTaxonomy" }, groups["net10.0"].Keys.OrderBy(id => id, System.StringComparer.Ordinal));
        Assert.DoesNotContain("Analyzers", groups["net10.0"]["RoleTaxonomy"] ?? string.Empty, System.StringComparison.Ordinal);
        Assert.Contains("Analyzers", groups["net10.0"]["Microsoft.AspNetCore.OpenApi"] ?? string.Empty, System.StringComparison.Ordinal);
        Assert.Contains("Build", groups["net10.0"]["Microsoft.AspNetCore.OpenApi"] ?? string.Empty, System.StringComparison.Ordinal);
        var framework = Assert.Single(nuspec.Descendants(), e => e.Name.LocalName == "frameworkReference");
        Assert.Equal("Microsoft.AspNetCore.App", framework.Attribute("name")!.Value);
        AssertMetadata(nuspec);
    }

    [Theory]
    [InlineData("RoleTaxonomy.AspNetCore", "lib/net10.0/RoleTaxonomy.AspNetCore")]
    [InlineData("RoleTaxonomy.EntityFrameworkCore", "lib/net10.0/RoleTaxonomy.EntityFrameworkCore")]
    [InlineData("RoleTaxonomy", "lib/netstandard2.0/RoleTaxonomy")]
    [InlineData("RoleTaxonomy", "lib/net10.0/RoleTaxonomy")]
    [InlineData("RoleTaxonomy.Generator", "analyzers/dotnet/cs/RoleTaxonomy.Generator")]
    public void Symbols_package_holds_the_portable_PDB_that_matches_the_shipped_assembly(string id, string assemblyPath)
    {
        using var package = Open(id);
        using var symbols = ZipFile.OpenRead(Path.Combine(_packages.Feed, $"{id}.{PackagesFixture.Version}.snupkg"));

        // A symbol server finds the PDB by the id the assembly records, and NuGet.org wants it at the assembly's path.
        var pdbEntry = symbols.GetEntry(assemblyPath + ".pdb");
        Assert.True(pdbEntry is not null, $"{id}.snupkg has no {assemblyPath}.pdb");
        var recordedId = ReadRecordedPdbId(package.GetEntry(assemblyPath + ".dll")!);
        Assert.Equal(recordedId, ReadPdbId(pdbEntry!));
    }

    [Fact]
    public void Generator_ships_as_an_analyzer_with_its_YAML_dependency_and_nothing_in_lib()
    {
        using var package = Open("RoleTaxonomy.Generator");
        var entries = package.Entries.Select(e => e.FullName).ToList();

        Assert.Contains("analyzers/dotnet/cs/RoleTaxonomy.Generator.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/YamlDotNet.dll", entries);
        Assert.Contains("buildTransitive/RoleTaxonomy.Generator.props", entries);
        Assert.Contains("buildTransitive/RoleTaxonomy.Generator.targets", entries);
        Assert.Contains("README.md", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", System.StringComparison.Ordinal));

        var nuspec = Nuspec(package);
        Assert.DoesNotContain(nuspec.Descendants(), e => e.Name.LocalName == "dependency");
        Assert.Equal("true", nuspec.Descendants().Single(e => e.Name.LocalName == "developmentDependency").Value);
        AssertMetadata(nuspec);
    }

    [Fact]
    public void Generator_carries_the_editor_schemas_and_a_README_that_starts_with_init_and_holds_the_example()
    {
        using var package = Open("RoleTaxonomy.Generator");

        // A team that starts from the package has the schemas the generator checks against, byte for byte.
        var schemas = Directory.GetFiles(Path.Combine(Testing.RepositoryPaths.Content, "schema"), "*.schema.json");
        Assert.Equal(4, schemas.Length);
        foreach (var schema in schemas)
        {
            var entry = package.GetEntry("schemas/" + Path.GetFileName(schema));
            Assert.True(entry is not null, $"The generator package has no schemas/{Path.GetFileName(schema)}.");
            Assert.Equal(File.ReadAllBytes(schema), Buffer(entry!).ToArray());
        }

        using var reader = new StreamReader(package.GetEntry("README.md")!.Open());
        var readme = reader.ReadToEnd().Replace("\r\n", "\n", System.StringComparison.Ordinal);
        Assert.Contains("roletaxonomy init champions", readme, System.StringComparison.Ordinal);
        Assert.Contains("## A complete example", readme, System.StringComparison.Ordinal);
        Assert.Contains("kind: page\n", readme, System.StringComparison.Ordinal);
        Assert.Contains("kind: role\n", readme, System.StringComparison.Ordinal);
        Assert.Contains("kind: vocabulary\n", readme, System.StringComparison.Ordinal);
        Assert.Contains("kind: numbers\n", readme, System.StringComparison.Ordinal);
        Assert.Contains("### `kind: role`", readme, System.StringComparison.Ordinal);
        Assert.Contains("under `schemas/`", readme, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Packing_printed_no_warning()
    {
        // SourceLink is on only for a GitHub remote; a clone of a local folder packs without its two warnings per project.
        Assert.DoesNotMatch(new System.Text.RegularExpressions.Regex(@"\bwarning\b"), _packages.PackOutput);
    }

    private static void AssertMetadata(XDocument nuspec)
    {
        Assert.Equal("MIT", nuspec.Descendants().Single(e => e.Name.LocalName == "license").Value);
        Assert.Equal("README.md", nuspec.Descendants().Single(e => e.Name.LocalName == "readme").Value);
        var repository = nuspec.Descendants().Single(e => e.Name.LocalName == "repository");
        Assert.StartsWith("https://", repository.Attribute("url")!.Value, System.StringComparison.Ordinal);
    }

    private static BlobContentId ReadRecordedPdbId(ZipArchiveEntry assembly)
    {
        using var reader = new PEReader(Buffer(assembly));
        var codeView = reader.ReadDebugDirectory().Single(e => e.Type == DebugDirectoryEntryType.CodeView);
        var data = reader.ReadCodeViewDebugDirectoryData(codeView);
        return new BlobContentId(data.Guid, codeView.Stamp);
    }

    private static BlobContentId ReadPdbId(ZipArchiveEntry pdb)
    {
        using var provider = MetadataReaderProvider.FromPortablePdbStream(Buffer(pdb));
        return new BlobContentId(provider.GetMetadataReader().DebugMetadataHeader!.Id);
    }

    private static MemoryStream Buffer(ZipArchiveEntry entry)
    {
        var buffer = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(buffer);
        }

        buffer.Position = 0;
        return buffer;
    }

    private ZipArchive Open(string id) => ZipFile.OpenRead(Path.Combine(_packages.Feed, $"{id}.{PackagesFixture.Version}.nupkg"));

    private static XDocument Nuspec(ZipArchive package)
    {
        using var stream = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", System.StringComparison.Ordinal)).Open();
        return XDocument.Load(stream);
    }
}
