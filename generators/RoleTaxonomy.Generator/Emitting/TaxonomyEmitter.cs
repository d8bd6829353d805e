using System;
using System.Collections.Generic;
using System.Linq;
using RoleTaxonomy.Generator.Model;

namespace RoleTaxonomy.Generator.Emitting;

/// <summary>A generated source file: its hint name and text.</summary>
internal sealed record GeneratedSource(string HintName, string Text);

/// <summary>
/// Writes the linked taxonomy as C#: one concern per file. Knows nothing of YAML; everything it needs is in the model.
/// </summary>
internal sealed class TaxonomyEmitter
{
    private static readonly string GeneratorVersion =
        typeof(TaxonomyEmitter).Assembly.GetName().Version?.ToString() ?? "1.0.0.0";

    private static readonly string GeneratedCodeAttribute =
        $"[global::System.CodeDom.Compiler.GeneratedCode(\"RoleTaxonomy.Generator\", \"{GeneratorVersion}\")]";

    private static readonly string[] ParagraphSeparator = { "\n\n" };

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
        _notNullWhenTrue = model.Options.HasNotNullWhenAttribute
            ? "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] "
            : string.Empty;
    }

    public static IEnumerable<GeneratedSource> Emit(TaxonomyModel model) => new TaxonomyEmitter(model).EmitAll();

    private IEnumerable<GeneratedSource> EmitAll()
    {
        yield return File(ModelSource.HintName, w => w.Line(ModelSource.Render(_ns, _access, GeneratedCodeAttribute).TrimEnd('\n')));
        yield return File("Lens.g.cs", w => Enum(
            w,
            "Lens",
            "The four lenses through which to describe a role.",
            new[]
            {
                new EnumMember("Decisions", "decisions", "Decisions", "What decisions the role owns."),
                new EnumMember("Evidence", "evidence", "Evidence", "What evidence the role works from."),
                new EnumMember("Conflict", "conflict", "Conflict", "What conflict the role has to manage."),
                new EnumMember("Leverage", "leverage", "Leverage", "What kind of leverage the role creates."),
            }));
        yield return File("Stability.g.cs", w => Enum(
            w,
            "Stability",
            "How settled an item of the taxonomy is.",
            new[]
            {
                new EnumMember(nameof(StabilityLevel.Stable), StabilityLevel.Stable.ToKey(), "Stable",
                    "Settled: the item is removed or renamed only after a deprecation."),
                new EnumMember(nameof(StabilityLevel.Experimental), StabilityLevel.Experimental.ToKey(), "Experimental",
                    "Still being tried out: the item's text and place may change."),
            }));

        yield return File("RoleId.g.cs", w => Enum(
            w,
            "RoleId",
            "Identifies a role of the taxonomy. Store and exchange its key (ToKey), not its number: numbers follow the content's order.",
            _model.Roles.Select(r => new EnumMember(r.Identifier, r.Key, r.Name, Documented(r.Name + ": " + r.Summary, r.Lifecycle),
                Obsolete(r.Lifecycle, "RoleId")))));
        yield return File("TaskPatternId.g.cs", w => Enum(
            w,
            "TaskPatternId",
            "Identifies a task pattern of the taxonomy. Store and exchange its key (ToKey), not its number: numbers follow the content's order.",
            _model.TaskPatterns.Select(t => new EnumMember(t.Identifier, t.Key, t.Title, Documented(t.Title, t.Lifecycle),
                Obsolete(t.Lifecycle, "TaskPatternId")))));
        yield return File("VocabularyId.g.cs", w => Enum(
            w,
            "VocabularyId",
            "Identifies a vocabulary of the taxonomy. Store and exchange its key (ToKey), not its number: numbers follow the content's order.",
            _model.Vocabularies.Select(v => new EnumMember(v.Identifier, v.Key, v.Name, v.Description ?? v.Name))));

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

    /// <summary>A member of a generated enum; <paramref name="Obsolete"/> is the message of its [Obsolete], when deprecated.</summary>
    private sealed record EnumMember(string Identifier, string Key, string DisplayName, string Documentation, string? Obsolete = null);

    /// <summary>An item of a catalog class; <paramref name="Expression"/> writes the expression that creates it.</summary>
    private sealed record CatalogItem(string Identifier, string Documentation, Action<SourceWriter> Expression, string? Obsolete = null);

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

    /// <summary>One generated file: the header, then <paramref name="body"/> written straight into the namespace.</summary>
    private GeneratedSource File(string hintName, Action<SourceWriter> body)
    {
        var writer = new SourceWriter()
            .Line("// <auto-generated>")
            .Line("//     Generated by RoleTaxonomy.Generator from the taxonomy's YAML content.")
            .Line("//     Edit the YAML, not this file: changes here are lost when the code is regenerated.")
            .Line("// </auto-generated>")
            .Line()
            .Line("#nullable enable")
            .Line();
        if (_hasDeprecations)
        {
            writer.Line("#pragma warning disable CS0618 // Deprecated items stay defined and resolvable: this code refers to them itself.").Line();
        }

        writer.Open("namespace " + _ns);
        body(writer);
        return new GeneratedSource(hintName, writer.Close().Complete());
    }

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

    /// <summary>An enum and its allocation-free key, display-name and parse methods.</summary>
    private void Enum(SourceWriter w, string name, string summary, IEnumerable<EnumMember> memberList)
    {
        var members = memberList.ToList();
        var type = T(name);
        w.Summary(summary).Line(GeneratedCodeAttribute).Open($"{_access} enum {name}");
        for (var i = 0; i < members.Count; i++)
        {
            w.Summary(members[i].Documentation);
            ObsoleteAttribute(w, members[i].Obsolete);
            w.Line($"{members[i].Identifier} = {i},");
            if (i < members.Count - 1)
            {
                w.Line();
            }
        }

        w.Close().Line();

        w.SummaryXml($"Keys, display names and parsing for <see cref=\"{name}\"/>, without allocation.")
            .Line(GeneratedCodeAttribute)
            .Open($"{_access} static partial class {name}Extensions");

        // Indexed by value (the values are 0, 1, 2, … in order): a bounds check and a load, small enough to be inlined.
        Strings(w, "s_keys", members, m => m.Key);
        Strings(w, "s_displayNames", members, m => m.DisplayName);

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

        w.SummaryXml("Finds the value whose stable key is <paramref name=\"key\"/>, compared ordinally.")
            .Line("/// <param name=\"key\">The key, such as the result of <c>ToKey</c>.</param>")
            .Line("/// <param name=\"value\">The value when found; otherwise the default.</param>")
            .Line("/// <returns>True when <paramref name=\"key\"/> is the key of a value.</returns>")
            .Open($"public static bool TryParse(string? key, out {type} value)")
            .Open("switch (key)");
        foreach (var member in members)
        {
            w.Line($"case {Literal.String(member.Key)}:")
                .Line($"    value = {type}.{member.Identifier};")
                .Line("    return true;");
        }

        w.Line("default:")
            .Line("    value = default;")
            .Line("    return false;")
            .Close()
            .Close()
            .Close();
    }

    /// <summary>An array of the string literal of <paramref name="text"/> for each member, in the members' order.</summary>
    private static void Strings(SourceWriter w, string field, List<EnumMember> members, Func<EnumMember, string> text)
    {
        w.Line($"private static readonly string[] {field} = new string[]").Line("{");
        foreach (var member in members)
        {
            w.Line($"    {Literal.String(text(member))}, // {member.Identifier}");
        }

        w.Line("};").Line();
    }

    /// <summary>The element of <paramref name="field"/> at the value, or the exception for a value that is not defined.</summary>
    private static void Lookup(SourceWriter w, string signature, string enumName, string field) => w
        .Line($"{signature} =>")
        .Line($"    (uint)value < (uint){field}.Length ? {field}[(int)value] : throw new global::System.ArgumentOutOfRangeException(nameof(value), value, \"Not a defined {enumName} value.\");");

    /// <summary>A static catalog: one property per item, All, Get by enum in O(1) and TryGet by key.</summary>
    private void Catalog(
        SourceWriter w, string className, string summary, string itemType, string enumName, string allDescription, IReadOnlyList<CatalogItem> items,
        string? preamble = null)
    {
        var item = T(itemType);
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

        w.Line($"private static readonly {item}[] s_all = new {item}[]")
            .Line("{");
        foreach (var entry in items)
        {
            w.Line($"    {entry.Identifier},");
        }

        w.Line("};")
            .Line()
            .SummaryXml($"{allDescription}; the index of each is the value of its <see cref=\"{enumName}\"/>.")
            .Line($"public static global::System.Collections.Generic.IReadOnlyList<{item}> All {{ get; }} = global::System.Array.AsReadOnly(s_all);")
            .Line()
            .SummaryXml($"Returns the {itemType} for <paramref name=\"id\"/>, in constant time.")
            .Line("/// <param name=\"id\">The identity.</param>")
            .Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"id\"/> is not a defined value.</exception>")
            .Line($"public static {item} Get({T(enumName)} id) =>")
            .Line($"    (uint)id < (uint)s_all.Length ? s_all[(int)id] : throw new global::System.ArgumentOutOfRangeException(nameof(id), id, \"Not a defined {enumName} value.\");")
            .Line()
            .SummaryXml($"Finds the {itemType} whose stable key is <paramref name=\"key\"/>, compared ordinally, without allocation.")
            .Line("/// <param name=\"key\">The stable key.</param>")
            .Line($"/// <param name=\"value\">The {itemType} when found; otherwise null.</param>")
            .Line("/// <returns>True when the key was found.</returns>")
            .Open($"public static bool TryGet(string? key, {_notNullWhenTrue}out {item}? value)")
            .Open($"if ({T(enumName + "Extensions")}.TryParse(key, out var id))")
            .Line("value = s_all[(int)id];")
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
        Enum(w, vocabulary.TypeName, vocabulary.Name + ": " + (vocabulary.Description ?? vocabulary.Name),
            vocabulary.Members.Select(m => new EnumMember(m.Identifier, m.Key, m.Name, MemberDocumentation(m), Obsolete(m.Lifecycle, vocabulary.TypeName))));
        w.Line();

        var items = vocabulary.Members.Select((member, index) => new CatalogItem(
            member.Identifier,
            MemberDocumentation(member),
            w => w.Write(
                $"new {T("VocabularyMember")}({T("VocabularyId")}.{vocabulary.Identifier}, {index}, {Literal.String(member.Key)}, " +
                $"{Literal.String(member.Name)}, {Literal.NullableString(member.Description)}, {Attributes(member.Attributes)}{LifecycleArguments(member.Lifecycle)})"),
            Obsolete(member.Lifecycle, vocabulary.Identifier))).ToList();
        Catalog(w, vocabulary.Identifier,
            $"The members of the {XmlDoc.Escape(vocabulary.Name)} vocabulary (<c>{XmlDoc.Escape(vocabulary.Key)}</c>).",
            "VocabularyMember", vocabulary.TypeName, "Every member, in order", items,
            preamble: "// Declared first: static fields initialize in textual order, and the members below use it.\n" +
                "private static readonly global::System.Collections.Generic.IReadOnlyDictionary<string, string> s_noAttributes =\n" +
                "    new global::System.Collections.ObjectModel.ReadOnlyDictionary<string, string>(new global::System.Collections.Generic.Dictionary<string, string>());\n\n" +
                "/// <summary>The vocabulary these members belong to.</summary>\n" +
                $"public static {T("Vocabulary")} Vocabulary => {T("Vocabularies")}.Get({T("VocabularyId")}.{vocabulary.Identifier});");
    }

    private static string MemberDocumentation(MemberModel member)
    {
        var text = member.Description is null ? member.Name : member.Name + ": " + member.Description;
        return Documented(
            member.Attributes.IsEmpty ? text : text + " (" + string.Join(", ", member.Attributes.Select(a => a.Name + " " + a.Value)) + ")",
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
            role.Identifier,
            Documented(role.Name + ": " + role.Summary, role.Lifecycle),
            w => RoleExpression(w, role),
            Obsolete(role.Lifecycle, "Roles"))).ToList();
        Catalog(w, "Roles", "The roles of the taxonomy: one property per role, lookup by <see cref=\"RoleId\"/> and by key.",
            "Role", "RoleId", "Every role, in the content's order", items);
    }

    private void RoleExpression(SourceWriter w, RoleModel role)
    {
        w.Write(
            $"new {T("Role")}(\n" +
            $"    {T("RoleId")}.{role.Identifier},\n" +
            $"    {Literal.String(role.Key)},\n" +
            $"    {Literal.String(role.Name)},\n" +
            $"    {Literal.String(role.Summary)},\n" +
            $"    {Literal.String(role.CenterOfGravity)},\n" +
            $"    {Literal.StringList(role.TypicalOutputs)},\n" +
            $"    {Literal.StringList(role.FailureModes)},\n" +
            $"    new {T("OutsiderView")}({Literal.String(role.Misconception)}, {Literal.String(role.Reality)}),\n" +
            $"    {Lenses(role.Lenses)},\n" +
            $"    global::System.Array.AsReadOnly(new {T("TaskPattern")}[]\n" +
            $"    {{\n");
        var patterns = T("TaskPatterns");
        foreach (var id in role.TaskPatternIdentifiers)
        {
            w.Write($"        {patterns}.{id},\n");
        }

        w.Write("    })" + LifecycleArguments(role.Lifecycle, "\n    ") + ")");
    }

    /// <summary>
    /// The constructor arguments for an item's stability and deprecation, named; nothing for a stable, current item,
    /// since the constructors default to that.
    /// </summary>
    private string LifecycleArguments(LifecycleModel lifecycle, string separator = " ")
    {
        var arguments = string.Empty;
        if (lifecycle.Stability != StabilityLevel.Stable)
        {
            arguments += $",{separator}stability: {T("Stability")}.{lifecycle.Stability}";
        }

        if (lifecycle.Deprecation is { } deprecation)
        {
            arguments += $",{separator}deprecation: new {T("Deprecation")}({Literal.String(deprecation.Reason)}, {Literal.NullableString(deprecation.ReplacedByKey)})";
        }

        return arguments;
    }

    private void TaskPatterns(SourceWriter w)
    {
        var items = _model.TaskPatterns.Select(pattern => new CatalogItem(
            pattern.Identifier,
            Documented(pattern.Title, pattern.Lifecycle),
            w => w.Write(
                $"new {T("TaskPattern")}(\n" +
                $"    {T("TaskPatternId")}.{pattern.Identifier},\n" +
                $"    {Literal.String(pattern.Key)},\n" +
                $"    {T("RoleId")}.{pattern.RoleIdentifier},\n" +
                $"    {Literal.String(pattern.Title)},\n" +
                $"    {Literal.StringList(pattern.Text.Split(ParagraphSeparator, System.StringSplitOptions.None))},\n" +
                $"    {Literal.StringList(pattern.Items)},\n" +
                $"    {MemberList(pattern.References)}{LifecycleArguments(pattern.Lifecycle, "\n    ")})"),
            Obsolete(pattern.Lifecycle, "TaskPatterns"))).ToList();
        Catalog(w, "TaskPatterns", "The task patterns of every role: one property per pattern, lookup by <see cref=\"TaskPatternId\"/> and by key.",
            "TaskPattern", "TaskPatternId", "Every task pattern, role by role, in the content's order", items);
    }

    private void Vocabularies(SourceWriter w)
    {
        var items = _model.Vocabularies.Select(vocabulary => new CatalogItem(
            vocabulary.Identifier,
            vocabulary.Name,
            w => w.Write(
                $"new {T("Vocabulary")}({T("VocabularyId")}.{vocabulary.Identifier}, {Literal.String(vocabulary.Key)}, " +
                $"{Literal.String(vocabulary.Name)}, {Literal.NullableString(vocabulary.Description)}, {T(vocabulary.Identifier)}.All)"))).ToList();
        Catalog(w, "Vocabularies", "The closed lists the taxonomy names: one property per vocabulary, lookup by <see cref=\"VocabularyId\"/> and by key.",
            "Vocabulary", "VocabularyId", "Every vocabulary, ordered by key", items);
    }

    private void Taxonomy(SourceWriter w, PageModel? page)
    {
        w.SummaryXml("The taxonomy as a whole: its content version" + (page is null ? "." : ", and the page it is written from."))
            .Line(GeneratedCodeAttribute)
            .Open($"{_access} static partial class Taxonomy")
            .SummaryXml("The version of the content this code was generated from (the <c>RoleTaxonomyContentVersion</c> MSBuild property, by default the project's version).")
            .Line($"public static string Version {{ get; }} = {Literal.String(_model.Options.ContentVersion)};");
        if (page is null)
        {
            w.Close();
            return;
        }

        w.Line()
            .Summary("The knowledge-base page the taxonomy is written from: " + page.Title)
            .Line($"public static {T("TaxonomyPage")} Page {{ get; }} = new {T("TaxonomyPage")}(")
            .Line($"    {Literal.String(page.Title)},")
            .Line($"    {Literal.String(page.KnowledgeBase)},")
            .Line($"    {Literal.String(page.AudiencesIntro)},")
            .Line($"    {MemberList(page.Audiences)},")
            .Line($"    {Literal.String(page.ReadWithIntro)},")
            .Line($"    {Literal.StringList(page.ReadWith)},")
            .Line($"    new {T("PageQuestion")}({Literal.String(page.Question.Title)}, {Literal.String(page.Question.WrongIntro)}, {Literal.String(page.Question.Wrong)}, " +
                $"{Literal.String(page.Question.BetterIntro)}, {Literal.String(page.Question.Better)}, {Literal.String(page.Question.Text)}),")
            .Line($"    {Literal.String(page.TaskPatternsTitle)},")
            .Line($"    {Literal.String(page.OutsidersMissTitle)},")
            .Line($"    new {T("ComparisonHeadings")}({Literal.String(page.Comparison.Title)}, {Literal.String(page.Comparison.RoleColumn)}, " +
                $"{Literal.String(page.Comparison.CenterOfGravityColumn)}, {Literal.String(page.Comparison.TypicalOutputColumn)}, {Literal.String(page.Comparison.FailureModeColumn)}),")
            .Line($"    new {T("FinalAdvice")}({Literal.String(page.FinalAdvice.Title)}, {Literal.String(page.FinalAdvice.Intro)}, " +
                $"{Lenses(page.FinalAdvice.Lenses)}, {Literal.String(page.FinalAdvice.Closing)}));")
            .Close();
    }

    private CodeFragment Lenses(LensTextsSpec lenses) => new(w => w.Write(
        $"new {T("LensTexts")}({Literal.String(lenses.Decisions)}, {Literal.String(lenses.Evidence)}, {Literal.String(lenses.Conflict)}, {Literal.String(lenses.Leverage)})"));

    private CodeFragment MemberList(EquatableArray<MemberReference> references) => new(w =>
    {
        if (references.IsEmpty)
        {
            w.Write($"global::System.Array.Empty<{T("VocabularyMember")}>()");
            return;
        }

        w.Write($"global::System.Array.AsReadOnly(new {T("VocabularyMember")}[] {{ ");
        for (var i = 0; i < references.Count; i++)
        {
            w.Write($"{(i == 0 ? string.Empty : ", ")}{T(references[i].VocabularyIdentifier)}.{references[i].MemberIdentifier}");
        }

        w.Write(" })");
    });
}
