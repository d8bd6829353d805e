using System;
using System.Collections.Generic;
using System.Linq;
using RoleTaxonomy.Generator.Diagnostics;
using RoleTaxonomy.Generator.Model;
using RoleTaxonomy.Generator.Parsing;
using RoleTaxonomy.Generator.Schema;

namespace RoleTaxonomy.Generator.Binding;

/// <summary>
/// Reads the fields of one YAML mapping through its <see cref="ItemSchema"/>, reporting unknown, missing, empty and
/// wrongly shaped ones. Whether a field is required comes from the schema. A field that cannot be read yields an
/// empty value and a diagnostic.
/// </summary>
internal sealed class FieldReader
{
    // Paragraphs are separated by one blank line: the one place this rule is applied.
    private static readonly string[] ParagraphSeparator = { "\n\n" };

    private readonly YamlMappingSyntax _mapping;
    private readonly ItemSchema _schema;

    /// <summary>Fields of a mapping field found outside it, by that field's name: reported there, not as missing inside.</summary>
    private readonly Dictionary<string, List<string>>? _misplaced;

    /// <param name="mapping">The mapping to read.</param>
    /// <param name="schema">Its fields.</param>
    /// <param name="diagnostics">Where to report.</param>
    /// <param name="reportedOutside">Fields of this mapping that the mapping around it holds, already reported there.</param>
    public FieldReader(YamlMappingSyntax mapping, ItemSchema schema, DiagnosticBag diagnostics, IReadOnlyCollection<string>? reportedOutside = null)
    {
        _mapping = mapping;
        _schema = schema;
        Diagnostics = diagnostics;

        // Allocates only when a field is missing: this runs for every mapping of every file.
        List<string>? missing = null;
        foreach (var field in schema.Fields)
        {
            if (field.IsRequired && Find(field) is null && (reportedOutside is null || !reportedOutside.Contains(field.Name)))
            {
                (missing ??= new List<string>()).Add(field.Name);
            }
        }

        foreach (var entry in mapping.Entries)
        {
            if (schema.Contains(entry.Key.Value))
            {
                continue;
            }

            // A misspelling of a required field that is missing is that field: one error, at the misspelling.
            var nearest = diagnostics.Nearest(entry.Key.Value, schema.Names);
            var misspelt = nearest is not null && missing is not null && missing.Remove(nearest);
            var hint = nearest is not null ? (misspelt ? $"; did you mean '{nearest}', which {schema.Subject} requires?" : $"; did you mean '{nearest}'?")
                : entry.Key.Value == "<<" ? ": YAML merge keys are not supported, so write the fields out"
                : $": remove it, or write one of its fields ({string.Join(", ", schema.Names)})" +
                  (schema.Contains(ContentSchema.Member.Attributes.Name) ? "; a fact of your own goes under 'attributes:'" : string.Empty);

            // A field of a mapping written outside it, at the wrong indentation: one error here, none inside.
            if (nearest is null && OwnerOf(entry.Key.Value) is { } owner)
            {
                _misplaced ??= new Dictionary<string, List<string>>(StringComparer.Ordinal);
                if (!_misplaced.TryGetValue(owner.Name, out var names))
                {
                    _misplaced.Add(owner.Name, names = new List<string>());
                }

                names.Add(entry.Key.Value);
                hint = $", but of its '{owner.Name}': indent it under '{owner.Name}:' as far as the other fields there";
            }

            Report(DiagnosticDescriptors.UnknownField, entry.Key.Location, entry.Key.Value, schema.Subject, hint);
        }

        // Every required field the mapping lacks, in one error: reading each one then reports nothing more.
        if (missing is { Count: > 0 })
        {
            var names = missing.Select(n => "'" + n + "'").ToList();
            var list = names.Count == 1 ? names[0] + " is" : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[names.Count - 1] + " are";
            Report(DiagnosticDescriptors.MissingRequiredField, mapping.Location, list, schema.Subject,
                string.Join("; ", missing.Select(name => LineToAdd(schema.Fields.First(f => f.Name == name)))));
        }
    }

    /// <summary>What RT0002 tells the author to write for a missing field: its line, and what it holds.</summary>
    private static string LineToAdd(FieldDefinition field)
    {
        var line = field.Shape switch
        {
            FieldShape.TextList or FieldShape.KeyList => $"'{field.Name}:' with '- …' items below it",
            FieldShape.Mapping => $"'{field.Name}:' with its fields below it ({string.Join(", ", field.Item!.Fields.Where(f => f.IsRequired).Select(f => f.Name))})",
            FieldShape.MappingList => $"'{field.Name}:' with '- key: …' items below it",
            FieldShape.References or FieldShape.Attributes or FieldShape.Numbers or FieldShape.MemberNumbers => $"'{field.Name}:' with its entries below it",
            _ => $"'{field.Name}: …'",
        };

        if (field.Description is not { Length: > 0 } description)
        {
            return line;
        }

        // "Display name." reads as "(display name)"; "C# name …" keeps its capitals.
        var what = description.TrimEnd('.');
        if (what.Length > 1 && char.IsUpper(what[0]) && !char.IsUpper(what[1]))
        {
            what = char.ToLowerInvariant(what[0]) + what.Substring(1);
        }

        return line + " (" + what + ")";
    }

    public DiagnosticBag Diagnostics { get; }

    /// <summary>The mapping field of this schema, present in the mapping, whose own schema has a field <paramref name="name"/>.</summary>
    private FieldDefinition? OwnerOf(string name)
    {
        foreach (var field in _schema.Fields)
        {
            if (field.Shape == FieldShape.Mapping && field.Item!.Contains(name) && Find(field) is YamlMappingSyntax)
            {
                return field;
            }
        }

        return null;
    }

    public LocationInfo Location => _mapping.Location;

    public YamlSyntax? Find(FieldDefinition field)
    {
        // Indexed, not foreach: the entries are an interface, whose enumerator would be allocated on every call.
        var entries = _mapping.Entries;
        for (var i = 0; i < entries.Count; i++)
        {
            if (string.Equals(entries[i].Key.Value, field.Name, StringComparison.Ordinal))
            {
                return entries[i].Value;
            }
        }

        return null;
    }

    /// <summary>A text field; empty text when it is missing or wrong (and then reported, if the field is required).</summary>
    public TextSpec Text(FieldDefinition field) => OptionalText(field) ?? new TextSpec(string.Empty, _mapping.Location);

    /// <summary>A text field, or null when it is missing or wrong.</summary>
    public TextSpec? OptionalText(FieldDefinition field) =>
        Found(field) is { } value ? AsText(field.Name, value, requiredBy: field.IsRequired ? _schema.Subject : null) : null;

    /// <summary>A list of non-empty texts; an empty list is reported unless the field allows it.</summary>
    public EquatableArray<TextSpec> TextList(FieldDefinition field)
    {
        var items = Sequence(field);
        if (items.Count == 0 && !field.AllowsEmpty && Find(field) is YamlSequenceSyntax empty)
        {
            Report(DiagnosticDescriptors.EmptyValue, empty.Location, field.Name, Fixes.ForEmpty(field.Name, isList: true));
        }

        return items.Select(item => AsText(field.Name, item, isListItem: true)).OfType<TextSpec>().ToEquatableArray();
    }

    /// <summary>
    /// Every text field of the mapping's schema (<see cref="ItemSchema.TextFields"/>), in order: required ones reported
    /// when missing, paragraphs split on the blank line between them.
    /// </summary>
    public TextFields TextFields() => new(_schema.TextFields.Select(field => new TextField(field, field.Shape switch
    {
        FieldShape.TextList => TextList(field).Select(t => t.Value).ToEquatableArray(),
        FieldShape.Paragraphs => Text(field).Value.Split(ParagraphSeparator, StringSplitOptions.None).ToEquatableArray(),
        _ when field.IsRequired => EquatableArray.Create(Text(field).Value),
        _ => OptionalText(field) is { } text ? EquatableArray.Create(text.Value) : EquatableArray<string>.Empty,
    })).ToEquatableArray());

    /// <summary>A list of keys, each listed once; whether any is missing from the list is the linker's to tell.</summary>
    public EquatableArray<TextSpec> KeyList(FieldDefinition field)
    {
        var keys = Sequence(field).Select(item => AsText(field.Name, item, isListItem: true)).OfType<TextSpec>().ToEquatableArray();
        ReportDuplicates(keys, field.Name);
        return keys;
    }

    /// <summary>A mapping field, read through its own fields; null when it is missing or not a mapping.</summary>
    public FieldReader? Mapping(FieldDefinition field) =>
        Found<YamlMappingSyntax>(field, "a mapping") is { } mapping
            ? new FieldReader(mapping, field.Item!, Diagnostics, _misplaced is not null && _misplaced.TryGetValue(field.Name, out var names) ? names : null)
            : null;

    /// <summary>The mappings of a list field, each read through the field's item schema.</summary>
    public IEnumerable<FieldReader> MappingList(FieldDefinition field)
    {
        foreach (var item in Sequence(field))
        {
            if (item is YamlMappingSyntax mapping)
            {
                yield return new FieldReader(mapping, field.Item!, Diagnostics);
            }
            else
            {
                ReportWrongKind(field.Name + " item", "a mapping", item, field.Item, isListItem: true);
            }
        }
    }

    /// <summary>The entries of a mapping field whose keys are data (vocabulary keys, attribute names), not schema.</summary>
    public IReadOnlyList<YamlEntrySyntax> Entries(FieldDefinition field) =>
        Found<YamlMappingSyntax>(field, "a mapping")?.Entries ?? (IReadOnlyList<YamlEntrySyntax>)Array.Empty<YamlEntrySyntax>();

    /// <summary>A text value; null, and reported, when it is not text or is blank.</summary>
    /// <param name="field">The field, as the message names it.</param>
    /// <param name="value">The value.</param>
    /// <param name="isListItem">Whether the value is an item of the list <paramref name="field"/>.</param>
    /// <param name="requiredBy">What requires the field, for a required one.</param>
    public TextSpec? AsText(string field, YamlSyntax value, bool isListItem = false, string? requiredBy = null)
    {
        if (value is not YamlScalarSyntax scalar)
        {
            ReportWrongKind(field, "text", value);
            return null;
        }

        if (string.IsNullOrWhiteSpace(scalar.Value))
        {
            Report(DiagnosticDescriptors.EmptyValue, scalar.Location, field,
                isListItem ? ": write the item's text after its '- ', or remove the line" : Fixes.ForEmpty(field, isList: false, requiredBy));
            return null;
        }

        return new TextSpec(scalar.Value, scalar.Location);
    }

    /// <summary>Reports each key listed a second time in <paramref name="field"/>.</summary>
    public void ReportDuplicates(IEnumerable<TextSpec> keys, string field)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (!seen.Add(key.Value))
            {
                Report(DiagnosticDescriptors.DuplicateListItem, key.Location, key.Value, field);
            }
        }
    }

    public void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments) =>
        Diagnostics.Report(descriptor, location, arguments);

    private void ReportWrongKind(string field, string expected, YamlSyntax actual, ItemSchema? item = null, bool isListItem = false) =>
        Report(DiagnosticDescriptors.WrongValueKind, actual.Location, field, expected, actual.KindDescription,
            Fixes.ForWrongKind(field, expected, actual, item, isListItem));

    private IReadOnlyList<YamlSyntax> Sequence(FieldDefinition field) =>
        Found<YamlSequenceSyntax>(field, "a list")?.Items ?? (IReadOnlyList<YamlSyntax>)Array.Empty<YamlSyntax>();

    /// <summary>The field's value when it has the shape <typeparamref name="T"/>; otherwise null, and a wrong shape is reported.</summary>
    private T? Found<T>(FieldDefinition field, string expected)
        where T : YamlSyntax
    {
        var value = Found(field);
        if (value is null or T)
        {
            return value as T;
        }

        ReportWrongKind(field.Name, expected, value, field.Item);
        return null;
    }

    /// <summary>The field's value; a required field that is missing is reported where its mapping starts.</summary>
    /// <summary>The field's value; a missing required field was reported when the mapping was first read.</summary>
    private YamlSyntax? Found(FieldDefinition field) => Find(field);
}
