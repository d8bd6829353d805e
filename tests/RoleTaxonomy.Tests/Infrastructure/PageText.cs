using System.Collections.Generic;
using System.Linq;

namespace RoleTaxonomy.Tests.Infrastructure;

/// <summary>The page's structural lines, rebuilt from the typed API the way the page writes them.</summary>
internal static class PageText
{
    /// <summary>Joins a list as the page's prose does: "a, b, and c".</summary>
    public static string JoinAsProse(IReadOnlyList<string> parts) => parts.Count switch
    {
        0 => string.Empty,
        1 => parts[0],
        2 => parts[0] + " and " + parts[1],
        _ => string.Join(", ", parts.Take(parts.Count - 1)) + ", and " + parts[parts.Count - 1],
    };

    /// <summary>"Use this page for: newcomers, ..., and interview prep."</summary>
    public static string AudiencesLine =>
        Taxonomy.Page.AudiencesIntro + " " + JoinAsProse(Taxonomy.Page.Audiences.Select(a => a.Name).ToList()) + ".";

    /// <summary>"Read this together with: ..., and the role-specific interview packs in Interview Labs."</summary>
    public static string ReadWithLine =>
        Taxonomy.Page.ReadWithIntro + " " + JoinAsProse(Taxonomy.Page.ReadWith) + ".";

    /// <summary>The heading above a role's task patterns: "AppSec Engineer — 5 common daily task patterns".</summary>
    public static string RoleHeading(Role role) => role.Name + " — " + Taxonomy.Page.TaskPatternsTitle;

    /// <summary>The comparison table's header row.</summary>
    public static string TableHeader
    {
        get
        {
            var c = Taxonomy.Page.Comparison;
            return string.Join(" ", c.RoleColumn, c.CenterOfGravityColumn, c.TypicalOutputColumn, c.FailureModeColumn);
        }
    }

    /// <summary>A role's row of the comparison table, as the page's text flattens it.</summary>
    public static string TableRow(Role role) =>
        role.Name + " " + role.CenterOfGravity + " " + string.Join(", ", role.TypicalOutputs) + " " + string.Join(", ", role.FailureModes);

    /// <summary>A question as the page quotes it on a line of its own.</summary>
    public static string Quoted(string question) => "“" + question + "”";

    /// <summary>What outsiders miss, as one line: misconception then reality.</summary>
    public static string OutsidersMissLine(Role role) => role.OutsidersMiss.Misconception + " " + role.OutsidersMiss.Reality;
}
