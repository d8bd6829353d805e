using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace RoleTaxonomy.Generator.Diagnostics;

/// <summary>
/// Every diagnostic the taxonomy engine reports. <c>docs/diagnostics.md</c> documents each id: keep both in step.
/// </summary>
public static class DiagnosticDescriptors
{
    private const string Category = "RoleTaxonomy";
    private const string HelpBase = "https://github.com/roletaxonomy/roletaxonomy/blob/main/docs/diagnostics.md#";

    /// <summary>RT0001: the text is not valid YAML.</summary>
    public static readonly DiagnosticDescriptor YamlSyntaxError = Error(
        "RT0001", "Invalid YAML", "Invalid YAML: {0}");

    /// <summary>RT0002: a required field is absent.</summary>
    public static readonly DiagnosticDescriptor MissingRequiredField = Error(
        "RT0002", "Missing required field", "{0} required in {1}: add {2}");

    /// <summary>RT0003: a field the schema does not know.</summary>
    public static readonly DiagnosticDescriptor UnknownField = Error(
        "RT0003", "Unknown field", "'{0}' is not a field of {1}{2}");

    /// <summary>RT0004: a value of the wrong kind (text, list or mapping).</summary>
    public static readonly DiagnosticDescriptor WrongValueKind = Error(
        "RT0004", "Wrong kind of value", "'{0}' must be {1}, not {2}{3}");

    /// <summary>RT0005: two items of one kind share a key.</summary>
    public static readonly DiagnosticDescriptor DuplicateKey = Error(
        "RT0005", "Duplicate key", "The {0} key '{1}' is already used at {2}: give this {0} a key of its own, or remove it");

    /// <summary>RT0006: a field appears twice in one mapping.</summary>
    public static readonly DiagnosticDescriptor DuplicateField = Error(
        "RT0006", "Duplicate field", "'{0}' appears more than once in this mapping (first at {1}): keep the one you mean and remove the other");

    /// <summary>RT0007: a key that is not lower-case kebab-case.</summary>
    public static readonly DiagnosticDescriptor InvalidKeyFormat = Error(
        "RT0007", "Invalid key format", "'{0}' is not a valid key: use lower-case kebab-case, {1}");

    /// <summary>RT0008: a reference to a key that does not exist.</summary>
    public static readonly DiagnosticDescriptor UnknownReference = Error(
        "RT0008", "Reference to an unknown key", "There is no {0} with the key '{1}'{2}");

    /// <summary>RT0009: two items that would become one C# identifier.</summary>
    public static readonly DiagnosticDescriptor IdentifierCollision = Error(
        "RT0009", "Two keys become one C# identifier", "'{0}' becomes the C# name '{1}', which {2} already uses: give one of them another key, or an 'identifier:' with a C# name of its own");

    /// <summary>RT0010: a role with no task patterns.</summary>
    public static readonly DiagnosticDescriptor RoleWithoutTaskPatterns = Error(
        "RT0010", "Role without task patterns", "The role '{0}' has no task patterns: add at least one under 'taskPatterns:', each with its key, title and text");

    /// <summary>RT0011: a C# name given in the content that is not a valid identifier.</summary>
    public static readonly DiagnosticDescriptor InvalidIdentifier = Error(
        "RT0011", "Invalid C# identifier", "'{0}' is not a valid C# identifier: use letters, digits and '_', do not start with a digit, and do not use a C# keyword{1}");

    /// <summary>RT0012: a file whose kind is not page, role or vocabulary.</summary>
    public static readonly DiagnosticDescriptor UnknownKind = Error(
        "RT0012", "Unknown content kind", "'{0}' is not a content kind: use one of page, role, vocabulary, numbers{1}");

    /// <summary>RT0013: a text field that is empty.</summary>
    public static readonly DiagnosticDescriptor EmptyValue = Error(
        "RT0013", "Empty value", "'{0}' must not be empty{1}");

    /// <summary>RT0014: the page's role list does not match the roles.</summary>
    public static readonly DiagnosticDescriptor PageRoleOrder = Error(
        "RT0014", "Page role list does not match the roles", "{0}");

    /// <summary>RT0015: more than one page in the taxonomy.</summary>
    public static readonly DiagnosticDescriptor DuplicatePage = Error(
        "RT0015", "More than one page", "The taxonomy already has a page at {0}: a taxonomy has one page; keep one, and move what this one adds into it");

    /// <summary>RT0016: a content file that could not be read.</summary>
    public static readonly DiagnosticDescriptor UnreadableFile = Error(
        "RT0016", "Content file could not be read", "The content file '{0}' could not be read: check that the file exists at that path and that the build can open it");

    /// <summary>RT0017: a file with no YAML document, or with more than one.</summary>
    public static readonly DiagnosticDescriptor DocumentCount = Error(
        "RT0017", "One YAML document per file", "{0}");

    /// <summary>RT0018: an invalid generator option.</summary>
    public static readonly DiagnosticDescriptor InvalidOption = Error(
        "RT0018", "Invalid generator option", "The MSBuild property '{0}' has the value '{1}'; {2}");

    /// <summary>RT0019: an item of a list that appears twice.</summary>
    public static readonly DiagnosticDescriptor DuplicateListItem = Error(
        "RT0019", "Item listed twice", "'{0}' is listed more than once in '{1}': remove this line");

    /// <summary>RT0020: a content file larger than the reader accepts.</summary>
    public static readonly DiagnosticDescriptor FileTooLarge = Error(
        "RT0020", "Content file too large", "The file has {0} characters; the limit is {1}: split it into files of their own, such as one file per role");

    /// <summary>RT0021: mappings and lists nested deeper than the reader accepts.</summary>
    public static readonly DiagnosticDescriptor NestingTooDeep = Error(
        "RT0021", "Nesting too deep", "Mappings and lists are nested more than {0} levels deep: content nests a few levels only, so check the indentation of these lines");

    /// <summary>RT0022: an alias that is undefined, cyclic, or expands too far.</summary>
    public static readonly DiagnosticDescriptor AliasProblem = Error(
        "RT0022", "Alias not accepted", "{0}");

    /// <summary>RT0023: a text value longer than the reader accepts.</summary>
    public static readonly DiagnosticDescriptor ScalarTooLong = Error(
        "RT0023", "Text value too long", "The value has {0} characters; the limit is {1}: shorten the text, or split it into paragraphs of a field that takes them");

    /// <summary>RT0024: characters that have no place in content text.</summary>
    public static readonly DiagnosticDescriptor InvalidCharacter = Error(
        "RT0024", "Invalid character", "The content contains {0}, which is not allowed in taxonomy text: delete it (editors can show it: in VS Code, 'Render Control Characters')");

    /// <summary>RT0025: Unicode bidirectional controls, which can make text read differently from what it is.</summary>
    public static readonly DiagnosticDescriptor BidirectionalControl = new(
        "RT0025", "Bidirectional control character", "The text contains the bidirectional control {0}, which can make it display differently from what it is (CVE-2021-42574): delete it unless the text is in a right-to-left script that needs it",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + "rt0025");

    /// <summary>RT0026: a key or C# name longer than the compiler and metadata safely take.</summary>
    public static readonly DiagnosticDescriptor NameTooLong = Error(
        "RT0026", "Key or C# name too long", "'{0}' has {1} characters; a key or C# name has at most {2}: shorten it");

    /// <summary>RT0027: a stability that is neither stable nor experimental.</summary>
    public static readonly DiagnosticDescriptor InvalidStability = Error(
        "RT0027", "Unknown stability", "'{0}' is not a stability: use stable or experimental{1}");

    /// <summary>RT0028: a deprecated item whose replacement is itself deprecated (or is the item itself).</summary>
    public static readonly DiagnosticDescriptor DeprecatedReplacement = Error(
        "RT0028", "Replacement is itself deprecated", "'{1}' is replaced by '{2}', which is deprecated too: name the {0} that finally replaces it");

    /// <summary>RT0029: a number in the numbers file that is not a whole number from 1.</summary>
    public static readonly DiagnosticDescriptor InvalidNumber = Error(
        "RT0029", "Invalid number", "'{0}' is not a number for '{1}': write a whole number from 1 to {2}, such as 3");

    /// <summary>RT0030: an item the numbers file gives no number.</summary>
    public static readonly DiagnosticDescriptor MissingNumber = Error(
        "RT0030", "Item without a number",
        "The {0} '{1}' has no number: add '{2}' under '{3}:' in {4}, or run 'roletaxonomy numbers' to add every missing number");

    /// <summary>RT0031: content without a numbers file.</summary>
    public static readonly DiagnosticDescriptor MissingNumbersFile = Error(
        "RT0031", "No numbers file",
        "The taxonomy has no numbers file, which gives every item a number that never changes: run 'roletaxonomy numbers {0}' to create it, then commit it beside the content");

    /// <summary>RT0032: a number given to two keys.</summary>
    public static readonly DiagnosticDescriptor ReusedNumber = Error(
        "RT0032", "Number given twice",
        "{0} is already the number of the {1} '{2}' at {3}: a number is never given to another item. If this line's number was edited, restore the number it had; if the line is new, give '{4}' the next free number, {5}");

    /// <summary>RT0033: a number missing from the run 1, 2, 3, … of one kind.</summary>
    public static readonly DiagnosticDescriptor NumberGap = Error(
        "RT0033", "Number missing from the numbers file",
        "No {0} has the number {1}, though higher numbers are taken: numbers are never freed, so a line was deleted; restore the line of the {0} that had {1}");

    /// <summary>RT0034: more than one numbers file in the taxonomy.</summary>
    public static readonly DiagnosticDescriptor DuplicateNumbersFile = Error(
        "RT0034", "More than one numbers file", "The taxonomy already has a numbers file at {0}: keep one, and move these lines into it");

    /// <summary>RT0035: a file that is not UTF-8 text, which would otherwise be read with replacement characters.</summary>
    public static readonly DiagnosticDescriptor NotUtf8 = Error(
        "RT0035", "File is not UTF-8",
        "{0}. Save the file as UTF-8 and build again (in VS Code: click the encoding in the status bar, then 'Save with Encoding' and 'UTF-8'){1}");

    /// <summary>RT0036: a line that reads like a list item but continues the plain text above it.</summary>
    public static readonly DiagnosticDescriptor FoldedListItem = new(
        "RT0036", "List item folded into the text above",
        "This line is read as the rest of the text above, '{0}', not as a list item. If '{1}' is an item, indent its '-' as far as the '-' of the other items; if it belongs to the text, join it to the line above.",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + "rt0036");

    /// <summary>RT0038: an anchor that no alias uses, most often a text that starts with '&amp;'.</summary>
    public static readonly DiagnosticDescriptor UnusedAnchor = Error(
        "RT0038", "Anchor that nothing refers to",
        "'&{0}' makes '{0}' a YAML anchor, not part of the text, and no '*{0}' refers to it, so this value reads as '{1}': to write text that starts with '&', put the whole value in double quotes, as in {2}");

    /// <summary>RT0039: a YAML tag, most often a text that starts with '!'.</summary>
    public static readonly DiagnosticDescriptor TagNotAccepted = Error(
        "RT0039", "Tag not accepted",
        "'{0}' is a YAML tag, not part of the text, and content takes no tags, so this value would read as '{1}': to write text that starts with '!', put the whole value in double quotes, as in {2}");

    /// <summary>RT0040: a '#' after a space that ends a plain text early, as a comment.</summary>
    public static readonly DiagnosticDescriptor TextCutByComment = new(
        "RT0040", "Text cut short by a comment",
        "The text ends before '{0}': after a space, '#' starts a YAML comment, so this value reads as '{1}'. If '{0}' belongs to the text, put the whole value in double quotes, as in {2}; if it is a comment, write a space after the '#'.",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + "rt0040");

    /// <summary>RT0099: an unexpected failure inside the engine, reported instead of crashing the compiler.</summary>
    public static readonly DiagnosticDescriptor InternalError = Error(
        "RT0099", "Unexpected error in the taxonomy generator", "The taxonomy generator failed unexpectedly: {0}. Please report this with the content that caused it.");

    /// <summary>Every descriptor, by id.</summary>
    public static ImmutableDictionary<string, DiagnosticDescriptor> ById { get; } = new[]
    {
        YamlSyntaxError, MissingRequiredField, UnknownField, WrongValueKind, DuplicateKey, DuplicateField,
        InvalidKeyFormat, UnknownReference, IdentifierCollision, RoleWithoutTaskPatterns, InvalidIdentifier,
        UnknownKind, EmptyValue, PageRoleOrder, DuplicatePage, UnreadableFile, DocumentCount, InvalidOption,
        DuplicateListItem, FileTooLarge, NestingTooDeep, AliasProblem, ScalarTooLong, InvalidCharacter,
        BidirectionalControl, NameTooLong, InvalidStability, DeprecatedReplacement, InvalidNumber, MissingNumber,
        MissingNumbersFile, ReusedNumber, NumberGap, DuplicateNumbersFile, NotUtf8, FoldedListItem, UnusedAnchor,
        TagNotAccepted, TextCutByComment, InternalError,
    }.ToImmutableDictionary(d => d.Id);

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());
}
