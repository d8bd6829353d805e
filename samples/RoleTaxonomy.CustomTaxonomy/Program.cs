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
Console.WriteLine($"Parsed from a stored key: {(RoleIdExtensions.TryParse("security-champion", out var id) ? id.ToDisplayName() : "unknown")}");
