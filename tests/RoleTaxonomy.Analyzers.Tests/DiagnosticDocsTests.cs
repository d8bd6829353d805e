using System;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;
using static RoleTaxonomy.Testing.DiagnosticsDoc;

namespace RoleTaxonomy.Analyzers.Tests;

/// <summary>docs/diagnostics.md documents each analyzer id as it does the generator's: a summary row, a section, an example that fits.</summary>
public sealed class DiagnosticDocsTests
{
    public static TheoryData<string> Ids() => new(new KeyLiteralAnalyzer().SupportedDiagnostics.Select(d => d.Id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_id_has_its_row_its_section_an_example_it_prints_and_a_fix(string id)
    {
        var descriptor = new KeyLiteralAnalyzer().SupportedDiagnostics.Single(d => d.Id == id);
        var title = descriptor.Title.ToString(CultureInfo.InvariantCulture);

        var row = Assert.Single(Doc.SummaryRows, r => r.Id == id);
        Assert.Equal(descriptor.DefaultSeverity == DiagnosticSeverity.Warning ? "Warning" : "Error", row.Severity);
        Assert.Equal(title, row.Title);
        var section = Assert.Single(Doc.Sections, s => s.Id == id);
        Assert.Equal(title, section.Title);
        Assert.Contains(section.Lines, line => line.StartsWith("**Fix.**", StringComparison.Ordinal));
        var example = Assert.Single(Doc.Examples, e => e.Id == id && e.LineNumber > section.FirstLine && e.LineNumber < section.EndLine);
        Assert.Equal(SeverityWord(descriptor.DefaultSeverity), example.Severity);
        Assert.Matches(MessagePattern(descriptor), example.Message);
        Assert.Equal(descriptor.HelpLinkUri, "https://github.com/roletaxonomy/roletaxonomy/blob/main/docs/diagnostics.md#" + id.ToLowerInvariant());
        Assert.True(IsAnalyzerId(id));
    }
}
