using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using RoleTaxonomy.Generator;
using RoleTaxonomy.Generator.Linking;

namespace RoleTaxonomy.Cli;

/// <summary>
/// <c>roletaxonomy init</c>: a project that builds at once, for a team that starts from the package alone. The YAML
/// files and the editor schemas are resources of this assembly (the schemas are <c>content/schema</c>'s own files,
/// linked); the numbers file is written by the code <c>roletaxonomy numbers</c> runs, from those YAML files.
/// </summary>
internal static class InitCommand
{
    /// <summary>The prefix of the resources that are files of the new project, followed by their path in it.</summary>
    private const string ResourcePrefix = "init/";

    /// <summary>Where the numbers file goes.</summary>
    private const string NumbersPath = "taxonomy/numbers.yaml";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The numbers file's header: its schema's modeline, then the comment <c>roletaxonomy numbers</c> writes.</summary>
    private static readonly string[] NumbersHeader =
        new[] { "# yaml-language-server: $schema=./schema/numbers.schema.json" }.Concat(NumbersFileWriter.DefaultHeader).ToArray();

    public static int Run(IReadOnlyList<string> arguments)
    {
        var options = Options.Parse(arguments, "--name");
        if (options.Positional.Count > 1)
        {
            throw new UsageException($"init takes one folder, not {options.Positional.Count}: '{string.Join("', '", options.Positional)}'.");
        }

        var folder = options.Positional.Count == 1 ? options.Positional[0] : ".";
        var root = Path.GetFullPath(folder);
        var name = options.TryGetValue("--name", out var given) ? given : NamespaceFrom(root);
        if (!IsNamespace(name))
        {
            throw new UsageException(
                $"'{name}' is not a C# namespace: use letters, digits and '_', parts separated by '.', none a C# keyword or starting with a digit, such as --name Contoso.Champions.");
        }

        var files = Files(name);

        // Nothing is overwritten, and nothing is written unless everything can be: a half-written project would be
        // worse than none. A second project file would make 'dotnet build' ask which one to build.
        var clashes = files.Select(f => f.Path).Where(p => File.Exists(Path.Combine(root, p)) || Directory.Exists(Path.Combine(root, p))).ToList();
        if (Directory.Exists(root))
        {
            clashes.AddRange(Directory.EnumerateFiles(root)
                .Select(Path.GetFileName)
                .Where(f => f!.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".sln", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase))
                .Select(f => f!)
                .Where(f => !clashes.Contains(f, StringComparer.Ordinal)));
        }

        if (clashes.Count > 0)
        {
            Console.Error.WriteLine($"roletaxonomy: init writes nothing over an existing file, and '{folder}' already has {string.Join(", ", clashes.Select(c => "'" + c + "'"))}; nothing was written.");
            Console.Error.WriteLine("Run 'roletaxonomy init <new folder>' to create the project in a folder of its own.");
            return 2;
        }

        foreach (var (path, text) in files)
        {
            var target = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, text, Utf8);
        }

        var output = new StringBuilder();
        output.Append(CultureInfo.InvariantCulture, $"Wrote the taxonomy project {name} in {(folder == "." ? "this folder" : folder)}:\n");
        foreach (var (path, _) in files)
        {
            output.Append("  ").Append(path).Append('\n');
        }

        output.Append("Next:\n");
        if (folder != ".")
        {
            output.Append("  cd ").Append(folder.Contains(' ', StringComparison.Ordinal) ? "\"" + folder + "\"" : folder).Append('\n');
        }

        output.Append("  dotnet build     # the generator turns taxonomy/ into C#; a mistake is an error at its file, line and column\n");
        output.Append("  dotnet run       # prints the page's title and its roles, from the generated types\n");
        output.Append("Then edit the YAML (an editor with the YAML language server checks it against taxonomy/schema as you type),\n");
        output.Append("and after adding an item run 'roletaxonomy numbers taxonomy' to give it its number.\n");
        Console.Write(output.ToString());
        return 0;
    }

    /// <summary>The new project's files, in the order they are listed: the project, its code, its content.</summary>
    public static IReadOnlyList<(string Path, string Text)> Files(string name)
    {
        var files = new List<(string Path, string Text)>
        {
            (name + ".csproj", Project(name)),
            ("Program.cs", Program(name)),
        };

        var content = ResourceFiles().ToList();
        files.AddRange(content.Where(f => f.Path.EndsWith(".yaml", StringComparison.Ordinal)));
        files.Add((NumbersPath, Numbers(content)));
        files.AddRange(content.Where(f => !f.Path.EndsWith(".yaml", StringComparison.Ordinal)));
        return files;
    }

    /// <summary>The YAML and the schemas this assembly carries, by their path in the new project, in ordinal order.</summary>
    public static IEnumerable<(string Path, string Text)> ResourceFiles()
    {
        var assembly = typeof(InitCommand).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames()
                     .Where(r => r.StartsWith(ResourcePrefix, StringComparison.Ordinal))
                     .OrderBy(r => r, StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream, Utf8);

            // A checkout on Windows may have turned LF into CRLF: the project is written as the repository keeps it.
            yield return (resource[ResourcePrefix.Length..].Replace('\\', '/'), reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal));
        }
    }

    /// <summary>The numbers file <c>roletaxonomy numbers</c> would write for the content, opened by its schema's modeline.</summary>
    private static string Numbers(IEnumerable<(string Path, string Text)> content)
    {
        var bound = content
            .Where(f => f.Path.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(f => TaxonomyEngine.BindFile(f.Path, f.Text, default))
            .ToList();
        return NumbersFileWriter.Write(bound, NumbersHeader).Text;
    }

    private static string Project(string name) => $"""
        <Project Sdk="Microsoft.NET.Sdk">

          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>{TargetFramework}</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <!-- The namespace of the generated types; without it, the project's RootNamespace. -->
            <RoleTaxonomyNamespace>{name}</RoleTaxonomyNamespace>
          </PropertyGroup>

          <ItemGroup>
            <!-- Runs at compile time: typed C# from taxonomy/, and every mistake in it as an error at its line. -->
            <PackageReference Include="RoleTaxonomy.Generator" Version="{Version}" PrivateAssets="all" />
          </ItemGroup>

          <ItemGroup>
            <!-- The taxonomy's files, .yaml and .yml alike; no other YAML of the project is read. -->
            <RoleTaxonomyContent Include="taxonomy/**/*.yaml;taxonomy/**/*.yml" />
          </ItemGroup>

        </Project>

        """.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string Program(string name) => $$"""
        using {{name}};

        // The types below are generated from taxonomy/ at compile time: edit the YAML, build, and the code follows.
        Console.WriteLine(Taxonomy.Page.Title);
        foreach (var role in Roles.All)
        {
            Console.WriteLine($"{role.Name} ({role.Key}): {role.Summary}");
            foreach (var pattern in role.TaskPatterns)
            {
                Console.WriteLine($"  {pattern.Title} [{pattern.Key}]");
            }
        }

        """.Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>The tool's own version, which is the generator package's: both come from one VersionPrefix.</summary>
    public static string Version => Help.Version;

    /// <summary>The runtime the tool runs on, which is therefore installed (the tool is built for .NET 10 and rolls forward).</summary>
    private static string TargetFramework => string.Create(CultureInfo.InvariantCulture, $"net{Math.Max(10, Environment.Version.Major)}.0");

    /// <summary>A namespace from a folder's name: <c>security-champions</c> becomes <c>SecurityChampions</c>.</summary>
    public static string NamespaceFrom(string folder)
    {
        var leaf = Path.GetFileName(Path.TrimEndingDirectorySeparator(folder));
        var parts = new List<string>();
        var word = new StringBuilder();
        foreach (var c in leaf + " ")
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                word.Append(word.Length == 0 ? char.ToUpperInvariant(c) : c);
            }
            else if (word.Length > 0)
            {
                parts.Add(word.ToString());
                word.Clear();
            }
        }

        var name = string.Concat(parts);
        return name.Length == 0 ? "Taxonomy" : char.IsAsciiDigit(name[0]) ? "Taxonomy" + name : name;
    }

    private static bool IsNamespace(string name) =>
        name.Length > 0 && name.Split('.').All(part =>
            SyntaxFacts.IsValidIdentifier(part) && SyntaxFacts.GetKeywordKind(part) == SyntaxKind.None && SyntaxFacts.GetContextualKeywordKind(part) != SyntaxKind.GlobalKeyword);
}
