using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace RoleTaxonomy.Generator.Schema;

/// <summary>What a field's value looks like in the YAML.</summary>
internal enum FieldShape
{
    /// <summary>The file's <c>kind:</c>, a constant.</summary>
    Kind,

    /// <summary>A content key (<c>appsec-engineer</c>), or a reference to one.</summary>
    Key,

    /// <summary>A C# name.</summary>
    CSharpName,

    /// <summary>Text that is not empty or white space.</summary>
    Text,

    /// <summary>A list of texts.</summary>
    TextList,

    /// <summary>
    /// Text of paragraphs separated by one blank line, which the model holds as its list of paragraphs: the content's one
    /// rule for paragraphs.
    /// </summary>
    Paragraphs,

    /// <summary>A list of distinct keys.</summary>
    KeyList,

    /// <summary>A mapping with fields of its own (<see cref="FieldDefinition.Item"/>).</summary>
    Mapping,

    /// <summary>A list of mappings, each with the fields of <see cref="FieldDefinition.Item"/>.</summary>
    MappingList,

    /// <summary>Vocabulary keys mapped to lists of member keys.</summary>
    References,

    /// <summary>Names mapped to texts: data, not schema.</summary>
    Attributes,

    /// <summary><c>stable</c> or <c>experimental</c>.</summary>
    Stability,

    /// <summary>Keys mapped to their numbers.</summary>
    Numbers,

    /// <summary>Vocabulary keys mapped to the numbers of their members.</summary>
    MemberNumbers,
}

/// <summary>
/// One field of a kind of content: its name in the YAML (and in the JSON export), whether it must be given, its shape
/// and what the editor schema tells the author about it. Declared once in <see cref="ContentSchema"/>.
/// </summary>
/// <remarks>
/// A field of a keyed item whose shape is <see cref="FieldShape.Text"/>, <see cref="FieldShape.TextList"/> or
/// <see cref="FieldShape.Paragraphs"/> is a text field (<see cref="IsText"/>): it travels from the YAML to the generated
/// constructor, the CLI's export and the diff by its names alone, with no code of its own in any stage.
/// </remarks>
internal sealed class FieldDefinition
{
    private FieldDefinition(
        string name, FieldShape shape, bool required, string? description, ItemSchema? item, bool allowsEmpty, string? constant, string? exportName = null)
    {
        Name = name;
        ExportName = exportName ?? name;
        Shape = shape;
        IsRequired = required;
        Description = description;
        Item = item;
        AllowsEmpty = allowsEmpty;
        Constant = constant;
    }

    /// <summary>The field's name in the YAML, which the diff and the diagnostics use.</summary>
    public string Name { get; }

    /// <summary>
    /// The field's name in the JSON export and as the generated constructor's parameter: <see cref="Name"/>, unless the
    /// model holds the field transformed (a task pattern's <c>text</c> is its <c>paragraphs</c>).
    /// </summary>
    public string ExportName { get; }

    public FieldShape Shape { get; }

    /// <summary>True for a text field, which the stages carry by name (see the remarks on the class).</summary>
    public bool IsText => Shape is FieldShape.Text or FieldShape.TextList or FieldShape.Paragraphs;

    public bool IsRequired { get; }

    /// <summary>What the editor shows for the field; null where the field's shape says it all.</summary>
    public string? Description { get; }

    /// <summary>The fields of a <see cref="FieldShape.Mapping"/> or of each item of a <see cref="FieldShape.MappingList"/>.</summary>
    public ItemSchema? Item { get; }

    /// <summary>True for a list that may be empty; a required list is otherwise reported when it has no items.</summary>
    public bool AllowsEmpty { get; }

    /// <summary>The value of a <see cref="FieldShape.Kind"/> field.</summary>
    public string? Constant { get; }

    public static FieldDefinition Kind(string kind) => new("kind", FieldShape.Kind, true, null, null, false, kind);

    public static FieldDefinition Key(string name, string? description = null, bool required = true) =>
        new(name, FieldShape.Key, required, description, null, false, null);

    public static FieldDefinition CSharpName(string name, string description, bool required) =>
        new(name, FieldShape.CSharpName, required, description, null, false, null);

    public static FieldDefinition Text(string name, string description, bool required = true) =>
        new(name, FieldShape.Text, required, description, null, false, null);

    public static FieldDefinition TextList(string name, string description, bool required = true) =>
        new(name, FieldShape.TextList, required, description, null, allowsEmpty: !required, null);

    public static FieldDefinition Paragraphs(string name, string exportName, string description) =>
        new(name, FieldShape.Paragraphs, true, description, null, false, null, exportName);

    public static FieldDefinition KeyList(string name, string description) =>
        new(name, FieldShape.KeyList, true, description, null, false, null);

    public static FieldDefinition Mapping(string name, ItemSchema item, string? description = null, bool required = true) =>
        new(name, FieldShape.Mapping, required, description, item, false, null);

    public static FieldDefinition MappingList(string name, ItemSchema item, string? description = null) =>
        new(name, FieldShape.MappingList, true, description, item, false, null);

    public static FieldDefinition References(string name, string description) =>
        new(name, FieldShape.References, false, description, null, false, null);

    public static FieldDefinition Attributes(string name, string description) =>
        new(name, FieldShape.Attributes, false, description, null, false, null);

    public static FieldDefinition Stability() => new("stability", FieldShape.Stability, false, null, null, false, null);

    public static FieldDefinition Numbers(string name, string description) =>
        new(name, FieldShape.Numbers, false, description, null, false, null);

    public static FieldDefinition MemberNumbers(string name, string description) =>
        new(name, FieldShape.MemberNumbers, false, description, null, false, null);

    public override string ToString() => Name;
}

/// <summary>The fields of one kind of mapping (a role, a lens mapping, a deprecation…), in the order the docs list them.</summary>
internal sealed class ItemSchema
{
    private readonly Dictionary<string, FieldDefinition> _byName;

    public ItemSchema(string subject, params FieldDefinition[] fields)
    {
        Subject = subject;
        Fields = fields.ToImmutableArray();
        _byName = fields.ToDictionary(f => f.Name, StringComparer.Ordinal);
        Names = Fields.Select(f => f.Name).ToImmutableArray();
        TextFields = Fields.Where(f => f.IsText).ToImmutableArray();
    }

    /// <summary>How messages name such a mapping: "a role", "the page", "lenses".</summary>
    public string Subject { get; }

    public ImmutableArray<FieldDefinition> Fields { get; }

    /// <summary>The field names, for "unknown field" checks and their suggestions.</summary>
    public ImmutableArray<string> Names { get; }

    /// <summary>The text fields, in order: what a keyed item's <c>TextFields</c> hold.</summary>
    public ImmutableArray<FieldDefinition> TextFields { get; }

    public bool Contains(string name) => _byName.ContainsKey(name);

    public FieldDefinition this[string name] => _byName[name];
}
