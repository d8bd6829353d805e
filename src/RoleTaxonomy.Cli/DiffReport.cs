using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace RoleTaxonomy.Cli;

/// <summary>A diff as a person reads it: plain lines for a terminal, or a Markdown section for a changelog.</summary>
internal static class DiffReport
{
    /// <summary>One line per change, breaking ones first, then by kind; a last line counts them.</summary>
    public static string Text(IReadOnlyList<Change> changes)
    {
        if (changes.Count == 0)
        {
            return "No changes.\n";
        }

        var text = new StringBuilder();
        foreach (var change in changes.OrderByDescending(c => c.IsBreaking).ThenBy(c => c.Kind))
        {
            text.Append(change.IsBreaking ? "BREAKING " : string.Empty)
                .Append(change.Kind.ToString().ToLowerInvariant()).Append(' ')
                .Append(change.ItemKind).Append(" '").Append(change.Key).Append("': ")
                .Append(change.Detail).Append('\n');
        }

        var breaking = changes.Count(c => c.IsBreaking);
        text.Append(changes.Count).Append(" change(s), ").Append(breaking).Append(" breaking.\n");
        return text.ToString();
    }

    /// <summary>
    /// A changelog section: Breaking, Added, Deprecated, Removed after deprecation and Changed, each only when it has entries.
    /// </summary>
    public static string Markdown(IReadOnlyList<Change> changes, string before, string after)
    {
        var md = new StringBuilder();
        md.Append("## Changes from `").Append(before).Append("` to `").Append(after).Append("`\n\n");
        if (changes.Count == 0)
        {
            return md.Append("No changes.\n").ToString();
        }

        Section(md, "Breaking", changes.Where(c => c.IsBreaking));
        Section(md, "Added", changes.Where(c => !c.IsBreaking && c.Kind == ChangeKind.Added));
        Section(md, "Deprecated", changes.Where(c => !c.IsBreaking && c.Kind == ChangeKind.Deprecated));

        // Only a removal the old version announced is not breaking; it gets its own heading so no reader takes it for one that was not.
        Section(md, "Removed after deprecation", changes.Where(c => !c.IsBreaking && c.Kind == ChangeKind.Removed));
        Section(md, "Changed", changes.Where(c => !c.IsBreaking && c.Kind is not (ChangeKind.Added or ChangeKind.Deprecated or ChangeKind.Removed)));
        return md.ToString();
    }

    private static void Section(StringBuilder md, string title, IEnumerable<Change> changes)
    {
        var list = changes.ToList();
        if (list.Count == 0)
        {
            return;
        }

        md.Append("### ").Append(title).Append("\n\n");
        foreach (var change in list)
        {
            md.Append("- ").Append(Capitalized(change.Kind.ToString().ToLowerInvariant())).Append(' ')
                .Append(change.ItemKind).Append(" `").Append(change.Key).Append("`: ").Append(change.Detail).Append('\n');
        }

        md.Append('\n');
    }

    private static string Capitalized(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
