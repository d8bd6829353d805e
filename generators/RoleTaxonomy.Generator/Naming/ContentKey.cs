using System.Text.RegularExpressions;

namespace RoleTaxonomy.Generator.Naming;

/// <summary>The form of a content key: lower-case kebab-case, the one spelling JSON, URLs and databases store.</summary>
internal static class ContentKey
{
    /// <summary>The pattern, as the editor schemas and the docs write it.</summary>
    public const string Pattern = @"^[a-z][a-z0-9]*(-[a-z0-9]+)*$";

    /// <summary>
    /// True for a key of the content's form, such as <c>appsec-engineer</c>: exactly <see cref="Pattern"/>, checked by
    /// hand because the generator checks every key of the content, and an interpreted regular expression cost more than
    /// the rest of reading the key. The characters a-z, 0-9 and '-', a letter first, no '-' last or twice in a row.
    /// </summary>
    public static bool IsValid(string key)
    {
        if (key.Length == 0 || key[0] is < 'a' or > 'z' || key[key.Length - 1] == '-')
        {
            return false;
        }

        for (var i = 1; i < key.Length; i++)
        {
            var c = key[i];
            if (c == '-' ? key[i - 1] == '-' : c is not (>= 'a' and <= 'z' or >= '0' and <= '9'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A key of the content's form within the length a key may have (RT0026): one the taxonomy can hold.</summary>
    public static bool IsAccepted(string key) => key.Length <= Identifier.MaxLength && IsValid(key);

    /// <summary>
    /// What <c>RT0007</c> offers for an invalid key: its kebab-case form when it has one (<c>ThreatNote</c>,
    /// <c>threat note</c> and <c>threat_note</c> are <c>threat-note</c>), an example otherwise.
    /// </summary>
    public static string Suggestion(string invalid) =>
        KebabCaseOf(invalid) is { } key ? $"here '{key}'" : "such as 'appsec-engineer'";

    /// <summary>
    /// The key a name in another case or with other separators means: words split at spaces, underscores, dots and
    /// hyphens and where a lower-case letter or digit meets a capital (and an acronym meets its next word), lower-cased
    /// and joined with hyphens. Null when that is not a valid key (a leading digit, other characters).
    /// </summary>
    public static string? KebabCaseOf(string text)
    {
        var words = new System.Text.StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is ' ' or '_' or '.' or '-' or '\t')
            {
                words.Append('-');
                continue;
            }

            var previous = i > 0 ? text[i - 1] : '\0';
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            var wordStart = char.IsUpper(c) &&
                (char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && char.IsLower(next)));
            if (wordStart)
            {
                words.Append('-');
            }

            words.Append(char.ToLowerInvariant(c));
        }

        var key = Regex.Replace(words.ToString(), "-{2,}", "-").Trim('-');
        return key.Length > 0 && IsValid(key) && !string.Equals(key, text, System.StringComparison.Ordinal) ? key : null;
    }
}
