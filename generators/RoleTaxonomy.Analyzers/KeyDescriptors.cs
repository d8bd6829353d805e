using Microsoft.CodeAnalysis;

namespace RoleTaxonomy.Analyzers;

/// <summary>The diagnostics of the code that uses a taxonomy: ids RT1001 and up, beside the content's RT0001 and up.</summary>
internal static class KeyDescriptors
{
    public const string Category = "RoleTaxonomy.Usage";

    /// <summary>The property of an RT1001 that holds the nearest key, for the code fix.</summary>
    public const string NearestKey = "NearestKey";

    private const string HelpBase = "https://github.com/roletaxonomy/roletaxonomy/blob/main/docs/diagnostics.md#";

    public static readonly DiagnosticDescriptor NotAKey = new(
        id: "RT1001",
        title: "A constant is not a key of the identity",
        messageFormat: "'{0}' is not a {1} key{2}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The string is compared with, or passed as, a key of a taxonomy identity, and no item has it: the lookup fails at run time.",
        helpLinkUri: HelpBase + "rt1001");

    public static readonly DiagnosticDescriptor DeprecatedKey = new(
        id: "RT1002",
        title: "A constant is a deprecated key",
        messageFormat: "'{0}' is the key of a deprecated {1}: {2}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The key still resolves, but its item is deprecated, as [Obsolete] says of its member.",
        helpLinkUri: HelpBase + "rt1002");
}
