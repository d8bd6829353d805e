using System;
using System.Collections.Generic;
using System.Linq;
using RoleTaxonomy.Generator.Model;
using RoleTaxonomy.Generator.Naming;
using Microsoft.CodeAnalysis.Text;
using RoleTaxonomy.Generator.Schema;

namespace RoleTaxonomy.Generator.Emitting;

/// <summary>A generated source file: its hint name and text, in UTF-8 as the compiler takes it.</summary>
internal sealed record GeneratedSource(string HintName, SourceText Text);

/// <summary>
/// Writes the linked taxonomy as C#: one concern per file. Knows nothing of YAML; everything it needs is in the model.
/// </summary>
internal sealed class TaxonomyEmitter
{
    private static readonly string GeneratorVersion =
        typeof(TaxonomyEmitter).Assembly.GetName().Version?.ToString() ?? "1.0.0.0";

    internal static readonly string GeneratedCodeAttribute =
        $"[global::System.CodeDom.Compiler.GeneratedCode(\"RoleTaxonomy.Generator\", \"{GeneratorVersion}\")]";

    /// <summary>The version of the JSON export's shape that <c>Taxonomy.WriteJson</c> writes (RoleTaxonomy's <c>TaxonomyExport.JsonSchemaVersion</c>).</summary>
    private const int JsonSchemaVersion = 1;

    /// <summary>The indentation of a constructor argument under its <c>new</c>: where a list argument's braces go.</summary>
    private const string Argument = "    ";

    private readonly TaxonomyModel _model;
    private readonly Dictionary<string, string> _qualifiedNames = new(StringComparer.Ordinal);
    private readonly string _ns;
    private readonly string _access;
    private readonly string _notNullWhenTrue;
    private readonly bool _hasDeprecations;

    private TaxonomyEmitter(TaxonomyModel model)
    {
        _model = model;
        _ns = model.Options.Namespace;
        _access = model.Options.IsPublic ? "public" : "internal";
        _hasDeprecations = model.HasDeprecations;
        _notNullWhenTrue = model.Options.Has(TargetFeatures.NotNullWhen)
            ? "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] "
            : string.Empty;
    }

    /// <summary>The files written from the content; the model types, which depend on the options only, are <see cref="ModelSource"/>'s.</summary>
    public static IEnumerable<GeneratedSource> Emit(TaxonomyModel model) => new TaxonomyEmitter(model).EmitAll();

    private IEnumerable<GeneratedSource> EmitAll()
    {
        yield return File("Lens.g.cs", w => Enum(
            w,
            GeneratedNames.Lens,
            "The four lenses through which to describe a role.",
            new[]
            {
                new EnumMember(1, "Decisions", "decisions", "Decisions", "What decisions the role owns."),
                new EnumMember(2, "Evidence", "evidence", "Evidence", "What evidence the role works from."),
                new EnumMember(3, "Conflict", "conflict", "Conflict", "What conflict the role has to manage."),
                new EnumMember(4, "Leverage", "leverage", "Leverage", "What kind of leverage the role creates."),
            }));
        yield return File("Stability.g.cs", w => Enum(
            w,
            GeneratedNames.Stability,
            "How settled an item of the taxonomy is.",
            new[]
            {
                new EnumMember((int)StabilityLevel.Stable + 1, nameof(StabilityLevel.Stable), StabilityLevel.Stable.ToKey(), "Stable",
                    "Settled: the item is removed or renamed only after a deprecation."),
                new EnumMember((int)StabilityLevel.Experimental + 1, nameof(StabilityLevel.Experimental), StabilityLevel.Experimental.ToKey(), "Experimental",
                    "Still being tried out: the item's text and place may change."),
            }));

        yield return File("RoleId.g.cs", w => Enum(
            w,
            GeneratedNames.RoleId,
            IdentitySummary("a role"),
            _model.Roles.Select(r => new EnumMember(r.Number, r.Identifier, r.Key, r.Text.Name, Documented(r.Text.Name + ": " + r.Text.Summary, r.Lifecycle),
                Obsolete(r.Lifecycle, GeneratedNames.RoleId))),
            keyOf: "a role"));
        yield return File("TaskPatternId.g.cs", w => Enum(
            w,
            GeneratedNames.TaskPatternId,
            IdentitySummary("a task pattern"),
            _model.TaskPatterns.Select(t => new EnumMember(t.Number, t.Identifier, t.Key, t.Text.Title, Documented(t.Text.Title, t.Lifecycle),
                Obsolete(t.Lifecycle, GeneratedNames.TaskPatternId))),
            keyOf: "a task pattern"));
        yield return File("VocabularyId.g.cs", w => Enum(
            w,
            GeneratedNames.VocabularyId,
            IdentitySummary("a vocabulary"),
            _model.Vocabularies.Select(v => new EnumMember(v.Number, v.Identifier, v.Key, v.Text.Name, v.Text.Description ?? v.Text.Name)),
            keyOf: "a vocabulary"));

        foreach (var vocabulary in _model.Vocabularies)
        {
            // Named by key, not by C# name: hint names must be unique ignoring case, and keys are lower-case and unique.
            yield return File($"Vocabularies.{vocabulary.Key}.g.cs", w => Vocabulary(w, vocabulary));
        }

        yield return File("Roles.g.cs", Roles);
        yield return File("TaskPatterns.g.cs", TaskPatterns);
        yield return File("Vocabularies.g.cs", Vocabularies);
        yield return File("Taxonomy.g.cs", w => Taxonomy(w, _model.Page));
    }

    private static string IdentitySummary(string item) =>
        $"Identifies {item} of the taxonomy. Its number never changes (the content's numbers file keeps it), and 0 is no item; " +
        "store and exchange its key all the same, which JSON, configuration and type conversion read and write.";

    /// <summary>A member of a generated enum; <paramref name="Obsolete"/> is the message of its [Obsolete], when deprecated.</summary>
    private sealed record EnumMember(int Number, string Identifier, string Key, string DisplayName, string Documentation, string? Obsolete = null);

    /// <summary>The expression of a catalog's item (its property, or another catalog's), with the item's number.</summary>
    private sealed record NumberedExpression(int Number, string Expression);

    /// <summary>An item of a catalog class; <paramref name="Expression"/> writes the expression that creates it.</summary>
    private sealed record CatalogItem(int Number, string Identifier, string Documentation, Action<SourceWriter> Expression, string? Obsolete = null);

    /// <summary>An item's documentation, with what its stability and deprecation mean for the reader.</summary>
    private static string Documented(string text, LifecycleModel lifecycle)
    {
        if (lifecycle.Stability == StabilityLevel.Experimental)
        {
            text = Sentence(text) + " Experimental: its text and place may still change.";
        }

        return lifecycle.Deprecation is { } deprecation ? Sentence(text) + " Deprecated: " + Sentence(deprecation.Reason) : text;
    }

    /// <summary>The message of the [Obsolete] on a deprecated item: the reason, and the replacement in the same scope.</summary>
    private static string? Obsolete(LifecycleModel lifecycle, string scope) => lifecycle.Deprecation switch
    {
        null => null,
        { ReplacedByIdentifier: { } replacement } deprecation => $"{Sentence(deprecation.Reason)} Use {scope}.{replacement} instead.",
        var deprecation => Sentence(deprecation.Reason),
    };

    /// <summary>The text, ended as a sentence, so that another can follow it.</summary>
    private static string Sentence(string text)
    {
        text = text.TrimEnd();
        return text.Length == 0 || text[text.Length - 1] is '.' or '!' or '?' or ':' ? text : text + ".";
    }

    private static void ObsoleteAttribute(SourceWriter w, string? message)
    {
        if (message is not null)
        {
            w.Line($"[global::System.Obsolete({Literal.String(message)})]");
        }
    }

    private GeneratedSource File(string hintName, Action<SourceWriter> body) => File(hintName, _ns, _hasDeprecations, body);

    /// <summary>One generated file: the header, then <paramref name="body"/> written straight into the namespace.</summary>
    internal static GeneratedSource File(string hintName, string ns, bool hasDeprecations, Action<SourceWriter> body)
    {
        var writer = new SourceWriter()
            .Line("// <auto-generated>")
            .Line("//     Generated by RoleTaxonomy.Generator from the taxonomy's YAML content.")
            .Line("//     Edit the YAML, not this file: changes here are lost when the code is regenerated.")
            .Line("// </auto-generated>")
            .Line()
            .Line("#nullable enable")
            .Line();
        if (hasDeprecations)
        {
            writer.Line("#pragma warning disable CS0618 // Deprecated items stay defined and resolvable: this code refers to them itself.").Line();
        }

        writer.Open("namespace " + ns);
        body(writer);
        return new GeneratedSource(hintName, writer.Close().CompleteSourceText());
    }

    /// <summary>The generated marker of where keys are, which the analyzers read.</summary>
    private string KeyAttribute => T(GeneratedNames.TaxonomyKeyAttribute);

    /// <summary>The marker of a parameter that takes a key of the identity <paramref name="enumName"/>; none for other enums.</summary>
    private string KeyParameter(string enumName, string? keyOf) => keyOf is null ? string.Empty : $"[{KeyAttribute}(typeof({T(enumName)}))] ";

    /// <summary>The fully qualified name of a generated type; made once per name, since every line uses them.</summary>
    private string T(string name)
    {
        if (!_qualifiedNames.TryGetValue(name, out var qualified))
        {
            qualified = $"global::{_ns}.{name}";
            _qualifiedNames.Add(name, qualified);
        }

        return qualified;
    }

    /// <summary>
    /// An enum numbered by the numbers file, and its allocation-free key, display-name and parse methods; for an
    /// identity, whose items <paramref name="keyOf"/> names (<c>a role</c>), also its key type.
    /// </summary>
    private void Enum(SourceWriter w, string name, string summary, IEnumerable<EnumMember> memberList, string? keyOf = null)
    {
        var members = memberList.ToList();
        var type = T(name);
        var extensions = T(GeneratedNames.ExtensionsOf(name));
        w.Summary(summary).Line(GeneratedCodeAttribute);
        if (_model.Options.Has(TargetFeatures.Json))
        {
            w.Line($"[global::System.Text.Json.Serialization.JsonConverter(typeof({extensions}.KeyJsonConverter))]");
        }

        if (_model.Options.Has(TargetFeatures.TypeConverter))
        {
            w.Line($"[global::System.ComponentModel.TypeConverter(typeof({extensions}.KeyTypeConverter))]");
        }

        w.Open($"{_access} enum {name}");
        for (var i = 0; i < members.Count; i++)
        {
            w.Summary(members[i].Documentation);
            ObsoleteAttribute(w, members[i].Obsolete);
            if (keyOf is not null)
            {
                w.Line($"[{KeyAttribute}({Literal.String(members[i].Key)})]");
            }

            if (_model.Options.Has(TargetFeatures.JsonEnumMemberNames))
            {
                w.Line($"[global::System.Text.Json.Serialization.JsonStringEnumMemberName({Literal.String(members[i].Key)})]");
            }

            w.Line($"{members[i].Identifier} = {members[i].Number},");
            if (i < members.Count - 1)
            {
                w.Line();
            }
        }

        w.Close().Line();

        w.SummaryXml($"Keys, display names and parsing for <see cref=\"{name}\"/>, without allocation.")
            .Line(GeneratedCodeAttribute)
            .Open($"{_access} static partial class {GeneratedNames.ExtensionsOf(name)}");

        // Indexed by number: a bounds check and a load, small enough to be inlined. Null where no value has the
        // number: 0, and the numbers of removed items, which are never given again.
        var byNumber = ByNumber(members, m => m.Number);
        w.Line("// Indexed by number; null at 0 and at the numbers of removed items.");
        NumberedStrings(w, "s_keys", byNumber, m => m.Key);
        NumberedStrings(w, "s_displayNames", byNumber, m => m.DisplayName);
        w.Line($"private static readonly {type}[] s_values = new {type}[]").Line("{");
        foreach (var member in members)
        {
            w.Line($"    {type}.{member.Identifier},");
        }

        w.Line("};").Line();
        w.Line("private static readonly string[] s_keysInOrder = new string[]").Line("{");
        foreach (var member in members)
        {
            w.Line($"    {Literal.String(member.Key)},");
        }

        w.Line("};").Line();

        var table = KeyTable.For(members.Select(m => m.Key).ToList());
        if (table is not null)
        {
            KeySlots(w, table, members);
        }

        w.SummaryXml("Every value, in the content's order.")
            .Line($"public static global::System.Collections.Generic.IReadOnlyList<{type}> Values {{ get; }} = global::System.Array.AsReadOnly(s_values);")
            .Line()
            .SummaryXml("The key of every value, in the order of <see cref=\"Values\"/>.")
            .Line("public static global::System.Collections.Generic.IReadOnlyList<string> Keys { get; } = global::System.Array.AsReadOnly(s_keysInOrder);")
            .Line();

        w.SummaryXml("Returns the stable key of <paramref name=\"value\"/>: the form to store and exchange.")
            .Line("/// <param name=\"value\">The value.</param>")
            .Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"value\"/> is not a defined value.</exception>");
        Lookup(w, $"public static string ToKey(this {type} value)", name, "s_keys");
        w.Line();

        w.SummaryXml("Returns the display name of <paramref name=\"value\"/>.")
            .Line("/// <param name=\"value\">The value.</param>")
            .Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"value\"/> is not a defined value.</exception>");
        Lookup(w, $"public static string ToDisplayName(this {type} value)", name, "s_displayNames");
        w.Line();

        w.SummaryXml("Returns true when <paramref name=\"value\"/> names an item: false for <c>default</c> and any other undefined number.")
            .Line("/// <param name=\"value\">The value.</param>")
            .Line($"public static bool IsDefined(this {type} value) =>")
            .Line("    (uint)value < (uint)s_keys.Length && s_keys[(int)value] is not null;")
            .Line();

        w.SummaryXml("Returns the value whose stable key is <paramref name=\"key\"/>, compared ordinally.")
            .Line("/// <param name=\"key\">The key, such as the result of <c>ToKey</c>.</param>")
            .Line("/// <exception cref=\"global::System.ArgumentNullException\"><paramref name=\"key\"/> is null.</exception>")
            .Line("/// <exception cref=\"global::System.FormatException\"><paramref name=\"key\"/> is not a key; the message names the nearest one.</exception>")
            .Open($"public static {type} Parse({KeyParameter(name, keyOf)}string key)")
            .Open("if (key is null)")
            .Line("throw new global::System.ArgumentNullException(nameof(key));")
            .Close()
            .Line()
            .Line("return TryParse(key, out var value)")
            .Line("    ? value")
            .Line($"    : throw new global::System.FormatException({T(GeneratedNames.TaxonomyKeys)}.NotAKey({Literal.String(name)}, key, Keys));")
            .Close()
            .Line();

        w.SummaryXml("Finds the value whose stable key is <paramref name=\"key\"/>, compared ordinally.")
            .Line("/// <param name=\"key\">The key, such as the result of <c>ToKey</c>.</param>")
            .Line("/// <param name=\"value\">The value when found; otherwise <c>default</c>, which is no item.</param>")
            .Line("/// <returns>True when <paramref name=\"key\"/> is the key of a value.</returns>")
            .Open($"public static bool TryParse({KeyParameter(name, keyOf)}string? key, out {type} value)");
        if (table is null)
        {
            KeySwitch(w, type, members);
        }
        else if (_model.Options.Has(TargetFeatures.Span))
        {
            // One search for both overloads: the span's measured faster than the same search written over a string.
            w.Open("if (key is null)")
                .Line("value = default;")
                .Line("return false;")
                .Close()
                .Line()
                .Line("return TryParse(global::System.MemoryExtensions.AsSpan(key), out value);");
        }
        else
        {
            // Without spans, CompareOrdinal compares the key with its part of the block.
            KeyTableSearch(w, type, "key is not null && ", "string.CompareOrdinal(KeyCharacters, start, key, 0, key.Length) == 0");
        }

        w.Close();

        if (_model.Options.Has(TargetFeatures.Span))
        {
            w.Line()
                .SummaryXml("Finds the value whose stable key is <paramref name=\"key\"/>, compared ordinally.")
                .Line("/// <param name=\"key\">The key, such as the result of <c>ToKey</c>.</param>")
                .Line("/// <param name=\"value\">The value when found; otherwise <c>default</c>, which is no item.</param>")
                .Line("/// <returns>True when <paramref name=\"key\"/> is the key of a value.</returns>")
                .Open($"public static bool TryParse(global::System.ReadOnlySpan<char> key, out {type} value)");
            if (table is not null)
            {
                KeyTableSearch(w, type, string.Empty,
                    "global::System.MemoryExtensions.SequenceEqual(global::System.MemoryExtensions.AsSpan(KeyCharacters, start, key.Length), key)");
            }
            else if (_model.Options.Has(TargetFeatures.SpanPatterns))
            {
                KeySwitch(w, type, members);
            }
            else
            {
                // Before C# 11 a span cannot be matched against constants: compare with each key instead.
                w.Open("for (var number = 1; number < s_keys.Length; number++)")
                    .Open("if (s_keys[number] is { } candidate && global::System.MemoryExtensions.SequenceEqual(key, global::System.MemoryExtensions.AsSpan(candidate)))")
                    .Line($"value = ({type})number;")
                    .Line("return true;")
                    .Close()
                    .Close()
                    .Line()
                    .Line("value = default;")
                    .Line("return false;");
            }

            w.Close();
        }

        if (_model.Options.Has(TargetFeatures.Json))
        {
            w.Line();
            KeyJsonConverter(w, name, type, members);
        }

        if (_model.Options.Has(TargetFeatures.TypeConverter))
        {
            w.Line();
            KeyTypeConverter(w, name, type);
        }

        w.Close();
        if (keyOf is not null)
        {
            w.Line();
            KeyType(w, name, keyOf);
        }
    }

    /// <summary>
    /// The key type of the identity <paramref name="name"/>: a value that parses from a key only. ASP.NET Core binds an
    /// enum parameter through <c>Enum.TryParse</c>, which also takes member names, numbers and flag combinations; a
    /// parameter of this type binds through its own <c>TryParse</c> instead.
    /// </summary>
    private void KeyType(SourceWriter w, string name, string keyOf)
    {
        var keyName = GeneratedNames.KeyOf(name);
        var key = T(keyName);
        var type = T(name);
        var extensions = T(GeneratedNames.ExtensionsOf(name));
        var parsable = _model.Options.Has(TargetFeatures.Parsable) ? $", global::System.IParsable<{key}>" : string.Empty;
        var undefined = $"\"Not a defined {name} value.\"";
        w.SummaryXml($"The stable key of {keyOf}, as a value. It parses from a key only, never from a member name, a number or a " +
                $"combination: bind it from a route or a query string, where <see cref=\"{name}\"/> would take those too. " +
                $"It converts to <see cref=\"{name}\"/> implicitly.")
            .Line(GeneratedCodeAttribute);
        if (_model.Options.Has(TargetFeatures.Json))
        {
            w.Line($"[global::System.Text.Json.Serialization.JsonConverter(typeof({key}.KeyJsonConverter))]");
        }

        w.Open($"{_access} readonly struct {keyName} : global::System.IEquatable<{key}>{parsable}")
            .Open($"private {keyName}({type} value)")
            .Line("Value = value;")
            .Close()
            .Line()
            .SummaryXml("The identity the key names; <c>default</c> in the default key, which names no item.")
            .Line($"public {type} Value {{ get; }}")
            .Line()
            .SummaryXml("The key's text, the form to store and exchange.")
            .Line($"/// <exception cref=\"global::System.InvalidOperationException\">This is the default {keyName}, which names no item.</exception>")
            .Line("public string Key =>")
            .Line($"    {extensions}.IsDefined(Value)")
            .Line($"        ? {extensions}.ToKey(Value)")
            .Line($"        : throw new global::System.InvalidOperationException(\"The default {keyName} names no item.\");")
            .Line()
            .SummaryXml($"Returns the key of <paramref name=\"value\"/>.")
            .Line("/// <param name=\"value\">The identity.</param>")
            .Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"value\"/> is not a defined value.</exception>")
            .Line($"public static {key} From({type} value) =>")
            .Line($"    {extensions}.IsDefined(value)")
            .Line($"        ? new {key}(value)")
            .Line($"        : throw new global::System.ArgumentOutOfRangeException(nameof(value), value, {undefined});")
            .Line()
            .SummaryXml("Returns the key whose text is <paramref name=\"s\"/>, compared ordinally.")
            .Line("/// <param name=\"s\">The key's text, such as the result of <see cref=\"ToString\"/>.</param>")
            .Line("/// <exception cref=\"global::System.ArgumentNullException\"><paramref name=\"s\"/> is null.</exception>")
            .Line("/// <exception cref=\"global::System.FormatException\"><paramref name=\"s\"/> is not a key; the message names the nearest one.</exception>")
            .Line($"public static {key} Parse({KeyParameter(name, keyOf)}string s) => new {key}({extensions}.Parse(s));")
            .Line()
            .SummaryXml("Finds the key whose text is <paramref name=\"s\"/>, compared ordinally.")
            .Line("/// <param name=\"s\">The key's text.</param>")
            .Line("/// <param name=\"result\">The key when found; otherwise <c>default</c>, which names no item.</param>")
            .Line("/// <returns>True when <paramref name=\"s\"/> is a key.</returns>")
            .Open($"public static bool TryParse({KeyParameter(name, keyOf)}{_notNullWhenTrue}string? s, out {key} result)")
            .Open($"if ({extensions}.TryParse(s, out var value))")
            .Line($"result = new {key}(value);")
            .Line("return true;")
            .Close()
            .Line()
            .Line("result = default;")
            .Line("return false;")
            .Close()
            .Line();
        if (_model.Options.Has(TargetFeatures.Parsable))
        {
            // Explicit: keys are the same in every culture, and a public overload with a provider would ask callers
            // for one (CA1305) that changes nothing.
            w.Line("/// <inheritdoc/>")
                .Line($"static {key} global::System.IParsable<{key}>.Parse(string s, global::System.IFormatProvider? provider) => Parse(s);")
                .Line()
                .Line("/// <inheritdoc/>")
                .Line($"static bool global::System.IParsable<{key}>.TryParse({_notNullWhenTrue}string? s, global::System.IFormatProvider? provider, out {key} result) =>")
                .Line("    TryParse(s, out result);")
                .Line();
        }

        w
            .SummaryXml("The identity the key names.")
            .Line("/// <param name=\"key\">The key.</param>")
            .Line($"public static implicit operator {type}({key} key) => key.Value;")
            .Line()
            .SummaryXml("The key of an identity.")
            .Line("/// <param name=\"value\">The identity.</param>")
            .Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"value\"/> is not a defined value.</exception>")
            .Line($"public static explicit operator {key}({type} value) => From(value);")
            .Line()
            .SummaryXml("Returns true when both keys name the same item.")
            .Line("/// <param name=\"left\">A key.</param>")
            .Line("/// <param name=\"right\">Another key.</param>")
            .Line($"public static bool operator ==({key} left, {key} right) => left.Value == right.Value;")
            .Line()
            .SummaryXml("Returns true when the keys name different items.")
            .Line("/// <param name=\"left\">A key.</param>")
            .Line("/// <param name=\"right\">Another key.</param>")
            .Line($"public static bool operator !=({key} left, {key} right) => left.Value != right.Value;")
            .Line()
            .Line("/// <inheritdoc/>")
            .Line($"public bool Equals({key} other) => Value == other.Value;")
            .Line()
            .Line("/// <inheritdoc/>")
            .Line($"public override bool Equals(object? obj) => obj is {key} other && Equals(other);")
            .Line()
            .Line("/// <inheritdoc/>")
            .Line("public override int GetHashCode() => Value.GetHashCode();")
            .Line()
            .SummaryXml("Returns the key's text; the empty string for the default key, which names no item.")
            .Line("public override string ToString() =>")
            .Line($"    {extensions}.IsDefined(Value) ? {extensions}.ToKey(Value) : string.Empty;");
        if (_model.Options.Has(TargetFeatures.Json))
        {
            w.Line();
            KeyTypeJsonConverter(w, keyName, key, name, type, extensions);
        }

        w.Close();
    }

    /// <summary>The JSON converter of a key type: the identity's own, so that both read and write the same text.</summary>
    private static void KeyTypeJsonConverter(SourceWriter w, string keyName, string key, string name, string type, string extensions) => w
        .SummaryXml($"Reads and writes <see cref=\"{keyName}\"/> as its key, as <see cref=\"{name}\"/> does.")
        .Open($"public sealed class KeyJsonConverter : global::System.Text.Json.Serialization.JsonConverter<{key}>")
        .Line($"private static readonly {extensions}.KeyJsonConverter s_value = new {extensions}.KeyJsonConverter();")
        .Line()
        .Line("/// <inheritdoc/>")
        .Line($"public override {key} Read(")
        .Line("    ref global::System.Text.Json.Utf8JsonReader reader,")
        .Line("    global::System.Type typeToConvert,")
        .Line("    global::System.Text.Json.JsonSerializerOptions options) =>")
        .Line($"    new {key}(s_value.Read(ref reader, typeof({type}), options));")
        .Line()
        .Line("/// <inheritdoc/>")
        .Line($"public override void Write(global::System.Text.Json.Utf8JsonWriter writer, {key} value, global::System.Text.Json.JsonSerializerOptions options) =>")
        .Line("    s_value.Write(writer, value.Value, options);")
        .Line()
        .Line("/// <inheritdoc/>")
        .Line($"public override {key} ReadAsPropertyName(")
        .Line("    ref global::System.Text.Json.Utf8JsonReader reader,")
        .Line("    global::System.Type typeToConvert,")
        .Line("    global::System.Text.Json.JsonSerializerOptions options) =>")
        .Line($"    new {key}(s_value.ReadAsPropertyName(ref reader, typeof({type}), options));")
        .Line()
        .Line("/// <inheritdoc/>")
        .Line($"public override void WriteAsPropertyName(global::System.Text.Json.Utf8JsonWriter writer, {key} value, global::System.Text.Json.JsonSerializerOptions options) =>")
        .Line("    s_value.WriteAsPropertyName(writer, value.Value, options);")
        .Close();

    /// <summary>The members by number: index 0 and the numbers of removed items hold null.</summary>
    private static T?[] ByNumber<T>(IReadOnlyList<T> items, Func<T, int> numberOf)
        where T : class
    {
        var byNumber = new T?[items.Count == 0 ? 1 : items.Max(numberOf) + 1];
        foreach (var item in items)
        {
            byNumber[numberOf(item)] = item;
        }

        return byNumber;
    }

    /// <summary>
    /// The key table's data and the hash that finds a key's first slot: for strings, and for spans when the target has
    /// them, in the same words. The slots hold numbers and the keys' characters are one constant, so that a search reads
    /// a slot, a start and the characters, and finds the value without a string object or another array.
    /// </summary>
    private void KeySlots(SourceWriter w, KeyTable table, IReadOnlyList<EnumMember> members)
    {
        static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

        const int PerLine = 16;
        const int CharactersPerLine = 96;
        var byNumber = ByNumber(members, m => m.Number);
        var characters = string.Concat(byNumber.Select(m => m?.Key));

        // Parts of short lines: the compiler folds them into one literal, loaded in one instruction.
        w.Line("// The key table. Every key's characters, one after another by number: one constant rather than a")
            .Line("// string per key, so that a search reads the characters after a slot and a start, and no string object.")
            .Line("private const string KeyCharacters =");
        for (var start = 0; start < characters.Length; start += CharactersPerLine)
        {
            var part = characters.Substring(start, Math.Min(CharactersPerLine, characters.Length - start));
            var last = start + CharactersPerLine >= characters.Length;
            w.Line($"    {Literal.String(part)}{(last ? ";" : " +")}");
        }

        var starts = new int[byNumber.Length + 1];
        for (var number = 0; number < byNumber.Length; number++)
        {
            starts[number + 1] = starts[number] + (byNumber[number]?.Key.Length ?? 0);
        }

        w.Line()
            .Line("// Where the key numbered n starts in KeyCharacters; it ends where key n + 1 starts.")
            .Line("private static readonly int[] s_keyStarts = new int[]")
            .Line("{");
        for (var start = 0; start < starts.Length; start += PerLine)
        {
            var line = new ArraySegment<int>(starts, start, Math.Min(PerLine, starts.Length - start));
            w.Line("    " + string.Join(", ", line.Select(Number)) + ",");
        }

        w.Line("};").Line();

        // Each slot holds a key's number: its value, and its place in s_keyStarts.
        var slots = table.Slots.Select(slot => slot == 0 ? 0 : members[slot - 1].Number).ToArray();
        var element = byNumber.Length - 1 <= ushort.MaxValue ? "ushort" : "int";
        w.Line("// Each slot holds a key's number, or 0 where the search ends. No key is shorter or longer than these.")
            .Line($"private const int SlotMask = {Number(table.Slots.Length - 1)};")
            .Line($"private const int MinKeyLength = {Number(table.MinLength)};")
            .Line($"private const int MaxKeyLength = {Number(table.MaxLength)};")
            .Line()
            .Line($"private static readonly {element}[] s_keySlots = new {element}[]")
            .Line("{");
        for (var start = 0; start < slots.Length; start += PerLine)
        {
            var line = new ArraySegment<int>(slots, start, Math.Min(PerLine, slots.Length - start));
            w.Line("    " + string.Join(", ", line.Select(Number)) + ",");
        }

        w.Line("};").Line();
        FirstSlot(w, table, "string");
        if (_model.Options.Has(TargetFeatures.Span))
        {
            FirstSlot(w, table, "global::System.ReadOnlySpan<char>");
        }
    }

    private static void FirstSlot(SourceWriter w, KeyTable table, string keyType)
    {
        static string Hex(uint value) => "0x" + value.ToString("X8", System.Globalization.CultureInfo.InvariantCulture) + "u";

        w.Line("// Where a key's search starts: its length and the characters at the positions where the keys")
            .Line("// differ, each times an odd constant; the generator chose the positions and filled the table with this.")
            .Line("// The caller has checked the length, so a position every key reaches needs no test.")
            .Line("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]")
            .Open($"private static int FirstSlot({keyType} key)")
            .Line("var length = key.Length;")
            .Line("var hash = unchecked(")
            .Write($"    ((uint)length * {Hex(KeyTable.Multiplier(0))})");
        for (var i = 0; i < table.Positions.Count; i++)
        {
            var position = table.Positions[i];
            var (condition, index) = position >= 0
                ? ($"length > {position}", position.ToString(System.Globalization.CultureInfo.InvariantCulture))
                : ($"length >= {-position}", $"length - {-position}");
            var multiplier = Hex(KeyTable.Multiplier(i + 1));
            w.Line().Write(table.Reaches(position)
                ? $"    + (key[{index}] * {multiplier})"
                : $"    + ({condition} ? key[{index}] * {multiplier} : 0u)");
        }

        w.Line(");")
            .Line($"hash = unchecked((hash ^ (hash >> 16)) * {Hex(KeyTable.FinalMultiplier)});")
            .Line($"return (int)(hash >> {32 - table.Bits});")
            .Close()
            .Line();
    }

    /// <summary>
    /// The search from a key's first slot to its number, or to an empty slot: only for a key of a length some key has.
    /// <paramref name="guard"/> comes before the length test; <paramref name="equals"/> compares the characters from
    /// <c>start</c>, once the lengths are equal.
    /// </summary>
    private static void KeyTableSearch(SourceWriter w, string type, string guard, string equals) => w
        .Open($"if ({guard}key.Length >= MinKeyLength && key.Length <= MaxKeyLength)")
        .Open("for (var slot = FirstSlot(key); s_keySlots[slot] != 0; slot = (slot + 1) & SlotMask)")
        .Line("int number = s_keySlots[slot];")
        .Line("var start = s_keyStarts[number];")
        .Line("if (s_keyStarts[number + 1] - start == key.Length")
        .Open($"    && {equals})")
        .Line($"value = ({type})number;")
        .Line("return true;")
        .Close()
        .Close()
        .Close()
        .Line()
        .Line("value = default;")
        .Line("return false;");

    private static void KeySwitch(SourceWriter w, string type, List<EnumMember> members)
    {
        w.Open("switch (key)");
        foreach (var member in members)
        {
            w.Line($"case {Literal.String(member.Key)}:")
                .Line($"    value = {type}.{member.Identifier};")
                .Line("    return true;");
        }

        w.Line("default:")
            .Line("    value = default;")
            .Line("    return false;")
            .Close();
    }

    private void KeyJsonConverter(SourceWriter w, string name, string type, List<EnumMember> members)
    {
        var json = T(GeneratedNames.TaxonomyJson);
        var example = members.Count > 0 ? members[0].Key : "key";
        w.SummaryXml($"Reads and writes <see cref=\"{name}\"/> as its key, as a value and as a dictionary key; refuses numbers, member names and unknown keys.")
            .Open($"public sealed class KeyJsonConverter : global::System.Text.Json.Serialization.JsonConverter<{type}>")
            .Line("/// <inheritdoc/>")
            .Line($"public override {type} Read(")
            .Line("    ref global::System.Text.Json.Utf8JsonReader reader,")
            .Line("    global::System.Type typeToConvert,")
            .Line("    global::System.Text.Json.JsonSerializerOptions options) =>")
            .Line("    reader.TokenType == global::System.Text.Json.JsonTokenType.String")
            .Line("        ? ReadKey(ref reader)")
            .Line($"        : throw {json}.NotAKeyString({Literal.String(name)}, ref reader, {Literal.String(example)});")
            .Line()
            .Line("/// <inheritdoc/>")
            .Line($"public override void Write(global::System.Text.Json.Utf8JsonWriter writer, {type} value, global::System.Text.Json.JsonSerializerOptions options) =>")
            .Line("    writer.WriteStringValue(KeyOf(value));")
            .Line()
            .Line("/// <inheritdoc/>")
            .Line($"public override {type} ReadAsPropertyName(")
            .Line("    ref global::System.Text.Json.Utf8JsonReader reader,")
            .Line("    global::System.Type typeToConvert,")
            .Line("    global::System.Text.Json.JsonSerializerOptions options) =>")
            .Line("    ReadKey(ref reader);")
            .Line()
            .Line("/// <inheritdoc/>")
            .Line($"public override void WriteAsPropertyName(global::System.Text.Json.Utf8JsonWriter writer, {type} value, global::System.Text.Json.JsonSerializerOptions options) =>")
            .Line("    writer.WritePropertyName(KeyOf(value));")
            .Line()
            .Line($"private static string KeyOf({type} value) =>")
            .Line($"    IsDefined(value) ? ToKey(value) : throw {json}.Undefined({Literal.String(name)}, (int)value);")
            .Line()
            .Open($"private static {type} ReadKey(ref global::System.Text.Json.Utf8JsonReader reader)")
            .Line("// Keys are short: a known key is read into stack memory and costs no allocation.")
            .Line("var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;")
            .Open($"if (length <= {Identifier.MaxLength})")
            .Line($"global::System.Span<char> buffer = stackalloc char[{Identifier.MaxLength}];")
            .Line("var written = reader.CopyString(buffer);")
            .Open("if (TryParse(buffer.Slice(0, written), out var value))")
            .Line("return value;")
            .Close()
            .Close()
            .Line()
            .Line("// Longer in JSON than any key (escaped characters count there): read it whole before refusing it.")
            .Line("var text = reader.GetString() ?? string.Empty;")
            .Line($"return TryParse(text, out var found) ? found : throw {json}.UnknownKey({Literal.String(name)}, text, Keys);")
            .Close()
            .Close();
    }

    private static void KeyTypeConverter(SourceWriter w, string name, string type) => w
        .SummaryXml($"Converts <see cref=\"{name}\"/> to and from its key, for configuration binding, MVC model binding and property grids.")
        .Open("public sealed class KeyTypeConverter : global::System.ComponentModel.TypeConverter")
        .Line("/// <inheritdoc/>")
        .Line("public override bool CanConvertFrom(global::System.ComponentModel.ITypeDescriptorContext? context, global::System.Type sourceType) =>")
        .Line("    sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);")
        .Line()
        .Line("/// <inheritdoc/>")
        .Line("public override bool CanConvertTo(global::System.ComponentModel.ITypeDescriptorContext? context, global::System.Type? destinationType) =>")
        .Line("    destinationType == typeof(string) || base.CanConvertTo(context, destinationType);")
        .Line()
        .Line("/// <inheritdoc/>")
        .Line("public override object? ConvertFrom(")
        .Line("    global::System.ComponentModel.ITypeDescriptorContext? context,")
        .Line("    global::System.Globalization.CultureInfo? culture,")
        .Line("    object value) =>")
        .Line("    value is string key ? Parse(key) : base.ConvertFrom(context, culture, value);")
        .Line()
        .Line("/// <inheritdoc/>")
        .Line("public override object? ConvertTo(")
        .Line("    global::System.ComponentModel.ITypeDescriptorContext? context,")
        .Line("    global::System.Globalization.CultureInfo? culture,")
        .Line("    object? value,")
        .Line("    global::System.Type destinationType) =>")
        .Line($"    destinationType == typeof(string) && value is {type} id")
        .Line("        ? ToKey(id)")
        .Line("        : base.ConvertTo(context, culture, value, destinationType);")
        .Line()
        .Line("/// <inheritdoc/>")
        .Line("public override bool IsValid(global::System.ComponentModel.ITypeDescriptorContext? context, object? value) => value switch")
        .Line("{")
        .Line($"    {type} id => IsDefined(id),")
        .Line("    string key => TryParse(key, out _),")
        .Line("    _ => false,")
        .Line("};")
        .Line()
        .Line("/// <inheritdoc/>")
        .Line("public override bool GetStandardValuesSupported(global::System.ComponentModel.ITypeDescriptorContext? context) => true;")
        .Line()
        .Line("/// <inheritdoc/>")
        .Line("public override bool GetStandardValuesExclusive(global::System.ComponentModel.ITypeDescriptorContext? context) => true;")
        .Line()
        .Line("/// <inheritdoc/>")
        .Line("public override StandardValuesCollection GetStandardValues(global::System.ComponentModel.ITypeDescriptorContext? context) =>")
        .Line("    new StandardValuesCollection(s_values);")
        .Close();

    /// <summary>An array of the string literal of <paramref name="text"/> for each number; null where no member has it.</summary>
    private static void NumberedStrings(SourceWriter w, string field, EnumMember?[] byNumber, Func<EnumMember, string> text)
    {
        w.Line($"private static readonly string?[] {field} = new string?[]").Line("{");
        for (var number = 0; number < byNumber.Length; number++)
        {
            // Two statements, not a conditional: a conditional's interpolated strings would be formatted into strings first.
            if (byNumber[number] is { } member)
            {
                w.Line($"    {Literal.String(text(member))}, // {member.Identifier}");
            }
            else
            {
                w.Line($"    null, // {number}: no item");
            }
        }

        w.Line("};").Line();
    }

    /// <summary>The element of <paramref name="field"/> at the value, or the exception for a value that is not defined.</summary>
    private static void Lookup(SourceWriter w, string signature, string enumName, string field) => w
        .Line($"{signature} =>")
        .Line($"    (uint)value < (uint){field}.Length && {field}[(int)value] is {{ }} text")
        .Line("        ? text")
        .Line($"        : throw new global::System.ArgumentOutOfRangeException(nameof(value), value, \"Not a defined {enumName} value.\");");

    /// <summary>A static catalog: one property per item, All in the content's order, Get by enum in O(1) and TryGet by key.</summary>
    private void Catalog(
        SourceWriter w, string className, string summary, string itemType, string enumName, string allDescription, IReadOnlyList<CatalogItem> items,
        string? preamble = null, string? postamble = null)
    {
        var item = itemType.StartsWith("global::", StringComparison.Ordinal) ? itemType : T(itemType);
        var itemName = itemType.StartsWith("global::", StringComparison.Ordinal) ? "member" : itemType;
        w.SummaryXml(summary).Line(GeneratedCodeAttribute).Open($"{_access} static partial class {className}");
        if (preamble is not null)
        {
            w.Line(preamble).Line();
        }

        foreach (var entry in items)
        {
            w.Summary(entry.Documentation);
            ObsoleteAttribute(w, entry.Obsolete);
            w.Write($"public static {item} {entry.Identifier} {{ get; }} = ");
            entry.Expression(w);
            w.Line(";").Line();
        }

        Lookups(w, item, itemName, enumName, allDescription, items.Select(i => new NumberedExpression(i.Number, i.Identifier)).ToList(), postamble);
    }

    /// <summary>
    /// The lookups every catalog ends with: <c>All</c> in the content's order, <c>Get</c> by number in O(1) and
    /// <c>TryGet</c> by key; <paramref name="items"/> are the expressions of the catalog's items, with their numbers.
    /// </summary>
    private void Lookups(
        SourceWriter w, string item, string itemName, string enumName, string allDescription, IReadOnlyList<NumberedExpression> items,
        string? postamble = null)
    {
        w.Line($"private static readonly {item}[] s_all = new {item}[]")
            .Line("{");
        foreach (var entry in items)
        {
            w.Line($"    {entry.Expression},");
        }

        w.Line("};")
            .Line()
            .Line("// Indexed by number; null at 0 and at the numbers of removed items.")
            .Line($"private static readonly {item}?[] s_byNumber = new {item}?[]")
            .Line("{");
        var byNumber = ByNumber(items, i => i.Number);
        for (var number = 0; number < byNumber.Length; number++)
        {
            w.Line(byNumber[number] is { } entry ? $"    {entry.Expression}," : $"    null, // {number}: no item");
        }

        w.Line("};")
            .Line()
            .SummaryXml($"{allDescription}.")
            .Line($"public static global::System.Collections.Generic.IReadOnlyList<{item}> All {{ get; }} = global::System.Array.AsReadOnly(s_all);")
            .Line();
        if (postamble is not null)
        {
            w.Line(postamble).Line();
        }

        w.SummaryXml($"Returns the {itemName} for <paramref name=\"id\"/>, in constant time.")
            .Line("/// <param name=\"id\">The identity.</param>")
            .Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"id\"/> is not a defined value.</exception>")
            .Line($"public static {item} Get({T(enumName)} id) =>")
            .Line("    (uint)id < (uint)s_byNumber.Length && s_byNumber[(int)id] is { } item")
            .Line("        ? item")
            .Line($"        : throw new global::System.ArgumentOutOfRangeException(nameof(id), id, \"Not a defined {enumName} value.\");")
            .Line()
            .SummaryXml($"Finds the {itemName} whose stable key is <paramref name=\"key\"/>, compared ordinally, without allocation.")
            .Line("/// <param name=\"key\">The stable key.</param>")
            .Line($"/// <param name=\"value\">The {itemName} when found; otherwise null.</param>")
            .Line("/// <returns>True when the key was found.</returns>")
            .Open($"public static bool TryGet([{KeyAttribute}(typeof({T(enumName)}))] string? key, {_notNullWhenTrue}out {item}? value)")
            .Open($"if ({T(GeneratedNames.ExtensionsOf(enumName))}.TryParse(key, out var id))")
            .Line("value = s_byNumber[(int)id]!;")
            .Line("return true;")
            .Close()
            .Line()
            .Line("value = null;")
            .Line("return false;")
            .Close()
            .Close();
    }

    private void Vocabulary(SourceWriter w, VocabularyModel vocabulary)
    {
        var enumType = T(vocabulary.TypeName);
        Enum(w, vocabulary.TypeName, vocabulary.Text.Name + ": " + (vocabulary.Text.Description ?? vocabulary.Text.Name),
            vocabulary.Members.Select(m => new EnumMember(m.Number, m.Identifier, m.Key, m.Text.Name, MemberDocumentation(m), Obsolete(m.Lifecycle, vocabulary.TypeName))),
            keyOf: $"a member of the {XmlDoc.Escape(vocabulary.Text.Name)} vocabulary");
        w.Line();

        var memberType = $"{T(GeneratedNames.VocabularyMember)}<{enumType}>";
        var items = vocabulary.Members.Select(member => new CatalogItem(
            member.Number,
            member.Identifier,
            MemberDocumentation(member),
            w => w.Line($"new {memberType}(")
                .Line($"    value: {enumType}.{member.Identifier},")
                .Line($"    vocabularyId: {T(GeneratedNames.VocabularyId)}.{vocabulary.Identifier},")
                .Line($"    key: {Literal.String(member.Key)},")
                .Write(TextArguments(member.Text.Fields))
                .Write($"    attributes: {Attributes(member.Text.Attributes)}")
                .Write(LifecycleArguments(member.Lifecycle))
                .Write(")"),
            Obsolete(member.Lifecycle, vocabulary.Identifier))).ToList();
        Catalog(w, vocabulary.Identifier,
            $"The {XmlDoc.Escape(vocabulary.Text.Name)} vocabulary (<c>{XmlDoc.Escape(vocabulary.Key)}</c>) and its members.",
            memberType, vocabulary.TypeName, "Every member, in the content's order", items,
            preamble: "// Declared first: static fields initialize in textual order, and the members below use it.\n" +
                "private static readonly global::System.Collections.Generic.IReadOnlyDictionary<string, string> s_noAttributes =\n" +
                "    new global::System.Collections.ObjectModel.ReadOnlyDictionary<string, string>(new global::System.Collections.Generic.Dictionary<string, string>());",
            postamble: "/// <summary>The vocabulary these members belong to.</summary>\n" +
                $"public static {T(GeneratedNames.Vocabulary)} Vocabulary {{ get; }} = new {T(GeneratedNames.Vocabulary)}(\n" +
                $"    id: {T(GeneratedNames.VocabularyId)}.{vocabulary.Identifier},\n" +
                $"    key: {Literal.Quoted(vocabulary.Key)},\n" +
                TextArguments(vocabulary.Text.Fields) +
                "    members: All);");
    }

    private static string MemberDocumentation(MemberModel member)
    {
        var own = member.Text;
        var text = own.Description is null ? own.Name : own.Name + ": " + own.Description;
        return Documented(
            own.Attributes.IsEmpty ? text : text + " (" + string.Join(", ", own.Attributes.Select(a => a.Name + " " + a.Value)) + ")",
            member.Lifecycle);
    }

    private static string Attributes(EquatableArray<AttributeSpec> attributes)
    {
        if (attributes.IsEmpty)
        {
            return "s_noAttributes";
        }

        var entries = string.Join(", ", attributes.Select(a => $"[{Literal.String(a.Name)}] = {Literal.String(a.Value)}"));
        return "new global::System.Collections.ObjectModel.ReadOnlyDictionary<string, string>(" +
            $"new global::System.Collections.Generic.Dictionary<string, string>(global::System.StringComparer.Ordinal) {{ {entries} }})";
    }

    private void Roles(SourceWriter w)
    {
        var items = _model.Roles.Select(role => new CatalogItem(
            role.Number,
            role.Identifier,
            Documented(role.Text.Name + ": " + role.Text.Summary, role.Lifecycle),
            w => RoleExpression(w, role),
            Obsolete(role.Lifecycle, GeneratedNames.Roles))).ToList();
        Catalog(w, GeneratedNames.Roles, "The roles of the taxonomy: one property per role, lookup by <see cref=\"RoleId\"/> and by key.",
            GeneratedNames.Role, GeneratedNames.RoleId, "Every role, in the content's order", items);
    }

    private void RoleExpression(SourceWriter w, RoleModel role)
    {
        w.Line($"new {T(GeneratedNames.Role)}(")
            .Line($"    id: {T(GeneratedNames.RoleId)}.{role.Identifier},")
            .Line($"    key: {Literal.String(role.Key)},")
            .Write(TextArguments(role.Text.Fields))
            .Line($"    outsidersMiss: new {T(GeneratedNames.OutsiderView)}(")
            .Line($"        misconception: {Literal.String(role.Text.OutsidersMiss.Misconception)},")
            .Line($"        reality: {Literal.String(role.Text.OutsidersMiss.Reality)}),")
            .Write("    lenses: ");
        Lenses(w, role.Text.Lenses, "    ");
        w.Line(",").Write("    taskPatterns: ");
        ListLayout.Open(w, T(GeneratedNames.TaskPattern), Argument);
        var patterns = T(GeneratedNames.TaskPatterns);
        foreach (var pattern in role.TaskPatterns)
        {
            ListLayout.Element(w, Argument).Line($"{patterns}.{pattern.Identifier},");
        }

        ListLayout.Close(w, Argument);
        w.Write(LifecycleArguments(role.Lifecycle)).Write(")");
    }

    /// <summary>
    /// The named constructor arguments of an item's text fields, one a line, in the field table's order: the emitter's
    /// one rule for them, so that a new text field needs no code here.
    /// </summary>
    private static CodeFragment TextArguments(TextFields texts) => new(w =>
    {
        foreach (var text in texts.Fields)
        {
            var name = text.Definition.ExportName;
            if (text.Definition.Shape == FieldShape.Text)
            {
                w.Line($"    {name}: {Literal.NullableString(texts.OptionalText(text.Definition))},");
            }
            else
            {
                w.Line($"    {name}: {Literal.StringList(text.Values, Argument)},");
            }
        }
    });

    /// <summary>
    /// The constructor arguments for an item's stability and deprecation, named, each on its own line; nothing for a
    /// stable, current item, since the constructors default to that.
    /// </summary>
    private string LifecycleArguments(LifecycleModel lifecycle)
    {
        var arguments = string.Empty;
        if (lifecycle.Stability != StabilityLevel.Stable)
        {
            arguments += $",\n    stability: {T(GeneratedNames.Stability)}.{lifecycle.Stability}";
        }

        if (lifecycle.Deprecation is { } deprecation)
        {
            arguments += $",\n    deprecation: new {T(GeneratedNames.Deprecation)}(" +
                $"\n        reason: {Literal.Quoted(deprecation.Reason)}," +
                $"\n        replacedBy: {(deprecation.ReplacedByKey is null ? "null" : Literal.Quoted(deprecation.ReplacedByKey))})";
        }

        return arguments;
    }

    private void TaskPatterns(SourceWriter w)
    {
        var items = _model.TaskPatterns.Select(pattern => new CatalogItem(
            pattern.Number,
            pattern.Identifier,
            Documented(pattern.Text.Title, pattern.Lifecycle),
            w => w.Line($"new {T(GeneratedNames.TaskPattern)}(")
                .Line($"    id: {T(GeneratedNames.TaskPatternId)}.{pattern.Identifier},")
                .Line($"    key: {Literal.String(pattern.Key)},")
                .Line($"    roleId: {T(GeneratedNames.RoleId)}.{pattern.RoleIdentifier},")
                .Write(TextArguments(pattern.Text.Fields))
                .Write($"    references: {MemberList(pattern.References, Argument)}")
                .Write(LifecycleArguments(pattern.Lifecycle))
                .Write(")"),
            Obsolete(pattern.Lifecycle, GeneratedNames.TaskPatterns))).ToList();
        Catalog(w, GeneratedNames.TaskPatterns, "The task patterns of every role: one property per pattern, lookup by <see cref=\"TaskPatternId\"/> and by key.",
            GeneratedNames.TaskPattern, GeneratedNames.TaskPatternId, "Every task pattern, role by role, in the content's order", items);
    }

    /// <summary>
    /// The catalog of vocabularies. Each vocabulary's own catalog class (such as <c>TriageOutcomes</c>) creates its
    /// <c>Vocabulary</c>; this one lists them, so that one name never stands for two things.
    /// </summary>
    private void Vocabularies(SourceWriter w)
    {
        w.SummaryXml("The closed lists the taxonomy names: every vocabulary, lookup by <see cref=\"VocabularyId\"/> and by key. " +
                "Each vocabulary's members are in its own catalog class, whose <c>Vocabulary</c> property is the vocabulary.")
            .Line(GeneratedCodeAttribute)
            .Open($"{_access} static partial class Vocabularies");
        Lookups(w, T(GeneratedNames.Vocabulary), GeneratedNames.Vocabulary, GeneratedNames.VocabularyId, "Every vocabulary, ordered by key",
            _model.Vocabularies.Select(v => new NumberedExpression(v.Number, T(v.Identifier) + ".Vocabulary")).ToList());
    }

    private void Taxonomy(SourceWriter w, PageModel? page)
    {
        w.SummaryXml("The taxonomy as a whole: its content version" + (page is null ? "." : ", and the page it is written from."))
            .Line(GeneratedCodeAttribute)
            .Open($"{_access} static partial class Taxonomy")
            .SummaryXml("The version of the content this code was generated from (the <c>RoleTaxonomyContentVersion</c> MSBuild property, by default the project's version).")
            .Line($"public static string Version {{ get; }} = {Literal.String(_model.Options.ContentVersion)};");
        if (page is not null)
        {
            w.Line();
            Page(w, page);
        }

        if (_model.Options.Has(TargetFeatures.Json))
        {
            w.Line();
            WriteJson(w, hasPage: page is not null);
        }

        if (_model.Options.Has(TargetFeatures.AspNetCore))
        {
            w.Line();
            WebSource(w);
        }

        w.Close();
    }

    /// <summary>The whole taxonomy in the JSON export's shape, from the records' own writers.</summary>
    private void WriteJson(SourceWriter w, bool hasPage)
    {
        var json = T(GeneratedNames.TaxonomyJson);
        w.SummaryXml("Writes the whole taxonomy as one JSON document, in the shape of the RoleTaxonomy JSON export (schema version " +
                $"{JsonSchemaVersion}): its version, {(hasPage ? "its page, " : string.Empty)}its roles with their task patterns, and its vocabularies.")
            .Line("/// <param name=\"writer\">Where to write; its options decide indentation and escaping.</param>")
            .Line("/// <exception cref=\"global::System.ArgumentNullException\"><paramref name=\"writer\"/> is null.</exception>")
            .Open("public static void WriteJson(global::System.Text.Json.Utf8JsonWriter writer)")
            .Open("if (writer is null)")
            .Line("throw new global::System.ArgumentNullException(nameof(writer));")
            .Close()
            .Line()
            .Line("writer.WriteStartObject();")
            .Line($"writer.WriteNumber(\"schemaVersion\", {JsonSchemaVersion});")
            .Line("writer.WriteString(\"contentVersion\", Version);");
        if (hasPage)
        {
            w.Line("writer.WritePropertyName(\"page\");")
                .Line($"{json}.WritePage(writer, Page);");
        }

        w.Line("writer.WriteStartArray(\"roles\");")
            .Open($"foreach (var role in {T(GeneratedNames.Roles)}.All)")
            .Line($"{json}.WriteRole(writer, role);")
            .Close()
            .Line()
            .Line("writer.WriteEndArray();")
            .Line("writer.WriteStartArray(\"vocabularies\");")
            .Open($"foreach (var vocabulary in {T(GeneratedNames.Vocabularies)}.All)")
            .Line($"{json}.WriteVocabulary(writer, vocabulary);")
            .Close()
            .Line()
            .Line("writer.WriteEndArray();")
            .Line("writer.WriteEndObject();")
            .Close();
    }

    /// <summary>
    /// The taxonomy as RoleTaxonomy.AspNetCore serves it, where the consumer references that package: its document and
    /// each identity's key type, enum, keys and display names, listed here so that the package needs no reflection.
    /// </summary>
    private void WebSource(SourceWriter w)
    {
        const string Source = "global::RoleTaxonomy.AspNetCore.TaxonomySource";
        const string Identity = "global::RoleTaxonomy.AspNetCore.TaxonomyIdentity";
        var identities = new List<(string Kind, string Enum)>
        {
            ("role", GeneratedNames.RoleId),
            ("task pattern", GeneratedNames.TaskPatternId),
            ("vocabulary", GeneratedNames.VocabularyId),
        };
        identities.AddRange(_model.Vocabularies.Select(v => ($"member of {v.Text.Name}", v.TypeName)));

        w.SummaryXml("The taxonomy for RoleTaxonomy.AspNetCore: <c>builder.Services.AddRoleTaxonomy(Taxonomy.Source)</c>, " +
                "<c>app.MapRoleTaxonomyApi(\"/api/taxonomy\", Taxonomy.Source)</c> and " +
                "<c>app.MapRoleTaxonomyDashboard(\"/taxonomy\", Taxonomy.Source)</c>.")
            .Line($"public static {Source} Source {{ get; }} = {Source}.Create(")
            .Line("    writeJson: WriteJson,")
            .Line($"    identities: new {Identity}[]")
            .Line("    {");
        foreach (var (kind, name) in identities)
        {
            var extensions = T(GeneratedNames.ExtensionsOf(name));
            w.Line($"        {Identity}.Create<{T(GeneratedNames.KeyOf(name))}, {T(name)}>(")
                .Line($"            kind: {Literal.String(kind)},")
                .Line($"            values: {extensions}.Values,")
                .Line($"            keyOf: {extensions}.ToKey,")
                .Line($"            displayNameOf: {extensions}.ToDisplayName),");
        }

        w.Line("    });");
    }

    private void Page(SourceWriter w, PageModel page)
    {
        var text = page.Text;
        w
            .Summary("The knowledge-base page the taxonomy is written from: " + page.Text.Title)
            .Line($"public static {T(GeneratedNames.TaxonomyPage)} Page {{ get; }} = new {T(GeneratedNames.TaxonomyPage)}(")
            .Line($"    title: {Literal.String(text.Title)},")
            .Line($"    knowledgeBase: {Literal.String(text.KnowledgeBase)},")
            .Line($"    audiencesIntro: {Literal.String(text.AudiencesIntro)},")
            .Line($"    audiences: {MemberList(page.Audiences, Argument)},")
            .Line($"    readWithIntro: {Literal.String(text.ReadWithIntro)},")
            .Line($"    readWith: {Literal.StringList(text.ReadWith, Argument)},")
            .Line($"    question: new {T(GeneratedNames.PageQuestion)}(")
            .Line($"        title: {Literal.String(text.Question.Title)},")
            .Line($"        wrongIntro: {Literal.String(text.Question.WrongIntro)},")
            .Line($"        wrong: {Literal.String(text.Question.Wrong)},")
            .Line($"        betterIntro: {Literal.String(text.Question.BetterIntro)},")
            .Line($"        better: {Literal.String(text.Question.Better)},")
            .Line($"        text: {Literal.String(text.Question.Text)}),")
            .Line($"    taskPatternsTitle: {Literal.String(text.TaskPatternsTitle)},")
            .Line($"    outsidersMissTitle: {Literal.String(text.OutsidersMissTitle)},")
            .Line($"    comparison: new {T(GeneratedNames.ComparisonHeadings)}(")
            .Line($"        title: {Literal.String(text.Comparison.Title)},")
            .Line($"        roleColumn: {Literal.String(text.Comparison.RoleColumn)},")
            .Line($"        centerOfGravityColumn: {Literal.String(text.Comparison.CenterOfGravityColumn)},")
            .Line($"        typicalOutputColumn: {Literal.String(text.Comparison.TypicalOutputColumn)},")
            .Line($"        failureModeColumn: {Literal.String(text.Comparison.FailureModeColumn)}),")
            .Line($"    finalAdvice: new {T(GeneratedNames.FinalAdvice)}(")
            .Line($"        title: {Literal.String(text.FinalAdvice.Title)},")
            .Line($"        intro: {Literal.String(text.FinalAdvice.Intro)},")
            .Write("        lenses: ");
        Lenses(w, text.FinalAdvice.Lenses, "        ");
        w.Line(",")
            .Line($"        closing: {Literal.String(text.FinalAdvice.Closing)}));");
    }

    private void Lenses(SourceWriter w, LensTexts lenses, string indent) => w
        .Line($"new {T(GeneratedNames.LensTexts)}(")
        .Line($"{indent}    decisions: {Literal.String(lenses.Decisions)},")
        .Line($"{indent}    evidence: {Literal.String(lenses.Evidence)},")
        .Line($"{indent}    conflict: {Literal.String(lenses.Conflict)},")
        .Write($"{indent}    leverage: {Literal.String(lenses.Leverage)})");

    private CodeFragment MemberList(EquatableArray<MemberReference> references, string indent) => new(w =>
    {
        if (references.IsEmpty)
        {
            w.Write($"global::System.Array.Empty<{T(GeneratedNames.VocabularyMember)}>()");
            return;
        }

        ListLayout.Open(w, T(GeneratedNames.VocabularyMember), indent);
        for (var i = 0; i < references.Count; i++)
        {
            ListLayout.Element(w, indent).Line($"{T(references[i].VocabularyIdentifier)}.{references[i].MemberIdentifier},");
        }

        ListLayout.Close(w, indent);
    });
}
