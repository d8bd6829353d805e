using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using RoleTaxonomy.Generator.Binding;
using RoleTaxonomy.Generator.Naming;

namespace RoleTaxonomy.Generator.Schema;

/// <summary>
/// Writes the editor schema (JSON Schema draft-07) of each kind of content from <see cref="ContentSchema"/>, so that an
/// editor flags in the YAML what the generator would report. Cross-file rules stay the generator's alone.
/// </summary>
internal static class EditorSchemaWriter
{
    public const string IdPrefix = "https://github.com/roletaxonomy/roletaxonomy/blob/main/content/schema/";

    // ASCII only: an editor cannot tell a valid Unicode C# name from an invalid one; the generator can.
    private const string CSharpNamePattern = "^[A-Za-z_][A-Za-z0-9_]*$";
    private const string NotBlankPattern = "\\S";

    /// <summary>The schema's file name under <c>content/schema/</c>, such as <c>role.schema.json</c>.</summary>
    public static string FileName(ContentKind kind) => kind.Kind + ".schema.json";

    /// <summary>The schema of <paramref name="kind"/>, indented by two spaces, ending with a newline.</summary>
    public static string Write(ContentKind kind)
    {
        var definitions = new SortedDictionary<string, Json>(System.StringComparer.Ordinal);
        var root = new Json()
            .Add("$schema", "http://json-schema.org/draft-07/schema#")
            .Add("$id", IdPrefix + FileName(kind))
            .Add("title", kind.Title)
            .Add("description", kind.Description);
        Object(root, kind.Item, definitions);
        if (definitions.Count > 0)
        {
            var all = new Json();
            foreach (var definition in definitions)
            {
                all.Add(definition.Key, definition.Value);
            }

            root.Add("definitions", all);
        }

        var text = new StringBuilder();
        root.WriteTo(text, 0);
        return text.Append('\n').ToString();
    }

    private static Json Object(Json schema, ItemSchema item, SortedDictionary<string, Json> definitions)
    {
        var properties = new Json();
        foreach (var field in item.Fields)
        {
            properties.Add(field.Name, Field(field, definitions));
        }

        return schema
            .Add("type", "object")
            .Add("additionalProperties", false)
            .Add("required", item.Fields.Where(f => f.IsRequired).Select(f => (object)f.Name).ToList())
            .Add("properties", properties);
    }

    private static Json Field(FieldDefinition field, SortedDictionary<string, Json> definitions)
    {
        switch (field.Shape)
        {
            case FieldShape.Kind:
                return new Json().Add("const", field.Constant!);
            case FieldShape.Key:
                return Key(field.Description ?? ContentSchema.KeyDescription);
            case FieldShape.CSharpName:
                return new Json().Add("type", "string").Add("pattern", CSharpNamePattern).Add("description", field.Description!);
            case FieldShape.Text:
            case FieldShape.Paragraphs:
                return Text().Add("description", field.Description!);
            case FieldShape.TextList:
                return new Json()
                    .Add("type", "array")
                    .Add("minItems", field.AllowsEmpty ? 0 : 1)
                    .Add("items", Text())
                    .Add("description", field.Description!);
            case FieldShape.KeyList:
                return new Json()
                    .Add("type", "array")
                    .Add("minItems", 1)
                    .Add("uniqueItems", true)
                    .Add("items", Key(ContentSchema.KeyDescription))
                    .Add("description", field.Description!);
            case FieldShape.Mapping when field.Item == ContentSchema.Deprecation.Item:
                definitions["deprecated"] = Object(new Json(), field.Item, definitions).Add("description", field.Description!);
                return new Json().Add("$ref", "#/definitions/deprecated");
            case FieldShape.Mapping:
                return Object(new Json(), field.Item!, definitions).Add("description", field.Description!);
            case FieldShape.MappingList:
                return new Json()
                    .Add("type", "array")
                    .Add("minItems", 1)
                    .Add("items", Object(new Json(), field.Item!, definitions))
                    .Add("description", field.Description!);
            case FieldShape.References:
                return new Json()
                    .Add("type", "object")
                    .Add("propertyNames", Key(ContentSchema.KeyDescription))
                    .Add("additionalProperties", new Json()
                        .Add("type", "array")
                        .Add("minItems", 1)
                        .Add("uniqueItems", true)
                        .Add("items", Key(ContentSchema.KeyDescription)))
                    .Add("description", field.Description!);
            case FieldShape.Attributes:
                return new Json()
                    .Add("type", "object")
                    .Add("additionalProperties", new Json().Add("type", "string"))
                    .Add("description", field.Description!);
            case FieldShape.Stability:
                definitions["stability"] = new Json()
                    .Add("type", "string")
                    .Add("enum", StabilityLevelKeysAsObjects())
                    .Add("default", Model.StabilityLevelKeys.All[0])
                    .Add("description",
                        "How settled the item is: stable (the default) is removed or renamed only after a deprecation; experimental may still change.");
                return new Json().Add("$ref", "#/definitions/stability");
            case FieldShape.Numbers:
                NumbersDefinitions(definitions);
                return new Json().Add("$ref", "#/definitions/numbers").Add("description", field.Description!);
            case FieldShape.MemberNumbers:
                NumbersDefinitions(definitions);
                return new Json()
                    .Add("type", "object")
                    .Add("propertyNames", new Json().Add("$ref", "#/definitions/key"))
                    .Add("additionalProperties", new Json().Add("$ref", "#/definitions/numbers"))
                    .Add("description", field.Description!);
            default:
                throw new System.ArgumentOutOfRangeException(nameof(field), field.Shape, "A field shape the editor schema does not know.");
        }
    }

    private static void NumbersDefinitions(SortedDictionary<string, Json> definitions)
    {
        definitions["key"] = Key(ContentSchema.KeyDescription);
        definitions["numbers"] = new Json()
            .Add("type", "object")
            .Add("propertyNames", new Json().Add("$ref", "#/definitions/key"))
            .Add("additionalProperties", new Json()
                .Add("type", "integer")
                .Add("minimum", 1)
                .Add("maximum", NumbersBinder.MaxNumber)
                .Add("description",
                    "The key's number for ever: a whole number from 1 (0 is no item), given to no other key of the section, kept after the item is removed."));
    }

    private static List<object> StabilityLevelKeysAsObjects() => Model.StabilityLevelKeys.All.Select(k => (object)k).ToList();

    private static Json Key(string description) =>
        new Json().Add("type", "string").Add("pattern", ContentKey.Pattern).Add("description", description);

    private static Json Text() => new Json().Add("type", "string").Add("minLength", 1).Add("pattern", NotBlankPattern);

    /// <summary>A JSON object whose properties keep the order they are added in.</summary>
    private sealed class Json
    {
        private readonly List<KeyValuePair<string, object>> _properties = new();

        public Json Add(string name, object value)
        {
            _properties.Add(new KeyValuePair<string, object>(name, value));
            return this;
        }

        public void WriteTo(StringBuilder text, int depth)
        {
            text.Append("{\n");
            for (var i = 0; i < _properties.Count; i++)
            {
                Indent(text, depth + 1);
                String(text, _properties[i].Key);
                text.Append(": ");
                Value(text, _properties[i].Value, depth + 1);
                text.Append(i < _properties.Count - 1 ? ",\n" : "\n");
            }

            Indent(text, depth);
            text.Append('}');
        }

        private static void Value(StringBuilder text, object value, int depth)
        {
            switch (value)
            {
                case Json json:
                    json.WriteTo(text, depth);
                    break;
                case string s:
                    String(text, s);
                    break;
                case bool b:
                    text.Append(b ? "true" : "false");
                    break;
                case int n:
                    text.Append(n.ToString(CultureInfo.InvariantCulture));
                    break;
                case List<object> list:
                    text.Append("[\n");
                    for (var i = 0; i < list.Count; i++)
                    {
                        Indent(text, depth + 1);
                        Value(text, list[i], depth + 1);
                        text.Append(i < list.Count - 1 ? ",\n" : "\n");
                    }

                    Indent(text, depth);
                    text.Append(']');
                    break;
                default:
                    throw new System.ArgumentException("Not a JSON value: " + value.GetType().Name, nameof(value));
            }
        }

        private static void Indent(StringBuilder text, int depth) => text.Append(' ', depth * 2);

        private static void String(StringBuilder text, string value)
        {
            text.Append('"');
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"': text.Append("\\\""); break;
                    case '\\': text.Append("\\\\"); break;
                    case '\n': text.Append("\\n"); break;
                    case '\r': text.Append("\\r"); break;
                    case '\t': text.Append("\\t"); break;
                    default:
                        if (c < ' ')
                        {
                            text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            text.Append(c);
                        }

                        break;
                }
            }

            text.Append('"');
        }
    }
}
