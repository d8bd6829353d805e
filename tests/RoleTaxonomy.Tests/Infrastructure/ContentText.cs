using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace RoleTaxonomy.Tests.Infrastructure;

/// <summary>One text of the compiled content, with where it comes from.</summary>
/// <param name="Where">A readable path to the text, for failure messages.</param>
/// <param name="Text">The text.</param>
/// <param name="IsVerbatimFromPage">True when the text is quoted from the page as is (not editorial, like lens texts or vocabulary descriptions).</param>
internal sealed record ContentTextEntry(string Where, string Text, bool IsVerbatimFromPage);

/// <summary>Every text the compiled library exposes, in the page's order.</summary>
internal static class ContentText
{
    /// <summary>Every text of the page, the roles, their task patterns and the vocabularies, in the page's order.</summary>
    public static IReadOnlyList<ContentTextEntry> All { get; } = Collect().ToList();

    /// <summary>The texts quoted verbatim from the page.</summary>
    public static IEnumerable<ContentTextEntry> Verbatim => All.Where(e => e.IsVerbatimFromPage);

    /// <summary>Every text joined with a space, in the page's order: adjacent texts on the page stay adjacent.</summary>
    public static string Corpus { get; } = string.Join(" ", All.Select(e => e.Text));

    private static IEnumerable<ContentTextEntry> Collect()
    {
        var page = Taxonomy.Page;

        yield return new("Page.Title", page.Title, true);
        yield return new("Page.KnowledgeBase", page.KnowledgeBase, false);
        yield return new("Page.AudiencesIntro", page.AudiencesIntro, true);
        yield return new("Page.ReadWithIntro", page.ReadWithIntro, true);
        for (var i = 0; i < page.ReadWith.Count; i++)
        {
            yield return new(Indexed("Page.ReadWith", i), page.ReadWith[i], true);
        }

        yield return new("Page.Question.Title", page.Question.Title, true);
        yield return new("Page.Question.WrongIntro", page.Question.WrongIntro, true);
        yield return new("Page.Question.Wrong", page.Question.Wrong, true);
        yield return new("Page.Question.BetterIntro", page.Question.BetterIntro, true);
        yield return new("Page.Question.Better", page.Question.Better, true);
        yield return new("Page.Question.Text", page.Question.Text, true);
        yield return new("Page.TaskPatternsTitle", page.TaskPatternsTitle, true);
        yield return new("Page.OutsidersMissTitle", page.OutsidersMissTitle, true);

        foreach (var role in Roles.All)
        {
            var r = "Role " + role.Key;
            yield return new(r + ".Key", role.Key, false);
            yield return new(r + ".Name", role.Name, true);
            foreach (var pattern in role.TaskPatterns)
            {
                var p = "TaskPattern " + pattern.Key;
                yield return new(p + ".Key", pattern.Key, false);
                yield return new(p + ".Title", pattern.Title, true);
                for (var i = 0; i < pattern.Paragraphs.Count; i++)
                {
                    yield return new(Indexed(p + ".Paragraphs", i), pattern.Paragraphs[i], true);
                }

                for (var i = 0; i < pattern.Items.Count; i++)
                {
                    yield return new(Indexed(p + ".Items", i), pattern.Items[i], true);
                }
            }

            // Misconception then reality: on the page they are one line.
            yield return new(r + ".OutsidersMiss.Misconception", role.OutsidersMiss.Misconception, true);
            yield return new(r + ".OutsidersMiss.Reality", role.OutsidersMiss.Reality, true);
            yield return new(r + ".Summary", role.Summary, true);
            yield return new(r + ".CenterOfGravity", role.CenterOfGravity, true);
            for (var i = 0; i < role.TypicalOutputs.Count; i++)
            {
                yield return new(Indexed(r + ".TypicalOutputs", i), role.TypicalOutputs[i], true);
            }

            for (var i = 0; i < role.FailureModes.Count; i++)
            {
                yield return new(Indexed(r + ".FailureModes", i), role.FailureModes[i], true);
            }

            yield return new(r + ".Lenses.Decisions", role.Lenses.Decisions, false);
            yield return new(r + ".Lenses.Evidence", role.Lenses.Evidence, false);
            yield return new(r + ".Lenses.Conflict", role.Lenses.Conflict, false);
            yield return new(r + ".Lenses.Leverage", role.Lenses.Leverage, false);
        }

        yield return new("Page.Comparison.Title", page.Comparison.Title, true);
        yield return new("Page.Comparison.RoleColumn", page.Comparison.RoleColumn, true);
        yield return new("Page.Comparison.CenterOfGravityColumn", page.Comparison.CenterOfGravityColumn, true);
        yield return new("Page.Comparison.TypicalOutputColumn", page.Comparison.TypicalOutputColumn, true);
        yield return new("Page.Comparison.FailureModeColumn", page.Comparison.FailureModeColumn, true);

        yield return new("Page.FinalAdvice.Title", page.FinalAdvice.Title, true);
        yield return new("Page.FinalAdvice.Intro", page.FinalAdvice.Intro, true);
        yield return new("Page.FinalAdvice.Lenses.Decisions", page.FinalAdvice.Lenses.Decisions, true);
        yield return new("Page.FinalAdvice.Lenses.Evidence", page.FinalAdvice.Lenses.Evidence, true);
        yield return new("Page.FinalAdvice.Lenses.Conflict", page.FinalAdvice.Lenses.Conflict, true);
        yield return new("Page.FinalAdvice.Lenses.Leverage", page.FinalAdvice.Lenses.Leverage, true);
        yield return new("Page.FinalAdvice.Closing", page.FinalAdvice.Closing, true);

        foreach (var vocabulary in Vocabularies.All)
        {
            var v = "Vocabulary " + vocabulary.Key;
            yield return new(v + ".Key", vocabulary.Key, false);
            yield return new(v + ".Name", vocabulary.Name, false);
            if (vocabulary.Description is not null)
            {
                yield return new(v + ".Description", vocabulary.Description, false);
            }

            foreach (var member in vocabulary.Members)
            {
                var m = v + " member " + member.Key;
                yield return new(m + ".Key", member.Key, false);
                yield return new(m + ".Name", member.Name, true);
                if (member.Description is not null)
                {
                    yield return new(m + ".Description", member.Description, true);
                }

                foreach (var attribute in member.Attributes)
                {
                    yield return new(m + ".Attributes key", attribute.Key, false);
                    yield return new(m + ".Attributes[" + attribute.Key + "]", attribute.Value, false);
                }
            }
        }
    }

    private static string Indexed(string where, int index) => where + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
}
