using System.Collections.Generic;
using System.Linq;

namespace RoleTaxonomy.Export;

/// <summary>How the page phrases what the content stores as lists: one place for the Markdown and HTML exports.</summary>
internal static class PageText
{
    /// <summary>"a, b, and c", as the page joins a list inside a sentence.</summary>
    public static string JoinAsProse(IReadOnlyList<string> parts) => parts.Count switch
    {
        0 => string.Empty,
        1 => parts[0],
        2 => parts[0] + " and " + parts[1],
        _ => string.Join(", ", parts.Take(parts.Count - 1)) + ", and " + parts[parts.Count - 1],
    };

    public static string AudiencesSentence(TaxonomyPage page) => JoinAsProse(page.Audiences.Select(a => a.Name).ToList()) + ".";

    public static string ReadWithSentence(TaxonomyPage page) => JoinAsProse(page.ReadWith) + ".";

    public static string RoleHeading(Role role, TaxonomyPage page) => role.Name + " — " + page.TaskPatternsTitle;

    public static IReadOnlyList<string> LensPrompts(TaxonomyPage page) => new[]
    {
        page.FinalAdvice.Lenses.Decisions,
        page.FinalAdvice.Lenses.Evidence,
        page.FinalAdvice.Lenses.Conflict,
        page.FinalAdvice.Lenses.Leverage,
    };

    /// <summary>A bulleted list as the page punctuates it: each item ends with ';', the last with '.'.</summary>
    public static IEnumerable<string> ListItems(IReadOnlyList<string> items) =>
        items.Select((item, index) => item + (index == items.Count - 1 ? "." : ";"));

    /// <summary>A task pattern's paragraphs, each with the list that follows it (the items follow the first).</summary>
    public static IEnumerable<(string Paragraph, IReadOnlyList<string> Items)> Blocks(TaskPattern pattern) =>
        pattern.Paragraphs.Select((paragraph, index) =>
            (paragraph, index == 0 ? ListItems(pattern.Items).ToList() : (IReadOnlyList<string>)System.Array.Empty<string>()));
}
