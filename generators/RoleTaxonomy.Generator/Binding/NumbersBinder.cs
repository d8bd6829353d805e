using System.Collections.Generic;
using System.Globalization;
using RoleTaxonomy.Generator.Diagnostics;
using RoleTaxonomy.Generator.Model;
using RoleTaxonomy.Generator.Naming;
using RoleTaxonomy.Generator.Parsing;
using RoleTaxonomy.Generator.Schema;

namespace RoleTaxonomy.Generator.Binding;

/// <summary>
/// Reads the numbers file: for each kind of item, a mapping from key to the number its enum member keeps for ever.
/// Whether every item has a number, and whether a number is given twice, are the linker's to check.
/// </summary>
internal static class NumbersBinder
{
    /// <summary>The largest number an item may have: far beyond any taxonomy, well inside what an array index takes.</summary>
    public const int MaxNumber = 1_000_000;

    public static NumbersSpec Bind(YamlMappingSyntax root, DiagnosticBag diagnostics)
    {
        // Counted before the fields are read: a misspelt section is as incomplete as a refused line.
        var before = diagnostics.Count;
        var file = new FieldReader(root, ContentSchema.Numbers.Item, diagnostics);
        var roles = Numbers(file, ContentSchema.Numbers.Roles);
        var taskPatterns = Numbers(file, ContentSchema.Numbers.TaskPatterns);
        var vocabularies = Numbers(file, ContentSchema.Numbers.Vocabularies);
        var members = new List<MemberNumbersSpec>();
        foreach (var entry in file.Entries(ContentSchema.Numbers.Members))
        {
            var vocabulary = new TextSpec(entry.Key.Value, entry.Key.Location);
            CheckKey(file, vocabulary);
            if (entry.Value is YamlMappingSyntax mapping)
            {
                members.Add(new MemberNumbersSpec(vocabulary, Numbers(file, mapping.Entries)));
            }
            else
            {
                file.Report(DiagnosticDescriptors.WrongValueKind, entry.Value.Location, entry.Key.Value,
                    "a mapping of member keys to numbers", entry.Value.KindDescription,
                    ": write each member's key and number below it, indented, as in '    fixed: 1'");
            }
        }

        return new NumbersSpec(root.Location, roles, taskPatterns, vocabularies, members.ToEquatableArray(), diagnostics.Count == before);
    }

    private static EquatableArray<NumberSpec> Numbers(FieldReader file, FieldDefinition field) => Numbers(file, file.Entries(field));

    private static EquatableArray<NumberSpec> Numbers(FieldReader file, IReadOnlyList<YamlEntrySyntax> entries)
    {
        var numbers = new List<NumberSpec>(entries.Count);
        foreach (var entry in entries)
        {
            var key = new TextSpec(entry.Key.Value, entry.Key.Location);
            CheckKey(file, key);
            if (entry.Value is not YamlScalarSyntax scalar)
            {
                file.Report(DiagnosticDescriptors.WrongValueKind, entry.Value.Location, entry.Key.Value, "a number", entry.Value.KindDescription,
                    Fixes.ForWrongKind(entry.Key.Value, "a number", entry.Value));
                continue;
            }

            if (!int.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1 || number > MaxNumber)
            {
                file.Report(DiagnosticDescriptors.InvalidNumber, scalar.Location, scalar.Value, entry.Key.Value,
                    MaxNumber.ToString("N0", CultureInfo.InvariantCulture));
                continue;
            }

            numbers.Add(new NumberSpec(key, number, scalar.Location));
        }

        return numbers.ToEquatableArray();
    }

    private static void CheckKey(FieldReader file, TextSpec key)
    {
        if (!ContentKey.IsValid(key.Value))
        {
            file.Report(DiagnosticDescriptors.InvalidKeyFormat, key.Location, key.Value, ContentKey.Suggestion(key.Value));
        }
    }
}
