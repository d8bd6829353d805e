using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace RoleTaxonomy.Generator.Naming;

/// <summary>C# identifiers made from content keys.</summary>
internal static class Identifier
{
    /// <summary>
    /// The longest key or C# name content may give. Metadata takes at most 1024 UTF-8 bytes for a name (CS7013,
    /// reported only when the assembly is emitted), and a property's accessor, backing field or a type's
    /// <c>Extensions</c> class adds to it; 128 characters stay below that in any script.
    /// </summary>
    public const int MaxLength = 128;

    /// <summary>
    /// True for a name usable as written: a valid identifier that is not a keyword and holds no formatting character.
    /// C# ignores formatting characters (such as a zero-width space) in identifiers, so two names that look different
    /// in the content would be one name in code.
    /// </summary>
    public static bool IsValid(string name) =>
        SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None
        && SyntaxFacts.GetContextualKeywordKind(name) == SyntaxKind.None
        && !HasFormattingCharacter(name);

    /// <summary>
    /// PascalCase of a kebab-case key: <c>appsec-engineer</c> becomes <c>AppsecEngineer</c>. A character that cannot
    /// stand in an identifier becomes '_', a leading digit gets an underscore, and a keyword gets '@'.
    /// </summary>
    public static string FromKey(string key)
    {
        var builder = new StringBuilder(key.Length);
        var upperNext = true;
        foreach (var c in key)
        {
            if (c is '-' or ' ' or '.')
            {
                upperNext = true;
                continue;
            }

            var usable = SyntaxFacts.IsIdentifierPartCharacter(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format;
            builder.Append(!usable ? '_' : upperNext ? char.ToUpperInvariant(c) : c);
            upperNext = false;
        }

        if (builder.Length == 0 || !SyntaxFacts.IsIdentifierStartCharacter(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return Escape(builder.ToString());
    }

    /// <summary>Prefixes a keyword with '@' so that it can stand as an identifier.</summary>
    public static string Escape(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    private static bool HasFormattingCharacter(string name)
    {
        foreach (var c in name)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                return true;
            }
        }

        return false;
    }
}
