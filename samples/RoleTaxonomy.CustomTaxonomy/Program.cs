using System;
using Contoso.Champions;

// The generated API of a taxonomy of one's own: the same shape as the RoleTaxonomy package's.
var champion = Roles.SecurityChampion;
Console.WriteLine($"{champion.Name} ({champion.Key}): {champion.Summary}");
foreach (var pattern in champion.TaskPatterns)
{
    Console.WriteLine($"  {pattern.Title} [{pattern.Key}]");
}

Console.WriteLine($"Escalates to: {EscalationPaths.AppsecTeam.Name}");
Console.WriteLine($"Parsed from a stored key: {(RoleIdExtensions.TryParse(StoredRole(), out var id) ? id.ToDisplayName() : "unknown")}");

// A key stored before a path was retired still resolves, and says what replaces it. Naming the member in
// code (EscalationPaths.SecurityGuild) would warn CS0618 with the same reason, and so would the key as a constant
// (RT1002): here it comes from storage.
var stored = StoredEscalation();
if (EscalationPathExtensions.TryParse(stored, out var retired) && EscalationPaths.Get(retired) is { Deprecation: { } deprecation } path)
{
    Console.WriteLine($"'{path.Key}' is deprecated: {deprecation.Reason} Use '{path.Replacement?.Key}'.");
}

// Keys as a database or a configuration file would give them: a constant key in code would be the typed member
// instead (RT1003).
static string StoredRole() => "security-champion";

static string StoredEscalation() => "security-guild";
