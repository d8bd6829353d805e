using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using RoleTaxonomy.Generator;
using RoleTaxonomy.Generator.Model;
using RoleTaxonomy.Testing;

namespace RoleTaxonomy.Benchmarks;

/// <summary>The taxonomies the benchmarks run on, by the names their tables show.</summary>
internal static class Inputs
{
    public const string Content = "content/";
    public const string Roles10 = "10 roles";
    public const string Roles100 = "100 roles";
    public const string Roles300 = "300 roles";
    public const string Roles1000 = "1000 roles";

    /// <summary>Exactly 100 YAML files: 97 roles, the vocabulary, the page and the numbers file.</summary>
    public const string Files100 = "100 files";

    /// <summary>What a consumer's project holds beside the taxonomy; the generator does not read it.</summary>
    public const string ConsumerSource = "namespace Consumer { public static class Program { public static void Main() { } } }";

    /// <summary>An edit to C# that has nothing to do with the taxonomy.</summary>
    public const string UnrelatedEdit = "namespace Consumer { public static class Edited { public static int Answer => 42; } }";

    /// <summary>The options the generator reads when no MSBuild property is set.</summary>
    public static readonly GeneratorOptions Options = new(OptionsReader.DefaultNamespace, IsPublic: true, TargetFeatures.All);

    public static int RoleCount(string taxonomy) => taxonomy switch
    {
        Content => Load(Content).Count(f => f.Path.Contains("/roles/", StringComparison.Ordinal)),
        Files100 => 100 - SyntheticTaxonomy.FilesBesideRoles,
        _ => int.Parse(taxonomy.Split(' ')[0], CultureInfo.InvariantCulture),
    };

    public static IReadOnlyList<YamlFile> Load(string taxonomy) =>
        taxonomy == Content ? YamlFile.RealContent() : SyntheticTaxonomy.Create(RoleCount(taxonomy));

    public static IReadOnlyList<AdditionalText> AdditionalTexts(IEnumerable<YamlFile> files) =>
        files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToList();

    /// <summary>
    /// A driver as the compiler creates one, with step tracking off, over texts that are all content and hold their
    /// numbers file. The tests' setup would otherwise bind every file first to see whether one is missing: a whole
    /// extra pass that a measured run must not include (every input here has its numbers file).
    /// </summary>
    public static GeneratorDriver CreateDriver(IReadOnlyList<AdditionalText> texts) =>
        GeneratorSetup.CreateDriver(texts, texts.Select(t => t.Path), trackSteps: false, addNumbers: false);

    /// <summary>
    /// Runs <paramref name="run"/> once and checks that it read every text exactly once, as the generator does on a
    /// new driver: a benchmark whose run reads the content twice measures more than the generator.
    /// </summary>
    public static GeneratorDriver EnsureReadsEachTextOnce(IReadOnlyList<AdditionalText> texts, Func<GeneratorDriver> run)
    {
        var before = texts.Select(ReadsOf).ToList();
        var driver = run();
        var wrong = texts.Where((text, i) => ReadsOf(text) - before[i] != 1).Select(t => t.Path).Take(3).ToList();
        if (wrong.Count > 0)
        {
            throw new InvalidOperationException(
                $"A measured run must read each text once; these were read more or less often: {string.Join(", ", wrong)}.");
        }

        return driver;
    }

    private static int ReadsOf(AdditionalText text) =>
        (text as InMemoryAdditionalText)?.Reads ?? throw new InvalidOperationException($"{text.Path} does not count its reads.");

    /// <summary>A benchmark of a generator that reports errors and emits nothing would measure nothing.</summary>
    public static GeneratorRunResult EnsureGenerates(GeneratorDriver driver, string taxonomy)
    {
        var result = driver.GetRunResult().Results.Single();
        if (result.Diagnostics.Any() || result.GeneratedSources.IsEmpty || result.Exception is not null)
        {
            throw new InvalidOperationException(
                $"The taxonomy '{taxonomy}' does not generate cleanly: " +
                string.Join("; ", result.Diagnostics.Take(5).Select(d => d.ToString())) + result.Exception?.Message);
        }

        return result;
    }
}
