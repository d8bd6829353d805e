using System;
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

    /// <summary>The page's audiences by name: the page holds only their keys, the vocabularies hold the names.</summary>
    public static string AudiencesSentence(TaxonomyDocument document, PageDocument page) =>
        JoinAsProse(page.Audiences.Select(audience => MemberName(document, audience)).ToList()) + ".";

    public static string ReadWithSentence(PageDocument page) => JoinAsProse(page.ReadWith) + ".";

    public static string RoleHeading(RoleDocument role, PageDocument page) => role.Name + " — " + page.TaskPatternsTitle;

    public static IReadOnlyList<string> LensPrompts(PageDocument page) => new[]
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
    public static IEnumerable<(string Paragraph, IReadOnlyList<string> Items)> Blocks(TaskPatternDocument pattern) =>
        pattern.Paragraphs.Select((paragraph, index) =>
            (paragraph, index == 0 ? ListItems(pattern.Items).ToList() : (IReadOnlyList<string>)Array.Empty<string>()));

    /// <summary>
    /// The name of the member a reference points at. A document built by hand may point nowhere: say which reference,
    /// rather than render a page with a hole in it.
    /// </summary>
    private static string MemberName(TaxonomyDocument document, MemberReferenceDocument reference) =>
        document.Vocabularies
            .Where(vocabulary => vocabulary.Key == reference.Vocabulary)
            .SelectMany(vocabulary => vocabulary.Members)
            .FirstOrDefault(member => member.Key == reference.Member)?.Name
        ?? throw new ArgumentException(
            $"The page names the audience '{reference.Vocabulary}/{reference.Member}', which is not a member of the document's vocabularies.",
            nameof(document));
}
