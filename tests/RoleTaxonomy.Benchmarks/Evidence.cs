using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RoleTaxonomy.Generator;
using RoleTaxonomy.Testing;

namespace RoleTaxonomy.Benchmarks;

/// <summary>What one rerun did, from the driver's tracked steps and from counting the reads of the YAML texts.</summary>
internal sealed record RerunEvidence(string Taxonomy, string Edit, int Files, StepReasons Bound, StepReasons Linked, int TextsRead)
{
    /// <summary>Files parsed again: the BoundFiles step reads and parses a file each time it runs for it.</summary>
    public int Reparsed => Bound.Ran;
}

/// <summary>How much C# one generation writes, from how much YAML.</summary>
internal sealed record EmittedSize(string Taxonomy, int Roles, long YamlCharacters, int Sources, long Characters)
{
    public double CharactersPerRole => (double)Characters / Roles;

    public double YamlCharactersPerRole => (double)YamlCharacters / Roles;
}

/// <summary>
/// Counts, not times: which files each kind of rerun parses again, and how much source each taxonomy emits. Runs with
/// step tracking on, apart from the timed benchmarks (which run as the compiler does, without it).
/// </summary>
internal sealed record Evidence(IReadOnlyList<RerunEvidence> Reruns, IReadOnlyList<EmittedSize> Sizes)
{
    public const string CSharpEdit = "unrelated C# edit";
    public const string YamlEdit = "one role's YAML edited";

    public static Evidence Collect() => new(
        new[] { Inputs.Content, Inputs.Files100 }.SelectMany(RerunsOf).ToList(),
        new[] { Inputs.Content, Inputs.Roles10, Inputs.Roles100, Inputs.Roles1000 }.Select(Size).ToList());

    public RerunEvidence Rerun(string taxonomy, string edit) => Reruns.Single(r => r.Taxonomy == taxonomy && r.Edit == edit);

    private static IEnumerable<RerunEvidence> RerunsOf(string taxonomy)
    {
        var yaml = Inputs.Load(taxonomy);
        var texts = yaml.Select(f => new InMemoryAdditionalText(f.Path, f.Text)).ToList();
        var compilation = GeneratorSetup.CreateCompilation(Inputs.ConsumerSource);
        var warm = GeneratorSetup.CreateDriver(texts.Cast<AdditionalText>().ToList()).RunGenerators(compilation);
        Inputs.EnsureGenerates(warm, taxonomy);

        var readsBefore = texts.Sum(t => t.Reads);
        var edited = warm.RunGenerators(compilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText(Inputs.UnrelatedEdit, GeneratorSetup.ParseOptions, path: "Edited.cs")));
        yield return Describe(taxonomy, CSharpEdit, texts.Count, edited, texts.Sum(t => t.Reads) - readsBefore);

        var role = yaml.First(f => f.Path.Contains("/roles/", StringComparison.Ordinal));
        var original = texts.Single(t => t.Path == role.Path);
        var replacement = new InMemoryAdditionalText(role.Path, SyntheticTaxonomy.EditRoleName(role).Text);
        readsBefore = texts.Sum(t => t.Reads);
        var rerun = warm.ReplaceAdditionalText(original, replacement).RunGenerators(compilation);
        Inputs.EnsureGenerates(rerun, taxonomy);
        yield return Describe(taxonomy, YamlEdit, texts.Count, rerun, texts.Sum(t => t.Reads) - readsBefore + replacement.Reads);
    }

    private static RerunEvidence Describe(string taxonomy, string edit, int files, GeneratorDriver driver, int reads) => new(
        taxonomy, edit, files, StepReasons.Of(driver, TrackingNames.BoundFiles), StepReasons.Of(driver, TrackingNames.Linked), reads);

    private static EmittedSize Size(string taxonomy)
    {
        var yaml = Inputs.Load(taxonomy);
        var texts = Inputs.AdditionalTexts(yaml);
        var driver = GeneratorSetup.CreateDriver(texts, trackSteps: false).RunGenerators(GeneratorSetup.CreateCompilation(Inputs.ConsumerSource));
        var sources = Inputs.EnsureGenerates(driver, taxonomy).GeneratedSources;
        return new EmittedSize(
            taxonomy, Inputs.RoleCount(taxonomy), yaml.Sum(f => (long)f.Text!.Length), sources.Length, sources.Sum(s => (long)s.SourceText.Length));
    }
}
