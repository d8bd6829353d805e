using System.Text.RegularExpressions;

namespace RoleTaxonomy.Generator.Naming;

/// <summary>The form of a content key: lower-case kebab-case, the one spelling JSON, URLs and databases store.</summary>
internal static class ContentKey
{
    /// <summary>The pattern, as the editor schemas and the docs write it.</summary>
    public const string Pattern = @"^[a-z][a-z0-9]*(-[a-z0-9]+)*$";

    // \z, not $: in .NET '$' also matches before a final newline, which would let "key\n" through.
    private static readonly Regex Expression = new(@"^[a-z][a-z0-9]*(-[a-z0-9]+)*\z", RegexOptions.CultureInvariant);

    /// <summary>True for a key of the content's form, such as <c>appsec-engineer</c>.</summary>
    public static bool IsValid(string key) => Expression.IsMatch(key);
}
