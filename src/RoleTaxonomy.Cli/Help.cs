using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace RoleTaxonomy.Cli;

/// <summary>The tool's usage text: the overview, and each command's own (<c>roletaxonomy &lt;command&gt; --help</c>).</summary>
internal static class Help
{
    /// <summary>What every command that reads content says about which files it reads.</summary>
    private const string ContentFilesRule =
        "A folder is searched, with its subfolders, for *.yaml and *.yml files (both are content, as in the build);\n" +
        "a file named on the command line is read whatever its name.";

    private const string ExitCodes = "Exit codes: 0 success; 1 content errors, or a breaking change (diff); 2 a command line or content the tool cannot use.";

    /// <summary>Each command's usage, by name.</summary>
    public static IReadOnlyDictionary<string, string> Commands { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["init"] = $"""
            Usage: roletaxonomy init [<folder>] [--name <Namespace>]

            Write a project that builds at once into <folder> (default: the current folder): <Name>.csproj referencing
            RoleTaxonomy.Generator {Version}, a Program.cs that prints the roles, and under taxonomy/ a page
            (taxonomy.yaml), one role (roles/), one vocabulary (vocabularies/), the numbers file (numbers.yaml) and the
            editor schemas (schema/*.schema.json), each YAML file naming its schema in a yaml-language-server modeline.
            Nothing is overwritten: init refuses a folder that already has any of these files, or a project file.

            Options:
              --name <Namespace>  the namespace of the generated types and the project's name (default: the folder's
                                  name in PascalCase, such as SecurityChampions for security-champions)

            Then: dotnet build, dotnet run.
            Exit codes: 0 written; 2 a command line it cannot use, or files already there (nothing is written).
            """,
        ["validate"] = $"""
            Usage: roletaxonomy validate <path>...

            Check content files with the generator's own rules, and print every problem as
            file(line,column): error RTxxxx: message.
            {ContentFilesRule}

            Exit codes: 0 no errors (warnings may be printed); 1 content errors; 2 a command line it cannot use, or
            paths that hold no content file.
            """,
        ["export"] = $"""
            Usage: roletaxonomy export [<path>...] --format json|markdown|html|csv [--content-version <v>] [--output <file>]

            Export the content at the paths, or without paths the taxonomy packaged with the tool.
            {ContentFilesRule}

            Options:
              --format json|markdown|html|csv  json as docs/taxonomy.schema.json; markdown and html render the page, so
                                               the content needs one; csv lists the task patterns (required)
              --content-version <v>            the version the export records (content at paths only; default: the
                                               generator's)
              --output <file>                  write to the file instead of standard output

            Exit codes: 0 exported; 1 content errors (nothing is exported); 2 a command line it cannot use.
            """,
        ["diff"] = $"""
            Usage: roletaxonomy diff <old> <new> [--format text|markdown]

            Compare two versions of the content: added, removed, renamed, changed, deprecated; a removed or renamed
            key, a new C# name, a changed number and a line gone from the numbers file are breaking.
            {ContentFilesRule}

            Options:
              --format text|markdown  text (default), or markdown for a changelog section

            Exit codes: 0 no breaking change; 1 a breaking change; 2 a command line it cannot use, or content with errors.
            """,
        ["numbers"] = $"""
            Usage: roletaxonomy numbers <path>... [--check true]

            Give every item without a number the next free one, in the numbers file (created as numbers.yaml in the
            first folder when the content has none). Every existing line and the header comments are kept.
            {ContentFilesRule}

            Options:
              --check true  change nothing; exit 1 if any item lacks a number (for CI)

            Exit codes: 0 done (or, with --check, every item numbered); 1 an item without a number (--check), or a
            numbers file with an error of its own (nothing is written); 2 a command line it cannot use.
            """,
    };

    /// <summary>The overview <c>roletaxonomy --help</c> prints.</summary>
    public static string Overview => $"""
        roletaxonomy {Version}: check, export and compare RoleTaxonomy content with the generator's own rules.

        Usage: roletaxonomy <command> [<arguments>]

        Commands:
          init [<folder>] [--name <Namespace>]     Write a new project with a taxonomy that builds at once
          validate <path>...                       Check content files
          export [<path>...] --format <format>     Export the content (without paths, the packaged taxonomy) as
                                                   json, markdown, html or csv
          diff <old> <new> [--format <format>]     Compare two versions of the content
          numbers <path>... [--check true]         Give every item without a number the next free one

        roletaxonomy <command> --help (or -h, or roletaxonomy help <command>) prints that command's usage.
        roletaxonomy --version prints the version.
        {ContentFilesRule}
        {ExitCodes}
        """;

    /// <summary>
    /// The tool's version, which is the packages' version (one VersionPrefix in Directory.Build.props), without the
    /// source revision the build appends after a '+'.
    /// </summary>
    public static string Version { get; } = ReadVersion();

    public static int Print(TextWriter writer, string? command, int exitCode)
    {
        writer.WriteLine(command is not null && Commands.TryGetValue(command, out var usage) ? usage : Overview);
        return exitCode;
    }

    private static string ReadVersion()
    {
        var version = typeof(Help).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(Help).Assembly.GetName().Version?.ToString(3)
            ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
