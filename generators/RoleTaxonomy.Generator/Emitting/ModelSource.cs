using System;
using System.IO;
using RoleTaxonomy.Generator.Model;

namespace RoleTaxonomy.Generator.Emitting;

/// <summary>
/// What the model types depend on: the options, never the content. Equal for every content edit, so that the
/// pipeline step that makes it stays cached and Model.g.cs is not written again.
/// </summary>
internal sealed record ModelTypesOptions(string Namespace, bool IsPublic, bool HasJson)
{
    public static ModelTypesOptions From(GeneratorOptions options) =>
        new(options.Namespace, options.IsPublic, options.Has(TargetFeatures.Json));
}

/// <summary>
/// The record types every taxonomy shares. Their shape is the schema's, not the content's, so they are written as
/// real C# in <c>Templates/Model.cs</c>, embedded in the generator; only the namespace, the accessibility, the
/// generator's stamp and the JSON parts vary. The template's own header says what changes, and nothing else does.
/// </summary>
internal static class ModelSource
{
    public const string HintName = "Model.g.cs";

    /// <summary>The logical name the project file gives the embedded template.</summary>
    public const string ResourceName = "RoleTaxonomy.Generator.Templates.Model.cs";

    /// <summary>The preprocessor symbol of the template's JSON-only parts, which the generator keeps or strips.</summary>
    public const string JsonSymbol = "ROLETAXONOMY_JSON";

    private const string TemplateNamespace = "RoleTaxonomy";
    private const string NamespaceLine = "namespace " + TemplateNamespace + ";";
    private const string Qualifier = "global::" + TemplateNamespace + ".";
    private const string TopLevelPublic = "public ";
    private const string GeneratedCodeLine = "[global::System.CodeDom.Compiler.GeneratedCode(";
    private const string IfJson = "#if " + JsonSymbol;
    private const string EndIf = "#endif";

    private static readonly Lazy<string> LazyTemplate = new(Load);

    /// <summary>The template as embedded: <c>Templates/Model.cs</c>, with LF line endings.</summary>
    public static string Template => LazyTemplate.Value;

    public static GeneratedSource Emit(ModelTypesOptions options) =>
        TaxonomyEmitter.File(HintName, options.Namespace, hasDeprecations: false, w => Render(w, Template, options));

    /// <summary>
    /// Writes the template's body, below its namespace line, with the substitutions its header lists. A directive
    /// other than a flat <c>#if ROLETAXONOMY_JSON</c> … <c>#endif</c> is refused, never passed on or dropped.
    /// </summary>
    internal static void Render(SourceWriter w, string template, ModelTypesOptions options)
    {
        var lines = template.TrimEnd('\n').Split('\n');
        var start = Array.IndexOf(lines, NamespaceLine) + 1;
        if (start == 0)
        {
            throw new InvalidOperationException($"The model template has no '{NamespaceLine}' line.");
        }

        while (start < lines.Length && lines[start].Length == 0)
        {
            start++;
        }

        var qualifier = "global::" + options.Namespace + ".";
        var access = options.IsPublic ? "public " : "internal ";
        var inJson = false;
        for (var i = start; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.Trim();
            if (trimmed.StartsWith("#", StringComparison.Ordinal))
            {
                inJson = trimmed switch
                {
                    IfJson when !inJson => true,
                    EndIf when inJson => false,
                    _ => throw new InvalidOperationException(
                        $"Line {i + 1} of the model template: '{trimmed}' is not '{IfJson}' or its '{EndIf}', unnested."),
                };
                continue;
            }

            if (inJson && !options.HasJson)
            {
                continue;
            }

            if (trimmed.StartsWith(GeneratedCodeLine, StringComparison.Ordinal))
            {
                line = line.Substring(0, line.Length - line.TrimStart().Length) + TaxonomyEmitter.GeneratedCodeAttribute;
            }
            else if (line.StartsWith(TopLevelPublic, StringComparison.Ordinal))
            {
                line = access + line.Substring(TopLevelPublic.Length);
            }

            w.Line(line.Replace(Qualifier, qualifier));
        }

        if (inJson)
        {
            throw new InvalidOperationException($"The model template's last '{IfJson}' has no '{EndIf}'.");
        }
    }

    private static string Load()
    {
        using var stream = typeof(ModelSource).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The generator has no embedded resource '{ResourceName}'.");
        using var reader = new StreamReader(stream);

        // A checkout with CRLF must not put CR into the generated code.
        return reader.ReadToEnd().Replace("\r\n", "\n");
    }
}
