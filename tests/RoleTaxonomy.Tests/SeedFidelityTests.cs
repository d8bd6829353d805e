using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using RoleTaxonomy.Tests.Infrastructure;
using Xunit;

namespace RoleTaxonomy.Tests;

/// <summary>
/// The content against the page it is written from: every text the library quotes is on the page verbatim, every line
/// of the page is in the content, and the page's structural lines can be rebuilt from the typed API.
/// </summary>
public sealed class SeedFidelityTests
{
    private const string ComparisonTitleLine = "Cross-role comparison table";

    [Fact]
    public void The_seed_page_is_present()
    {
        // Fails with the path when the seed is missing: every other test here would fail the same way.
        Assert.Contains(Taxonomy.Page.Title, SeedPage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_task_pattern_title_paragraph_and_item_is_on_the_page_verbatim()
    {
        var seed = SeedPage.Normalized;
        var missing = new List<string>();
        foreach (var pattern in TaskPatterns.All)
        {
            Check(seed, "TaskPattern " + pattern.Key + ".Title", pattern.Title, missing);
            foreach (var paragraph in pattern.Paragraphs)
            {
                Check(seed, "TaskPattern " + pattern.Key + ".Paragraphs", paragraph, missing);
            }

            foreach (var item in pattern.Items)
            {
                Check(seed, "TaskPattern " + pattern.Key + ".Items", item, missing);
            }
        }

        AssertNoneMissing(missing);
    }

    [Fact]
    public void Every_role_name_center_of_gravity_and_outsider_view_is_on_the_page_verbatim()
    {
        var seed = SeedPage.Normalized;
        var missing = new List<string>();
        foreach (var role in Roles.All)
        {
            Check(seed, role.Key + ".Name", role.Name, missing);
            Check(seed, role.Key + ".Summary", role.Summary, missing);
            Check(seed, role.Key + ".CenterOfGravity", role.CenterOfGravity, missing);
            Check(seed, role.Key + ".OutsidersMiss.Misconception", role.OutsidersMiss.Misconception, missing);
            Check(seed, role.Key + ".OutsidersMiss.Reality", role.OutsidersMiss.Reality, missing);
            foreach (var output in role.TypicalOutputs)
            {
                Check(seed, role.Key + ".TypicalOutputs", output, missing);
            }

            foreach (var failure in role.FailureModes)
            {
                Check(seed, role.Key + ".FailureModes", failure, missing);
            }
        }

        AssertNoneMissing(missing);
    }

    [Fact]
    public void The_page_title_question_and_final_advice_are_on_the_page_verbatim()
    {
        var page = Taxonomy.Page;
        var seed = SeedPage.Normalized;
        var missing = new List<string>();
        Check(seed, "Page.Title", page.Title, missing);
        Check(seed, "Page.AudiencesIntro", page.AudiencesIntro, missing);
        Check(seed, "Page.ReadWithIntro", page.ReadWithIntro, missing);
        foreach (var readWith in page.ReadWith)
        {
            Check(seed, "Page.ReadWith", readWith, missing);
        }

        Check(seed, "Page.Question.Title", page.Question.Title, missing);
        Check(seed, "Page.Question.WrongIntro", page.Question.WrongIntro, missing);
        Check(seed, "Page.Question.Wrong", page.Question.Wrong, missing);
        Check(seed, "Page.Question.BetterIntro", page.Question.BetterIntro, missing);
        Check(seed, "Page.Question.Better", page.Question.Better, missing);
        Check(seed, "Page.Question.Text", page.Question.Text, missing);
        Check(seed, "Page.TaskPatternsTitle", page.TaskPatternsTitle, missing);
        Check(seed, "Page.OutsidersMissTitle", page.OutsidersMissTitle, missing);
        Check(seed, "Page.Comparison.Title", page.Comparison.Title, missing);
        Check(seed, "Page.FinalAdvice.Title", page.FinalAdvice.Title, missing);
        Check(seed, "Page.FinalAdvice.Intro", page.FinalAdvice.Intro, missing);
        foreach (var lens in Enum.GetValues<Lens>())
        {
            Check(seed, "Page.FinalAdvice.Lenses." + lens, page.FinalAdvice.Lenses.Get(lens), missing);
        }

        Check(seed, "Page.FinalAdvice.Closing", page.FinalAdvice.Closing, missing);
        AssertNoneMissing(missing);
    }

    [Fact]
    public void Every_text_the_library_quotes_from_the_page_is_on_the_page_verbatim()
    {
        // The sweep over everything marked verbatim, vocabulary member names included.
        var seed = SeedPage.Normalized;
        var missing = new List<string>();
        foreach (var entry in ContentText.Verbatim)
        {
            Check(seed, entry.Where, entry.Text, missing);
        }

        AssertNoneMissing(missing);
    }

    [Fact]
    public void Every_line_of_the_page_is_in_the_content_or_rebuilt_from_the_typed_api()
    {
        var lines = SeedPage.Lines;
        var structural = StructuralLines(lines);
        var corpus = ContentText.Corpus;

        var notFound = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (structural.ContainsKey(i))
            {
                continue;
            }

            var text = SeedPage.StripMarkers(lines[i]);
            Assert.False(string.IsNullOrWhiteSpace(text), "Seed line " + (i + 1).ToString(CultureInfo.InvariantCulture) + " is only markers: " + lines[i]);
            if (!corpus.Contains(text, StringComparison.Ordinal))
            {
                notFound.Add("line " + (i + 1).ToString(CultureInfo.InvariantCulture) + ": " + text);
            }
        }

        Assert.True(notFound.Count == 0, "Lines of the seed page missing from the content:\n" + string.Join("\n", notFound));

        var notRebuilt = structural
            .Where(pair => !string.Equals(pair.Value, lines[pair.Key], StringComparison.Ordinal))
            .Select(pair => "line " + (pair.Key + 1).ToString(CultureInfo.InvariantCulture) + ":\n  page:    " + lines[pair.Key] + "\n  rebuilt: " + pair.Value)
            .ToList();
        Assert.True(notRebuilt.Count == 0, "Structural lines that the typed API does not rebuild:\n" + string.Join("\n", notRebuilt));
    }

    [Fact]
    public void The_site_header_names_the_knowledge_base()
    {
        // The first line is the site header: a "PS" logo and the knowledge base's name, whose space before
        // "Knowledge" the page's text extraction lost ("PS Product SecurityKnowledge Base").
        var header = SeedPage.Lines[0];
        Assert.Equal("PS" + WithoutSpaces(Taxonomy.Page.KnowledgeBase), WithoutSpaces(header));
        Assert.StartsWith("PS ", header, StringComparison.Ordinal);
    }

    [Fact]
    public void The_role_headings_are_the_role_names_and_the_task_patterns_title_in_order()
    {
        var headings = SeedPage.Lines.Where(IsRoleHeading).ToList();
        Assert.Equal(Roles.All.Select(PageText.RoleHeading), headings);
    }

    [Fact]
    public void The_comparison_table_is_the_headings_and_one_row_per_role()
    {
        var lines = SeedPage.Lines;
        var title = IndexOfTableTitle(lines);
        Assert.Equal(Taxonomy.Page.Comparison.Title, lines[title]);
        Assert.Equal(PageText.TableHeader, lines[title + 1]);
        for (var i = 0; i < Roles.All.Count; i++)
        {
            Assert.Equal(PageText.TableRow(Roles.All[i]), lines[title + 2 + i]);
        }

        Assert.Equal(Taxonomy.Page.FinalAdvice.Title, lines[title + 2 + Roles.All.Count]);
    }

    [Fact]
    public void The_use_for_and_read_with_lines_are_rebuilt_from_the_page_fields()
    {
        var lines = SeedPage.Lines;
        Assert.Contains(PageText.AudiencesLine, lines);
        Assert.Contains(PageText.ReadWithLine, lines);
        Assert.Equal(
            "Read this together with: Guided Learning Paths for Newcomers, From Zero to Useful, and the role-specific interview packs in Interview Labs.",
            PageText.ReadWithLine);
    }

    [Fact]
    public void The_whole_page_after_its_header_is_rebuilt_line_by_line_from_the_typed_api()
    {
        var expected = RenderPage();
        var actual = SeedPage.Lines.Skip(1).ToList();
        for (var i = 0; i < Math.Min(expected.Count, actual.Count); i++)
        {
            Assert.True(
                string.Equals(expected[i], actual[i], StringComparison.Ordinal),
                "Line " + (i + 2).ToString(CultureInfo.InvariantCulture) + " differs.\n  page:    " + actual[i] + "\n  rebuilt: " + expected[i]);
        }

        Assert.Equal(actual.Count, expected.Count);
    }

    /// <summary>The page as the typed API describes it, one line per non-empty line of the page, header excluded.</summary>
    private static List<string> RenderPage()
    {
        var page = Taxonomy.Page;
        var lines = new List<string>
        {
            page.Title,
            PageText.AudiencesLine,
            PageText.ReadWithLine,
            page.Question.Title,
            page.Question.WrongIntro,
            PageText.Quoted(page.Question.Wrong),
            page.Question.BetterIntro,
            PageText.Quoted(page.Question.Better),
            page.Question.Text,
        };

        foreach (var role in Roles.All)
        {
            lines.Add(PageText.RoleHeading(role));
            for (var i = 0; i < role.TaskPatterns.Count; i++)
            {
                var pattern = role.TaskPatterns[i];
                lines.Add((i + 1).ToString(CultureInfo.InvariantCulture) + ". " + pattern.Title);
                lines.Add(pattern.Paragraphs[0]);
                lines.AddRange(Bullets(pattern.Items));
                lines.AddRange(pattern.Paragraphs.Skip(1));
            }

            lines.Add(page.OutsidersMissTitle);
            lines.Add(PageText.OutsidersMissLine(role));
        }

        lines.Add(page.Comparison.Title);
        lines.Add(PageText.TableHeader);
        lines.AddRange(Roles.All.Select(PageText.TableRow));

        lines.Add(page.FinalAdvice.Title);
        lines.Add(page.FinalAdvice.Intro);
        lines.AddRange(Bullets(Enum.GetValues<Lens>().Select(page.FinalAdvice.Lenses.Get).ToList()));
        lines.Add(page.FinalAdvice.Closing);
        return lines;
    }

    private static IEnumerable<string> Bullets(IReadOnlyList<string> items) =>
        items.Select((item, i) => "• " + item + (i == items.Count - 1 ? "." : ";"));

    /// <summary>
    /// The page's structural lines, found by their shape on the page (not from the content), each mapped to the line the
    /// typed API rebuilds for it.
    /// </summary>
    private static Dictionary<int, string> StructuralLines(IReadOnlyList<string> lines)
    {
        var page = Taxonomy.Page;
        var structural = new Dictionary<int, string>
        {
            // The site header; its check is The_site_header_names_the_knowledge_base.
            [0] = lines[0],
        };

        var headings = Enumerable.Range(0, lines.Count).Where(i => IsRoleHeading(lines[i])).ToList();
        Assert.Equal(Roles.All.Count, headings.Count);
        for (var i = 0; i < headings.Count; i++)
        {
            structural[headings[i]] = PageText.RoleHeading(Roles.All[i]);
        }

        var table = IndexOfTableTitle(lines);
        structural[table + 1] = PageText.TableHeader;
        for (var i = 0; i < Roles.All.Count; i++)
        {
            structural[table + 2 + i] = PageText.TableRow(Roles.All[i]);
        }

        var readWith = Assert.Single(Enumerable.Range(0, lines.Count), i => lines[i].StartsWith("Read this together with:", StringComparison.Ordinal));
        structural[readWith] = PageText.ReadWithLine;

        // The two questions stand quoted on lines of their own; the content holds them unquoted.
        var quoted = Enumerable.Range(0, lines.Count).Where(i => lines[i].StartsWith('“') && lines[i].EndsWith('”')).ToList();
        Assert.Equal(2, quoted.Count);
        structural[quoted[0]] = PageText.Quoted(page.Question.Wrong);
        structural[quoted[1]] = PageText.Quoted(page.Question.Better);

        return structural;
    }

    private static bool IsRoleHeading(string line) =>
        line.EndsWith(" — 5 common daily task patterns", StringComparison.Ordinal);

    private static int IndexOfTableTitle(IReadOnlyList<string> lines)
    {
        var index = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (string.Equals(lines[i], ComparisonTitleLine, StringComparison.Ordinal))
            {
                Assert.Equal(-1, index);
                index = i;
            }
        }

        Assert.True(index >= 0, "The seed page has no \"" + ComparisonTitleLine + "\" line.");
        Assert.True(index + 2 + Roles.All.Count < lines.Count, "The seed page ends inside the comparison table.");
        return index;
    }

    private static string WithoutSpaces(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static void Check(string seed, string where, string text, List<string> missing)
    {
        if (!seed.Contains(SeedPage.NormalizeWhitespace(text), StringComparison.Ordinal))
        {
            missing.Add(where + ": " + text);
        }
    }

    private static void AssertNoneMissing(List<string> missing) =>
        Assert.True(missing.Count == 0, "Texts not found verbatim on the seed page:\n" + string.Join("\n", missing));
}
