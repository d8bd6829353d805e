using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using RoleTaxonomy.Cli;
using RoleTaxonomy.Export;
using RoleTaxonomy.Generator.Linking;
using RoleTaxonomy.Generator.Model;

// roletaxonomy: start, validate, export, diff and number taxonomy content with the generator's own engine.
// Exit codes: 0 success; 1 content errors (validate, export) or breaking changes (diff); 2 a command line or content it cannot use.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
string? command = args.Length > 0 && Help.Commands.ContainsKey(args[0]) ? args[0] : null;
try
{
    if (args.Length == 0)
    {
        return Help.Print(Console.Error, null, 2);
    }

    // A command's own usage, wherever its --help stands among its arguments.
    if (command is not null && args.Skip(1).Any(a => a is "--help" or "-h"))
    {
        return Help.Print(Console.Out, command, 0);
    }

    var rest = args.Skip(1).ToList();
    return args[0] switch
    {
        "init" => InitCommand.Run(rest),
        "validate" => Commands.Validate(rest),
        "export" => Commands.Export(rest),
        "diff" => Commands.Diff(rest),
        "numbers" => Commands.Numbers(rest),
        "--version" when rest.Count == 0 => Commands.Version(),
        "--help" or "-h" when rest.Count == 0 => Help.Print(Console.Out, null, 0),
        "help" when rest.Count == 0 => Help.Print(Console.Out, null, 0),
        "help" when rest.Count == 1 && Help.Commands.ContainsKey(rest[0]) => Help.Print(Console.Out, rest[0], 0),
        "help" => throw new UsageException($"help takes one command: {string.Join(", ", Help.Commands.Keys)}."),
        _ => throw new UsageException($"Unknown command '{args[0]}'."),
    };
}
catch (UsageException exception)
{
    Console.Error.WriteLine("roletaxonomy: " + exception.Message);
    return Help.Print(Console.Error, command, 2);
}

/// <summary>The tool's commands.</summary>
internal static class Commands
{
    public static int Version()
    {
        Console.WriteLine(Help.Version);
        return 0;
    }

    public static int Validate(IReadOnlyList<string> paths)
    {
        if (paths.Count == 0)
        {
            throw new UsageException("validate needs at least one file or folder.");
        }

        var files = ContentFiles.FindSome(paths);
        var result = ContentFiles.Validate(paths);
        WriteDiagnostics(result.Diagnostics);
        var errors = result.Diagnostics.Count(d => d.IsError);
        var warnings = result.Diagnostics.Count - errors;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{files.Count} files checked: {errors} error(s), {warnings} warning(s)."));
        return errors > 0 ? 1 : 0;
    }

    public static int Export(IReadOnlyList<string> arguments)
    {
        var options = Options.Parse(arguments, "--format", "--output", "--content-version");
        var format = options.GetValueOrDefault("--format") switch
        {
            "json" => "json",
            "markdown" or "md" => "markdown",
            "html" => "html",
            "csv" => "csv",
            null => throw new UsageException("export needs --format json|markdown|html|csv."),
            var other => throw new UsageException($"'{other}' is not an export format: use json, markdown, html or csv."),
        };

        TaxonomyDocument document;
        if (options.Positional.Count == 0)
        {
            if (options.ContainsKey("--content-version"))
            {
                throw new UsageException("--content-version is for content named by path: the packaged taxonomy has its own version.");
            }

            document = TaxonomyExport.CreateDocument();
        }
        else
        {
            ContentFiles.FindSome(options.Positional);

            // The same engine and the same lines as validate: content with errors exports nothing.
            var result = ContentFiles.Validate(options.Positional, ContentVersion(options));
            WriteDiagnostics(result.Diagnostics, Console.Error);
            if (result.Model is null || result.Diagnostics.Any(d => d.IsError))
            {
                return 1;
            }

            document = ModelDocument.Create(result.Model);
        }

        if (document.Page is null && format is "markdown" or "html")
        {
            throw new UsageException(
                $"the content at '{string.Join("', '", options.Positional)}' has no page (no 'kind: page' file), and {format} renders the page: " +
                "export it as json or csv instead.");
        }

        var text = format switch
        {
            "json" => TaxonomyExport.ToJson(document),
            "markdown" => TaxonomyExport.ToMarkdown(document),
            "html" => TaxonomyExport.ToHtml(document),
            _ => TaxonomyExport.ToTaskPatternCsv(document),
        };

        if (options.TryGetValue("--output", out var output))
        {
            File.WriteAllText(output, text);
        }
        else
        {
            Console.Write(text);
        }

        return 0;
    }

    private static string? ContentVersion(Options options)
    {
        if (!options.TryGetValue("--content-version", out var version))
        {
            return null;
        }

        // Trimmed and required, as the generator reads RoleTaxonomyContentVersion: the JSON schema wants a non-empty version.
        return string.IsNullOrWhiteSpace(version)
            ? throw new UsageException("--content-version needs a version, such as 1.2.0.")
            : version.Trim();
    }

    public static int Diff(IReadOnlyList<string> arguments)
    {
        var options = Options.Parse(arguments, "--format");
        if (options.Positional.Count != 2)
        {
            throw new UsageException("diff needs two paths: the old content and the new.");
        }

        var before = Load(options.Positional[0]);
        var after = Load(options.Positional[1]);
        if (before is null || after is null)
        {
            return 2;
        }

        var changes = TaxonomyDiff.Compare(before, after);
        var report = options.GetValueOrDefault("--format") switch
        {
            null or "text" => DiffReport.Text(changes),
            "markdown" or "md" => DiffReport.Markdown(changes, options.Positional[0], options.Positional[1]),
            var other => throw new UsageException($"'{other}' is not a diff format: use text or markdown."),
        };
        Console.Write(report);
        return changes.Any(c => c.IsBreaking) ? 1 : 0;
    }

    public static int Numbers(IReadOnlyList<string> arguments)
    {
        var options = Options.Parse(arguments, "--check");
        if (options.Positional.Count == 0)
        {
            throw new UsageException("numbers needs the content's files or folders.");
        }

        var check = options.GetValueOrDefault("--check") switch
        {
            null or "false" => false,
            "true" => true,
            var other => throw new UsageException($"--check takes true or false, not '{other}'."),
        };

        var files = ContentFiles.Bind(options.Positional);
        var numbersFiles = files.Where(f => f.Numbers is not null).ToList();

        // A numbers file that could not be read whole, gives a number twice or lost a line must be mended by hand:
        // rewriting it would drop lines, or hand a shipped item a new number.
        var problems = ContentFiles.Link(files).Diagnostics
            .Where(d => numbersFiles.Any(f => f.Path == d.Location?.FilePath) && d.IsError)
            .ToList();
        if (problems.Count > 0)
        {
            WriteDiagnostics(problems, Console.Error);
            Console.Error.WriteLine("roletaxonomy: fix the numbers file first; nothing was written.");
            return 1;
        }

        var target = numbersFiles.FirstOrDefault()?.Path ?? ContentFiles.DefaultNumbersFile(options.Positional);
        var header = File.Exists(target) ? NumbersFileWriter.HeaderOf(File.ReadAllText(target)) : null;
        var (text, added) = NumbersFileWriter.Write(files, header is { Count: > 0 } ? header : null);
        if (check)
        {
            Console.WriteLine(added == 0
                ? $"Every item has a number in {target}."
                : string.Create(CultureInfo.InvariantCulture, $"{added} item(s) have no number in {target}: run 'roletaxonomy numbers' without --check."));
            return added == 0 ? 0 : 1;
        }

        if (added > 0 || !File.Exists(target))
        {
            File.WriteAllText(target, text);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{target}: {added} item(s) numbered."));
        return 0;
    }

    private static TaxonomyModel? Load(string path)
    {
        var result = ContentFiles.Validate(new[] { path });
        if (result.Model is null)
        {
            Console.Error.WriteLine($"roletaxonomy: the content at '{path}' has errors; fix them before comparing:");
            WriteDiagnostics(result.Diagnostics, Console.Error);
        }

        return result.Model;
    }

    private static void WriteDiagnostics(IEnumerable<DiagnosticInfo> diagnostics, TextWriter? writer = null)
    {
        writer ??= Console.Out;
        foreach (var diagnostic in diagnostics)
        {
            var place = diagnostic.Location is { } location
                ? string.Create(CultureInfo.InvariantCulture, $"{location.FilePath}({location.DisplayLine},{location.DisplayColumn})")
                : "roletaxonomy";
            var severity = diagnostic.IsError ? "error" : "warning";
            writer.WriteLine($"{place}: {severity} {diagnostic.Id}: {diagnostic.Message}");
        }
    }
}

/// <summary>Options of the form <c>--name value</c>, and the positional arguments between them.</summary>
internal sealed class Options : Dictionary<string, string>
{
    private Options()
        : base(StringComparer.Ordinal)
    {
    }

    public List<string> Positional { get; } = new();

    public static Options Parse(IReadOnlyList<string> arguments, params string[] known)
    {
        var options = new Options();
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            if (!argument.StartsWith("--", StringComparison.Ordinal))
            {
                options.Positional.Add(argument);
                continue;
            }

            if (!known.Contains(argument, StringComparer.Ordinal))
            {
                throw new UsageException($"Unknown option '{argument}'.");
            }

            if (i + 1 >= arguments.Count)
            {
                throw new UsageException($"{argument} needs a value.");
            }

            options[argument] = arguments[++i];
        }

        return options;
    }
}
