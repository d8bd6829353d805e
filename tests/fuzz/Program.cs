using RoleTaxonomy.Testing;
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using RoleTaxonomy.Generator.Tests.Infrastructure;
using SharpFuzz;

namespace RoleTaxonomy.Fuzz;

/// <summary>
/// Feeds one YAML file, as raw bytes, to the generator beside the real content, and fails (throws, which AFL
/// records as a crash) when a promise of <see cref="GeneratorInvariants"/> is broken.
/// </summary>
/// <remarks>
/// No arguments: run under AFL (<c>afl-fuzz … -- dotnet RoleTaxonomy.Fuzz.dll</c>). File or folder arguments:
/// replay them and print what broke, exit code 1 if anything did.
/// </remarks>
public static class Program
{
    private const string FuzzedPath = "content/fuzzed.yaml";

    private static readonly List<AdditionalText> RealContent = YamlFile.RealContent()
        .Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text))
        .ToList();

    public static int Main(string[] args)
    {
        if (args.Length == 0)
        {
            Fuzzer.OutOfProcess.Run(stream =>
            {
                var violations = Check(ReadAll(stream));
                if (violations.Count > 0)
                {
                    throw new InvalidOperationException(string.Join(Environment.NewLine, violations));
                }
            });
            return 0;
        }

        var inputs = args.SelectMany(a => Directory.Exists(a) ? Directory.EnumerateFiles(a, "*", SearchOption.AllDirectories) : new[] { a })
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();
        var broken = 0;
        foreach (var input in inputs)
        {
            var violations = Check(File.ReadAllBytes(input));
            if (violations.Count > 0)
            {
                broken++;
                Console.WriteLine(input);
                violations.ForEach(v => Console.WriteLine("  " + v));
            }
        }

        Console.WriteLine($"{inputs.Count} inputs replayed, {broken} broke a promise");
        return broken == 0 ? 0 : 1;
    }

    /// <summary>What broke when the generator read <paramref name="bytes"/> as a content file; empty when nothing did.</summary>
    public static List<string> Check(byte[] bytes)
    {
        // As the compiler's host would: a byte order mark picks the encoding, UTF-8 otherwise.
        var text = SourceText.From(bytes, bytes.Length, Encoding.UTF8, canBeEmbedded: true);
        var texts = RealContent.Append(new InMemoryAdditionalText(FuzzedPath, text)).ToList();
        var driver = GeneratorHarness.CreateDriver(texts, texts.Select(t => t.Path))
            .RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(), out _, out var diagnostics);
        var contents = texts.ToDictionary(t => t.Path, t => t.GetText()!.ToString(), StringComparer.Ordinal);
        return GeneratorInvariants.Violations(driver.GetRunResult(), diagnostics, contents);
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
