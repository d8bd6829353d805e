using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace RoleTaxonomy.Generator.Emitting;

/// <summary>C# identifiers made from content keys.</summary>
internal static class Identifier
{
    /// <summary>True for a name usable as written: a valid identifier that is not a keyword.</summary>
    public static bool IsValid(string name) =>
        SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None
        && SyntaxFacts.GetContextualKeywordKind(name) == SyntaxKind.None;

    /// <summary>
    /// PascalCase of a kebab-case key: <c>appsec-engineer</c> becomes <c>AppsecEngineer</c>. Characters that cannot
    /// stand in an identifier are dropped, a leading digit gets an underscore, and a keyword gets '@'.
    /// </summary>
    public static string FromKey(string key)
    {
        var builder = new StringBuilder(key.Length);
        var upperNext = true;
        foreach (var c in key)
        {
            if (c is '-' or '_' or ' ' or '.')
            {
                upperNext = true;
                continue;
            }

            if (!SyntaxFacts.IsIdentifierPartCharacter(c))
            {
                continue;
            }

            builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
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
}
