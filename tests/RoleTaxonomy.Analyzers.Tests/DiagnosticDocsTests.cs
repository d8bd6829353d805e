using System;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;
using static RoleTaxonomy.Testing.DiagnosticsDoc;

namespace RoleTaxonomy.Analyzers.Tests;

/// <summary>docs/diagnostics.md documents each analyzer id as it does the generator's: a summary row, a section, an example that fits.</summary>
public sealed class DiagnosticDocsTests
{
    /// <summary>Every analyzer of the assembly, so that a new one cannot go undocumented.</summary>
    private static readonly DiagnosticDescriptor[] Descriptors = typeof(KeyLiteralAnalyzer).Assembly.GetTypes()
        .Where(type => typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && !type.IsAbstract)
        .SelectMany(type => ((DiagnosticAnalyzer)Activator.CreateInstance(type)!).SupportedDiagnostics)
        .ToArray();

    public static TheoryData<string> Ids() => new(Descriptors.Select(d => d.Id));

    [Fact]
    public void The_analyzers_report_RT1001_to_RT1005()
    {
        Assert.Equal(new[] { "RT1001", "RT1002", "RT1003", "RT1004", "RT1005" }, Descriptors.Select(d => d.Id).Order());
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_id_has_its_row_its_section_an_example_it_prints_and_a_fix(string id)
    {
        var descriptor = Descriptors.Single(d => d.Id == id);
        var title = descriptor.Title.ToString(CultureInfo.InvariantCulture);

        var row = Assert.Single(Doc.SummaryRows, r => r.Id == id);
        Assert.Equal(descriptor.DefaultSeverity.ToString(), row.Severity);
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
