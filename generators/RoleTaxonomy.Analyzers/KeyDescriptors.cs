using Microsoft.CodeAnalysis;

namespace RoleTaxonomy.Analyzers;

/// <summary>The diagnostics of the code that uses a taxonomy: ids RT1001 and up, beside the content's RT0001 and up.</summary>
internal static class KeyDescriptors
{
    public const string Category = "RoleTaxonomy.Usage";

    /// <summary>The property of an RT1001 that holds the nearest key, for the code fix.</summary>
    public const string NearestKey = "NearestKey";

    /// <summary>The properties of an RT1003, for its fix: the typed value that replaces the call or the constant.</summary>
    public const string TypedValue = "TypedValue";

    /// <summary>The same typed value as a reader names it (<c>Roles.AppSecEngineer</c>), for the fix's title.</summary>
    public const string TypedValueShown = "TypedValueShown";

    /// <summary>How an RT1003's constant is used: <see cref="ShapeComparison"/>, <see cref="ShapeParse"/> or <see cref="ShapeTry"/>.</summary>
    public const string Shape = "Shape";

    /// <summary><c>role.Key == "…"</c>: the property beside <c>Key</c> that holds the identity (<see cref="IdProperty"/>).</summary>
    public const string ShapeComparison = "Comparison";

    /// <summary><c>RoleIdExtensions.Parse("…")</c>: the call gives the typed value.</summary>
    public const string ShapeParse = "Parse";

    /// <summary><c>Roles.TryGet("…", out var role)</c>: the call gives the typed value through its out argument.</summary>
    public const string ShapeTry = "Try";

    /// <summary>For <see cref="ShapeComparison"/>: the name of the identity property beside the key (<c>Id</c>).</summary>
    public const string IdProperty = "IdProperty";

    /// <summary>The property of an RT1004 that names the namespace of the identity's <c>ToKey()</c>, for the fix's using.</summary>
    public const string ToKeyNamespace = "ToKeyNamespace";

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

    public static readonly DiagnosticDescriptor KnownKey = new(
        id: "RT1003",
        title: "A constant key can be the typed member",
        messageFormat: "'{0}' is the key of {1}.{2}; the typed member says the same and the compiler checks it",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "A key written as a string is checked by this analyzer only; the generated member is checked by the compiler, renamed with the item and found by Go to Definition.",
        helpLinkUri: HelpBase + "rt1003");

    public static readonly DiagnosticDescriptor FormattedByName = new(
        id: "RT1004",
        title: "An identity is formatted by its member name",
        messageFormat: "This {0} is formatted by its member name, not by its key as JSON, URLs and storage hold it; call ToKey()",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "An enum formats as its member name; the taxonomy's identity is its key, which JSON, configuration, routes, the database and the API use. A log line or a message with the member name matches none of them.",
        helpLinkUri: HelpBase + "rt1004");

    public static readonly DiagnosticDescriptor NumberCast = new(
        id: "RT1005",
        title: "An integer is cast to an identity",
        messageFormat: "An integer is cast to {0}: the key is the identity's contract, and a cast number may name no {0} at all; use a member, or parse a key",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A cast accepts any number, defined or not, and says nothing a reader can check; the members and the keys are what the taxonomy promises.",
        helpLinkUri: HelpBase + "rt1005");
}
