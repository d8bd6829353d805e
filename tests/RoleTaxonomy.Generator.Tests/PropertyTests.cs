using System;
using System.Globalization;
using System.Linq;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RoleTaxonomy.Generator.Emitting;
using RoleTaxonomy.Generator.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace RoleTaxonomy.Generator.Tests;

/// <summary>
/// Random taxonomies and random text (CsCheck, which shrinks a failure to a small case and prints its seed):
/// the generated code compiles without a warning and gives back every text exactly.
/// </summary>
public sealed class PropertyTests
{
    /// <summary>Any UTF-16 code unit, lone surrogates included: the emitter's helpers must cope even with what content cannot hold.</summary>
    private static readonly Gen<string> AnyText = Gen.Frequency(
        (3, RandomTaxonomy.Text),
        (1, Gen.String[Gen.Char, 0, 40]));

    /// <summary>The fewest random taxonomies a run tries: a setting below it would pass while checking (almost) nothing.</summary>
    private const int MinimumRandomTaxonomies = 25;

    /// <summary>
    /// Random taxonomies per run (each is compiled and loaded); <c>ROLETAXONOMY_PROPERTY_TAXONOMIES</c> raises it for a
    /// longer search, never below <see cref="MinimumRandomTaxonomies"/>.
    /// </summary>
    private static readonly int RandomTaxonomies = System.Math.Max(
        MinimumRandomTaxonomies,
        int.TryParse(System.Environment.GetEnvironmentVariable("ROLETAXONOMY_PROPERTY_TAXONOMIES"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var count)
            ? count
            : MinimumRandomTaxonomies);

    private readonly ITestOutputHelper _output;

    public PropertyTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Random_taxonomies_compile_without_warnings_and_round_trip_every_text()
    {
        var (taxonomies, readBack) = (0, 0);
        RandomTaxonomy.Generator.Sample(
            taxonomy =>
            {
                var (run, texts) = GeneratedAssembly.RunAndEvaluate(taxonomy.Files(), taxonomy.ReadBackExpression(), "System.Linq", "RoleTaxonomy");

                Assert.Empty(run.GeneratorDiagnostics);
                Assert.Empty(run.CompilationProblems);
                Assert.Equal(taxonomy.ExpectedTexts(), (string[])texts!);
                System.Threading.Interlocked.Increment(ref taxonomies);
                System.Threading.Interlocked.Add(ref readBack, ((string[])texts!).Length);
            },
            iter: RandomTaxonomies,
            print: taxonomy => string.Join("\n", taxonomy.Files().Select(f => "# " + f.Path + "\n" + f.Text)));

        // The size of what was checked, for the figures in docs/reliability.md.
        _output.WriteLine(FormattableString.Invariant($"{taxonomies} random taxonomies, {readBack} texts read back ({(double)readBack / taxonomies:F0} each)"));
    }

    /// <summary>Text near the form of a key: its characters, capitals, underscores, spaces and line breaks.</summary>
    private static readonly Gen<string> KeyLikeText = Gen.Frequency(
        (4, Gen.String[Gen.Char["abz09-"], 0, 12]),
        (1, Gen.String[Gen.Char["aZ9-_ .\n\r\t\u00e9\u0131"], 0, 12]),
        (1, Gen.String[Gen.Char, 0, 12]));

    [Fact]
    public void The_printable_ASCII_check_four_characters_at_a_time_agrees_with_one_at_a_time()
    {
        // Mostly printable text with, now and then, a character at either edge of the range or one of the two excluded.
        var edges = Gen.Char["\u001f \u0020~\u007f\u0080\"\\&<>\uffff\u7f20\u2022"];
        var text = Gen.String[Gen.Frequency((12, Gen.Char[' ', '~']), (1, edges), (1, Gen.Char)), 0, 40];
        Gen.Select(text, Gen.Char[' ', '~'], Gen.Char[' ', '~']).Sample(
            sample => Assert.Equal(
                sample.Item1.All(c => c is >= ' ' and <= '~' && c != sample.Item2 && c != sample.Item3),
                PrintableAscii.Without(sample.Item1, sample.Item2, sample.Item3)),
            iter: 50_000);
    }

    [Fact]
    public void The_key_check_accepts_exactly_the_keys_the_documented_pattern_matches()
    {
        // The pattern as the editor schemas publish it, with \z for $ (in .NET '$' also matches before a final newline).
        var documented = new System.Text.RegularExpressions.Regex(
            RoleTaxonomy.Generator.Naming.ContentKey.Pattern.TrimEnd('$') + "\\z", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        foreach (var known in new[] { "appsec-engineer", "a", "a1", "role-0001-pattern-01", "", "-a", "a-", "a--b", "1a", "A", "a_b", "a\n" })
        {
            Assert.Equal(documented.IsMatch(known), RoleTaxonomy.Generator.Naming.ContentKey.IsValid(known));
        }

        KeyLikeText.Sample(
            text => Assert.Equal(documented.IsMatch(text), RoleTaxonomy.Generator.Naming.ContentKey.IsValid(text)),
            iter: 50_000);
    }

    [Fact]
    public void Any_text_becomes_a_string_literal_of_exactly_that_value_on_one_line() =>
        AnyText.Sample(
            text =>
            {
                var literal = Literal.String(text).ToString();
                var expression = SyntaxFactory.ParseExpression(literal);

                Assert.Empty(expression.GetDiagnostics());
                Assert.Equal(text, Assert.IsType<LiteralExpressionSyntax>(expression).Token.ValueText);
                Assert.DoesNotContain(literal, IsLineBreakOrInvisible);
            },
            iter: 20_000);

    [Fact]
    public void Any_text_becomes_doc_comment_text_that_stays_in_its_comment_and_is_well_formed_XML() =>
        AnyText.Array[20].Sample(
            texts =>
            {
                // Twenty per compilation: the compiler checks doc-comment XML while binding, not while parsing.
                var escaped = texts.Select(XmlDoc.Escape).ToList();
                var source = string.Concat(escaped.Select((text, i) => $"/// <summary>{text}</summary>\npublic class C{i} {{ }}\n"));
                var tree = CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions);
                var compilation = CSharpCompilation.Create("Docs", new[] { tree }, new[] { CoreLibrary.Value }, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

                Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
                Assert.Equal(texts.Length, tree.GetCompilationUnitRoot().Members.OfType<ClassDeclarationSyntax>().Count(c => c.Members.Count == 0));
                Assert.All(escaped, text => Assert.DoesNotContain(text, IsLineBreakOrInvisible));
            },
            iter: 500);

    private static readonly System.Lazy<MetadataReference> CoreLibrary = new(() => MetadataReference.CreateFromFile(typeof(object).Assembly.Location));

    private static bool IsLineBreakOrInvisible(char c) =>
        c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029' || char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
