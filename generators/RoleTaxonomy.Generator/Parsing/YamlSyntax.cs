using System.Collections.Generic;
using RoleTaxonomy.Generator.Model;

namespace RoleTaxonomy.Generator.Parsing;

/// <summary>A node of a parsed YAML document, with the place it came from. Knows nothing of the taxonomy.</summary>
internal abstract class YamlSyntax
{
    protected YamlSyntax(LocationInfo location) => Location = location;

    public LocationInfo Location { get; }

    /// <summary>How many nodes this node stands for once aliases are expanded; bounds "billion laughs" input.</summary>
    public abstract long ExpandedSize { get; }

    /// <summary>What kind of value this is, in the words a content author would use.</summary>
    public abstract string KindDescription { get; }

    /// <summary>The same value standing somewhere else: an alias repeats its anchor's value at the alias's place.</summary>
    public abstract YamlSyntax MovedTo(LocationInfo location);
}

/// <summary>A scalar, always read as the text it is: YAML 1.1 booleans and nulls stay strings.</summary>
internal sealed class YamlScalarSyntax : YamlSyntax
{
    public YamlScalarSyntax(string value, bool isPlain, LocationInfo location)
        : base(location)
    {
        Value = value;
        IsPlain = isPlain;
    }

    public string Value { get; }

    public bool IsPlain { get; }

    public override long ExpandedSize => 1;

    public override string KindDescription => "text";

    public override YamlSyntax MovedTo(LocationInfo location) => new YamlScalarSyntax(Value, IsPlain, location);
}

internal sealed class YamlSequenceSyntax : YamlSyntax
{
    public YamlSequenceSyntax(IReadOnlyList<YamlSyntax> items, long expandedSize, LocationInfo location)
        : base(location)
    {
        Items = items;
        ExpandedSize = expandedSize;
    }

    public IReadOnlyList<YamlSyntax> Items { get; }

    public override long ExpandedSize { get; }

    public override string KindDescription => "a list";

    public override YamlSyntax MovedTo(LocationInfo location) => new YamlSequenceSyntax(Items, ExpandedSize, location);
}

internal sealed class YamlMappingSyntax : YamlSyntax
{
    public YamlMappingSyntax(IReadOnlyList<YamlEntrySyntax> entries, long expandedSize, LocationInfo location)
        : base(location)
    {
        Entries = entries;
        ExpandedSize = expandedSize;
    }

    /// <summary>The entries in document order; keys are unique (the reader reports duplicates).</summary>
    public IReadOnlyList<YamlEntrySyntax> Entries { get; }

    public override long ExpandedSize { get; }

    public override string KindDescription => "a mapping";

    public override YamlSyntax MovedTo(LocationInfo location) => new YamlMappingSyntax(Entries, ExpandedSize, location);
}

internal sealed class YamlEntrySyntax
{
    public YamlEntrySyntax(YamlScalarSyntax key, YamlSyntax value)
    {
        Key = key;
        Value = value;
    }

    public YamlScalarSyntax Key { get; }

    public YamlSyntax Value { get; }
}
