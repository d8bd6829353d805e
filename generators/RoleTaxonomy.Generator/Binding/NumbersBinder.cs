using System.Collections.Generic;
using System.Globalization;
using RoleTaxonomy.Generator.Diagnostics;
using RoleTaxonomy.Generator.Model;
using RoleTaxonomy.Generator.Parsing;

namespace RoleTaxonomy.Generator.Binding;

/// <summary>
/// Reads the numbers file: for each kind of item, a mapping from key to the number its enum member keeps for ever.
/// Whether every item has a number, and whether a number is given twice, are the linker's to check.
/// </summary>
internal static class NumbersBinder
{
    public const string Kind = "numbers";
    public const string RolesField = "roles";
    public const string TaskPatternsField = "taskPatterns";
    public const string VocabulariesField = "vocabularies";
    public const string MembersField = "members";

    /// <summary>The largest number an item may have: far beyond any taxonomy, well inside what an array index takes.</summary>
    public const int MaxNumber = 1_000_000;

    private static readonly string[] Fields = { "kind", RolesField, TaskPatternsField, VocabulariesField, MembersField };

    public static NumbersSpec Bind(YamlMappingSyntax root, List<DiagnosticInfo> diagnostics)
    {
        var before = diagnostics.Count;
        var file = new FieldReader(root, "the numbers file", Fields, diagnostics);
        var roles = Numbers(file, RolesField);
        var taskPatterns = Numbers(file, TaskPatternsField);
        var vocabularies = Numbers(file, VocabulariesField);
        var members = new List<MemberNumbersSpec>();
        foreach (var entry in file.Entries(MembersField))
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
                    "a mapping of member keys to numbers", entry.Value.KindDescription);
            }
        }

        return new NumbersSpec(root.Location, roles, taskPatterns, vocabularies, members.ToEquatableArray(), diagnostics.Count == before);
    }

    private static EquatableArray<NumberSpec> Numbers(FieldReader file, string field) => Numbers(file, file.Entries(field));

    private static EquatableArray<NumberSpec> Numbers(FieldReader file, IReadOnlyList<YamlEntrySyntax> entries)
    {
        var numbers = new List<NumberSpec>(entries.Count);
        foreach (var entry in entries)
        {
            var key = new TextSpec(entry.Key.Value, entry.Key.Location);
            CheckKey(file, key);
            if (entry.Value is not YamlScalarSyntax scalar)
            {
                file.Report(DiagnosticDescriptors.WrongValueKind, entry.Value.Location, entry.Key.Value, "a number", entry.Value.KindDescription);
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
        if (!ContentBinder.IsValidKey(key.Value))
        {
            file.Report(DiagnosticDescriptors.InvalidKeyFormat, key.Location, key.Value);
        }
    }
}
