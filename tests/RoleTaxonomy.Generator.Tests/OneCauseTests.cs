using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using RoleTaxonomy.Generator.Tests.Infrastructure;
using RoleTaxonomy.Testing;
using Xunit;

namespace RoleTaxonomy.Generator.Tests;

/// <summary>
/// One cause, one error: a file that cannot be read is reported there, and nothing it would have defined is
/// reported missing in the files that use it.
/// </summary>
public sealed class OneCauseTests
{
    private static readonly string UnreadableRole =
        Fixtures.Role.Replace("summary: Brings security into a product team.", "summary: Brings security: into a product team.", System.StringComparison.Ordinal);

    private static readonly string UnreadableVocabulary =
        Fixtures.Vocabulary.Replace("  - key: accepted", "\t- key: accepted", System.StringComparison.Ordinal);

    private static Diagnostic[] Errors(GeneratorRun run) =>
        run.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();

    [Fact]
    public void A_role_file_that_cannot_be_read_is_the_only_error_and_the_page_does_not_call_its_role_missing()
    {
        var run = GeneratorHarness.Run(
            new YamlFile(Fixtures.RolePath, UnreadableRole),
            new YamlFile(Fixtures.VocabularyPath, Fixtures.Vocabulary),
            new YamlFile(Fixtures.PagePath, Fixtures.Page));

        var error = Assert.Single(Errors(run));
        Assert.Equal(("RT0001", Fixtures.RolePath), (error.Id, error.Location.GetLineSpan().Path));
    }

    [Fact]
    public void A_vocabulary_file_that_cannot_be_read_is_the_only_error_and_its_users_do_not_call_it_missing()
    {
        var run = GeneratorHarness.Run(
            new YamlFile(Fixtures.RolePath, Fixtures.Role),
            new YamlFile(Fixtures.VocabularyPath, UnreadableVocabulary),
            new YamlFile(Fixtures.PagePath, Fixtures.Page));

        var error = Assert.Single(Errors(run));
        Assert.Equal(("RT0001", Fixtures.VocabularyPath), (error.Id, error.Location.GetLineSpan().Path));
    }

    [Fact]
    public void A_role_file_the_host_cannot_open_is_the_only_error_and_the_page_does_not_call_its_role_missing()
    {
        var run = GeneratorHarness.Run(
            new YamlFile(Fixtures.RolePath, Text: null),
            new YamlFile(Fixtures.VocabularyPath, Fixtures.Vocabulary),
            new YamlFile(Fixtures.PagePath, Fixtures.Page));

        var error = Assert.Single(Errors(run));
        Assert.Equal(("RT0016", Fixtures.RolePath), (error.Id, error.Location.GetLineSpan().Path));
    }

    [Fact]
    public void A_key_that_no_file_would_have_defined_is_still_reported_missing()
    {
        var page = Fixtures.Page.Replace("  - security-champion\n", "  - security-champion\n  - ghost-role\n", System.StringComparison.Ordinal);

        var run = GeneratorHarness.Run(
            new YamlFile(Fixtures.RolePath, UnreadableRole),
            new YamlFile(Fixtures.VocabularyPath, Fixtures.Vocabulary),
            new YamlFile(Fixtures.PagePath, page));

        Assert.Equal(new[] { ("RT0008", Fixtures.PagePath), ("RT0001", Fixtures.RolePath) },
            Errors(run).Select(e => (e.Id, e.Location.GetLineSpan().Path)).OrderBy(e => e.Item2, System.StringComparer.Ordinal).ToArray());
        Assert.Contains("'ghost-role'", Errors(run).Single(e => e.Id == "RT0008").GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }
}
