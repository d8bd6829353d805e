using System;
using System.Collections.Generic;
using System.Linq;
using RoleTaxonomy.Generator.Diagnostics;
using RoleTaxonomy.Generator.Model;
using RoleTaxonomy.Generator.Parsing;

namespace RoleTaxonomy.Generator.Binding;

/// <summary>
/// Reads the fields of one YAML mapping against the fields the schema knows, reporting unknown, missing,
/// empty and wrongly shaped ones. A field that cannot be read yields an empty value and a diagnostic.
/// </summary>
internal sealed class FieldReader
{
    private readonly YamlMappingSyntax _mapping;
    private readonly string _subject;
    private readonly List<DiagnosticInfo> _diagnostics;

    public FieldReader(YamlMappingSyntax mapping, string subject, IReadOnlyCollection<string> knownFields, List<DiagnosticInfo> diagnostics)
    {
        _mapping = mapping;
        _subject = subject;
        _diagnostics = diagnostics;
        foreach (var entry in mapping.Entries)
        {
            if (!knownFields.Contains(entry.Key.Value))
            {
                var suggestion = Suggestions.Nearest(entry.Key.Value, knownFields);
                Report(DiagnosticDescriptors.UnknownField, entry.Key.Location, entry.Key.Value, subject,
                    suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?");
            }
        }
    }

    public LocationInfo Location => _mapping.Location;

    public YamlSyntax? Find(string field)
    {
        foreach (var entry in _mapping.Entries)
        {
            if (string.Equals(entry.Key.Value, field, StringComparison.Ordinal))
            {
                return entry.Value;
            }
        }

        return null;
    }

    /// <summary>A required, non-empty text field; empty text when it is missing or wrong.</summary>
    public TextSpec Text(string field) => OptionalText(field, required: true) ?? new TextSpec(string.Empty, _mapping.Location);

    public TextSpec? OptionalText(string field, bool required = false)
    {
        var value = Find(field);
        if (value is null)
        {
            if (required)
            {
                ReportMissing(field);
            }

            return null;
        }

        return AsText(field, value);
    }

    /// <summary>A required list of non-empty texts.</summary>
    public EquatableArray<TextSpec> TextList(string field, bool required = true)
    {
        var items = Sequence(field, required);
        return items.Select(item => AsText(field, item)).OfType<TextSpec>().ToEquatableArray();
    }

    public FieldReader? Mapping(string field, string subject, IReadOnlyCollection<string> knownFields, bool required = true)
    {
        var value = Find(field);
        if (value is null)
        {
            if (required)
            {
                ReportMissing(field);
            }

            return null;
        }

        if (value is not YamlMappingSyntax mapping)
        {
            ReportWrongKind(field, "a mapping", value);
            return null;
        }

        return new FieldReader(mapping, subject, knownFields, _diagnostics);
    }

    public IReadOnlyList<YamlSyntax> Sequence(string field, bool required = true)
    {
        var value = Find(field);
        if (value is null)
        {
            if (required)
            {
                ReportMissing(field);
            }

            return Array.Empty<YamlSyntax>();
        }

        if (value is not YamlSequenceSyntax sequence)
        {
            ReportWrongKind(field, "a list", value);
            return Array.Empty<YamlSyntax>();
        }

        return sequence.Items;
    }

    /// <summary>The mappings of a list field, each read as <paramref name="subject"/>.</summary>
    public IEnumerable<FieldReader> MappingList(string field, string subject, IReadOnlyCollection<string> knownFields, bool required = true)
    {
        foreach (var item in Sequence(field, required))
        {
            if (item is YamlMappingSyntax mapping)
            {
                yield return new FieldReader(mapping, subject, knownFields, _diagnostics);
            }
            else
            {
                ReportWrongKind(field + " item", "a mapping", item);
            }
        }
    }

    /// <summary>The entries of a mapping field whose keys are data (vocabulary keys, attribute names), not schema.</summary>
    public IReadOnlyList<YamlEntrySyntax> Entries(string field)
    {
        var value = Find(field);
        if (value is null)
        {
            return Array.Empty<YamlEntrySyntax>();
        }

        if (value is not YamlMappingSyntax mapping)
        {
            ReportWrongKind(field, "a mapping", value);
            return Array.Empty<YamlEntrySyntax>();
        }

        return mapping.Entries;
    }

    public TextSpec? AsText(string field, YamlSyntax value)
    {
        if (value is not YamlScalarSyntax scalar)
        {
            ReportWrongKind(field, "text", value);
            return null;
        }

        if (string.IsNullOrWhiteSpace(scalar.Value))
        {
            Report(DiagnosticDescriptors.EmptyValue, scalar.Location, field);
            return null;
        }

        return new TextSpec(scalar.Value, scalar.Location);
    }

    public void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments) =>
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));

    private void ReportMissing(string field) =>
        Report(DiagnosticDescriptors.MissingRequiredField, _mapping.Location, field, _subject);

    private void ReportWrongKind(string field, string expected, YamlSyntax actual) =>
        Report(DiagnosticDescriptors.WrongValueKind, actual.Location, field, expected, actual.KindDescription);
}
