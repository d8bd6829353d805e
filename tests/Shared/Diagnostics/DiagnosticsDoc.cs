using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace RoleTaxonomy.Testing;

/// <summary>
/// docs/diagnostics.md as the tests read it: its summary rows, its sections and the messages in its ```text blocks.
/// The generator's tests hold its RT0xxx ids to it, the analyzers' tests their RT1xxx ids.
/// </summary>
internal static class DiagnosticsDoc
{
    /// <summary>True for the ids of the analyzers of the code that uses a taxonomy: RT1000 and up.</summary>
    public static bool IsAnalyzerId(string id) => string.CompareOrdinal(id, "RT1000") >= 0;

    /// <summary><c>path(line,col): error RT0002: …</c>, or <c>CSC : error RT0018: …</c> for a diagnostic without a file.</summary>
    public static readonly Regex ExampleLine = new(
        @"^(?:\S[^(]*\(\d+,\d+\)|CSC ): (?<severity>error|warning|info) (?<id>RT\d{4}): (?<message>.*)$",
        RegexOptions.CultureInvariant);

    public static readonly Regex SectionHeading = new(@"^## (?<id>RT\d{4}): (?<title>.+)$", RegexOptions.CultureInvariant);

    public static readonly Regex SummaryRow = new(
        @"^\| \[(?<id>RT\d{4})\]\(#rt\d{4}\) \| (?<severity>Error|Warning|Info) \| (?<title>.+) \|$",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// The descriptor's format with its literal text escaped and each <c>{n}</c> as any text, anchored at both ends.
    /// An argument may be empty (an optional "did you mean"), so a placeholder matches nothing too.
    /// </summary>
    public static Regex MessagePattern(DiagnosticDescriptor descriptor)
    {
        var format = descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture);
        var parts = Regex.Split(format, @"\{\d+\}");
        return new Regex("^" + string.Join("(?:.*?)", parts.Select(Regex.Escape)) + "$", RegexOptions.Singleline | RegexOptions.CultureInvariant);
    }

    public static string SeverityWord(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "error",
    };

    public sealed record Example(int LineNumber, string Id, string Severity, string Message);

    public sealed record Section(string Id, string Title, int FirstLine, int EndLine, IReadOnlyList<string> Lines);

    public sealed record Row(string Id, string Severity, string Title);

    /// <summary>docs/diagnostics.md, read once: its summary rows, its sections and the messages in its ```text blocks.</summary>
    public static class Doc
    {
        private static readonly string[] Lines = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics.md"))
            .Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split('\n');

        /// <summary>The doc's line <paramref name="number"/>, counted from 1.</summary>
        public static string Line(int number) => Lines[number - 1];

        /// <summary>Line numbers count from 1, as an editor shows them.</summary>
        public static IReadOnlyList<Example> Examples { get; } = ReadExamples().ToList();

        public static IReadOnlyList<Section> Sections { get; } = ReadSections().ToList();

        public static IReadOnlyList<Row> SummaryRows { get; } = Lines
            .Select(line => SummaryRow.Match(line))
            .Where(m => m.Success)
            .Select(m => new Row(m.Groups["id"].Value, m.Groups["severity"].Value, m.Groups["title"].Value))
            .ToList();

        private static IEnumerable<Example> ReadExamples()
        {
            var inText = false;
            for (var i = 0; i < Lines.Length; i++)
            {
                var line = Lines[i];
                if (line.StartsWith("```", StringComparison.Ordinal))
                {
                    inText = !inText && line == "```text";
                    continue;
                }

                if (inText && ExampleLine.Match(line) is { Success: true } match)
                {
                    yield return new Example(i + 1, match.Groups["id"].Value, match.Groups["severity"].Value, match.Groups["message"].Value);
                }
            }
        }

        private static IEnumerable<Section> ReadSections()
        {
            var starts = Enumerable.Range(0, Lines.Length).Where(i => SectionHeading.IsMatch(Lines[i])).ToList();
            for (var n = 0; n < starts.Count; n++)
            {
                var start = starts[n];
                var end = n + 1 < starts.Count ? starts[n + 1] : Lines.Length;
                var heading = SectionHeading.Match(Lines[start]);
                yield return new Section(
                    heading.Groups["id"].Value,
                    heading.Groups["title"].Value,
                    start + 1,
                    end + 1,
                    Lines.Skip(start + 1).Take(end - start - 1).ToList());
            }
        }
    }
}
