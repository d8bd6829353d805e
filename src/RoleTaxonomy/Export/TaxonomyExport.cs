using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace RoleTaxonomy.Export;

/// <summary>
/// The taxonomy in the formats dashboards and other tools read: JSON (a documented, versioned shape), the
/// knowledge-base page regenerated as Markdown and HTML, and a CSV of task patterns.
/// </summary>
public static class TaxonomyExport
{
    /// <summary>The version of the JSON document's shape (<c>docs/taxonomy.schema.json</c>).</summary>
    public const int JsonSchemaVersion = 1;

    private static readonly char[] CsvSpecialCharacters = { ',', '"', '\r', '\n' };

    /// <summary>
    /// What makes a spreadsheet read a cell as a formula when the cell starts with it (OWASP, CSV Injection:
    /// https://owasp.org/www-community/attacks/CSV_Injection).
    /// </summary>
    private static readonly char[] CsvFormulaStarts = { '=', '+', '-', '@', '\t', '\r' };

    /// <summary>
    /// Source-generated System.Text.Json metadata for <see cref="TaxonomyDocument"/>: serialize or deserialize the export
    /// with <c>JsonSerializer.Serialize(document, TaxonomyExport.JsonTypeInfo)</c>, without reflection.
    /// </summary>
    public static JsonTypeInfo<TaxonomyDocument> JsonTypeInfo => TaxonomyJsonContext.Export.TaxonomyDocument;

    /// <summary>Builds the JSON document's model of the whole taxonomy.</summary>
    /// <returns>The document, in the page's order.</returns>
    /// <remarks>
    /// The page, the roles and the vocabularies are read from the JSON their generated records write, so that the
    /// document and the records' own JSON have one shape.
    /// </remarks>
    public static TaxonomyDocument CreateDocument() => new(
        JsonSchemaVersion,
        Taxonomy.Version,
        ItemJson.ReadBack(new[] { Taxonomy.Page }, TaxonomyJson.WritePage, ItemReadBackContext.Default.PageDocumentArray)[0],
        ItemJson.ReadBack(Roles.All, TaxonomyJson.WriteRole, ItemReadBackContext.Default.RoleDocumentArray),
        ItemJson.ReadBack(Vocabularies.All, TaxonomyJson.WriteVocabulary, ItemReadBackContext.Default.VocabularyDocumentArray));

    /// <summary>The whole taxonomy as JSON (camelCase, version <see cref="JsonSchemaVersion"/>), without reflection.</summary>
    /// <returns>Indented JSON text.</returns>
    public static string ToJson() => ToJson(CreateDocument());

    /// <summary>A taxonomy document as JSON (camelCase, version <see cref="JsonSchemaVersion"/>), without reflection.</summary>
    /// <param name="document">The taxonomy to write, such as the result of <see cref="CreateDocument"/>.</param>
    /// <returns>
    /// Indented JSON text. The content's characters are written as they are (<c>—</c>, not <c>\u2014</c>); escaped are
    /// only what JSON requires and what is unsafe where JSON is embedded in HTML or JavaScript, such as <c>&lt;</c>,
    /// <c>&amp;</c> and U+2028 (<see cref="JsonTypeInfo"/> writes alike).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static string ToJson(TaxonomyDocument document) =>
        JsonSerializer.Serialize(document ?? throw new ArgumentNullException(nameof(document)), TaxonomyJsonContext.Export.TaxonomyDocument);

    /// <summary>The knowledge-base page regenerated as Markdown: every sentence, list and the comparison table, in the page's order.</summary>
    /// <returns>Markdown text with LF line endings.</returns>
    public static string ToMarkdown() => ToMarkdown(CreateDocument());

    /// <summary>A taxonomy document's page as Markdown: every sentence, list and the comparison table, in the page's order.</summary>
    /// <param name="document">The taxonomy to render, such as the result of <see cref="CreateDocument"/>.</param>
    /// <returns>Markdown text with LF line endings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The document has no page, or its page names an audience that is not a member of the document's vocabularies.
    /// </exception>
    public static string ToMarkdown(TaxonomyDocument document)
    {
        var page = PageOf(document);
        var md = new StringBuilder();
        void Line(string text = "") => md.Append(text).Append('\n');

        Line("# " + page.Title);
        Line();
        Line("*" + page.KnowledgeBase + "*");
        Line();
        Line($"**{page.AudiencesIntro}** {PageText.AudiencesSentence(document, page)}");
        Line($"**{page.ReadWithIntro}** {PageText.ReadWithSentence(page)}");
        Line();
        Line("## " + page.Question.Title);
        Line();
        Line(page.Question.WrongIntro);
        Line("“" + page.Question.Wrong + "”");
        Line();
        Line(page.Question.BetterIntro);
        Line("“" + page.Question.Better + "”");
        Line();
        Line(page.Question.Text);

        foreach (var role in document.Roles)
        {
            Line();
            Line($"## <a id=\"{role.Key}\"></a>{PageText.RoleHeading(role, page)}");
            for (var i = 0; i < role.TaskPatterns.Count; i++)
            {
                var pattern = role.TaskPatterns[i];
                Line();
                Line($"### <a id=\"{pattern.Key}\"></a>{i + 1}. {pattern.Title}");
                foreach (var (paragraph, items) in PageText.Blocks(pattern))
                {
                    Line();
                    Line(paragraph);
                    if (items.Count > 0)
                    {
                        Line();
                        foreach (var item in items)
                        {
                            Line("- " + item);
                        }
                    }
                }
            }

            Line();
            Line("### " + page.OutsidersMissTitle);
            Line();
            Line(role.OutsidersMiss.Misconception + " " + role.OutsidersMiss.Reality);
        }

        Line();
        Line("## " + page.Comparison.Title);
        Line();
        Line($"| {page.Comparison.RoleColumn} | {page.Comparison.CenterOfGravityColumn} | {page.Comparison.TypicalOutputColumn} | {page.Comparison.FailureModeColumn} |");
        Line("| --- | --- | --- | --- |");
        foreach (var role in document.Roles)
        {
            Line($"| {Cell(role.Name)} | {Cell(role.CenterOfGravity)} | {Cell(string.Join(", ", role.TypicalOutputs))} | {Cell(string.Join(", ", role.FailureModes))} |");
        }

        Line();
        Line("## " + page.FinalAdvice.Title);
        Line();
        Line(page.FinalAdvice.Intro);
        Line();
        foreach (var item in PageText.ListItems(PageText.LensPrompts(page)))
        {
            Line("- " + item);
        }

        Line();
        Line(page.FinalAdvice.Closing);
        return md.ToString();

        static string Cell(string text) => text.Replace("|", "\\|");
    }

    /// <summary>The knowledge-base page as one self-contained HTML document (inline style, no external assets).</summary>
    /// <returns>HTML text with LF line endings.</returns>
    public static string ToHtml() => ToHtml(CreateDocument());

    /// <summary>A taxonomy document's page as one self-contained HTML document (inline style, no external assets).</summary>
    /// <param name="document">The taxonomy to render, such as the result of <see cref="CreateDocument"/>.</param>
    /// <returns>HTML text with LF line endings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The document has no page, or its page names an audience that is not a member of the document's vocabularies.
    /// </exception>
    public static string ToHtml(TaxonomyDocument document)
    {
        var page = PageOf(document);
        var html = new StringBuilder();
        void Line(string text = "") => html.Append(text).Append('\n');
        static string E(string text) => System.Net.WebUtility.HtmlEncode(text);

        Line("<!DOCTYPE html>");
        Line("<html lang=\"en\">");
        Line("<head>");
        Line("<meta charset=\"utf-8\">");
        Line($"<title>{E(page.Title)}</title>");
        Line("<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.4rem;vertical-align:top;text-align:left}</style>");
        Line("</head>");
        Line("<body>");
        Line($"<p><em>{E(page.KnowledgeBase)}</em></p>");
        Line($"<h1>{E(page.Title)}</h1>");
        Line($"<p><strong>{E(page.AudiencesIntro)}</strong> {E(PageText.AudiencesSentence(document, page))}<br>");
        Line($"<strong>{E(page.ReadWithIntro)}</strong> {E(PageText.ReadWithSentence(page))}</p>");
        Line($"<h2>{E(page.Question.Title)}</h2>");
        Line($"<p>{E(page.Question.WrongIntro)}<br>“{E(page.Question.Wrong)}”</p>");
        Line($"<p>{E(page.Question.BetterIntro)}<br>“{E(page.Question.Better)}”</p>");
        Line($"<p>{E(page.Question.Text)}</p>");
        foreach (var role in document.Roles)
        {
            Line($"<section id=\"{E(role.Key)}\">");
            Line($"<h2>{E(PageText.RoleHeading(role, page))}</h2>");
            for (var i = 0; i < role.TaskPatterns.Count; i++)
            {
                var pattern = role.TaskPatterns[i];
                Line($"<h3 id=\"{E(pattern.Key)}\">{i + 1}. {E(pattern.Title)}</h3>");
                foreach (var (paragraph, items) in PageText.Blocks(pattern))
                {
                    Line($"<p>{E(paragraph)}</p>");
                    if (items.Count > 0)
                    {
                        Line("<ul>" + string.Concat(items.Select(item => $"<li>{E(item)}</li>")) + "</ul>");
                    }
                }
            }

            Line($"<h3>{E(page.OutsidersMissTitle)}</h3>");
            Line($"<p>{E(role.OutsidersMiss.Misconception)} {E(role.OutsidersMiss.Reality)}</p>");
            Line("</section>");
        }

        Line($"<h2>{E(page.Comparison.Title)}</h2>");
        Line("<table>");
        Line($"<tr><th>{E(page.Comparison.RoleColumn)}</th><th>{E(page.Comparison.CenterOfGravityColumn)}</th><th>{E(page.Comparison.TypicalOutputColumn)}</th><th>{E(page.Comparison.FailureModeColumn)}</th></tr>");
        foreach (var role in document.Roles)
        {
            Line($"<tr><td><a href=\"#{E(role.Key)}\">{E(role.Name)}</a></td><td>{E(role.CenterOfGravity)}</td><td>{E(string.Join(", ", role.TypicalOutputs))}</td><td>{E(string.Join(", ", role.FailureModes))}</td></tr>");
        }

        Line("</table>");
        Line($"<h2>{E(page.FinalAdvice.Title)}</h2>");
        Line($"<p>{E(page.FinalAdvice.Intro)}</p>");
        Line("<ul>" + string.Concat(PageText.ListItems(PageText.LensPrompts(page)).Select(item => $"<li>{E(item)}</li>")) + "</ul>");
        Line($"<p>{E(page.FinalAdvice.Closing)}</p>");
        Line("</body>");
        Line("</html>");
        return html.ToString();
    }

    /// <summary>The task patterns as CSV (RFC 4180): role, key, title and the vocabulary references as <c>vocabulary/member</c>, separated by <c>;</c>.</summary>
    /// <returns>CSV text with a header row and CRLF record separators, as RFC 4180 specifies.</returns>
    /// <remarks>Cells that would start a spreadsheet formula are neutralized: see <see cref="ToTaskPatternCsv(TaxonomyDocument)"/>.</remarks>
    public static string ToTaskPatternCsv() => ToTaskPatternCsv(CreateDocument());

    /// <summary>
    /// A taxonomy document's task patterns as CSV (RFC 4180), role by role: role, key, title and the vocabulary references
    /// as <c>vocabulary/member</c>, separated by <c>;</c>.
    /// </summary>
    /// <param name="document">The taxonomy to write, such as the result of <see cref="CreateDocument"/>.</param>
    /// <returns>CSV text with a header row and CRLF record separators, as RFC 4180 specifies.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <remarks>
    /// A cell with a comma, a double quote or a line break is quoted, its double quotes doubled (RFC 4180). A cell that
    /// starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return, which a spreadsheet would run as a
    /// formula, is neutralized as OWASP's CSV Injection guidance advises: it is quoted, with a single quote <c>'</c>
    /// inside the quotes before its text (<c>=SUM(A1)</c> is written <c>"'=SUM(A1)"</c>). A spreadsheet then shows
    /// the text; a CSV reader reads the cell with the leading <c>'</c>.
    /// </remarks>
    public static string ToTaskPatternCsv(TaxonomyDocument document)
    {
        var roles = (document ?? throw new ArgumentNullException(nameof(document))).Roles;
        var csv = new StringBuilder("role,key,title,references\r\n");
        foreach (var pattern in roles.SelectMany(role => role.TaskPatterns))
        {
            var references = string.Join(";", pattern.References.Select(reference => reference.Vocabulary + "/" + reference.Member));
            csv.Append(Csv(pattern.Role)).Append(',')
                .Append(Csv(pattern.Key)).Append(',')
                .Append(Csv(pattern.Title)).Append(',')
                .Append(Csv(references)).Append("\r\n");
        }

        return csv.ToString();

        static string Csv(string field)
        {
            var formula = field.Length > 0 && Array.IndexOf(CsvFormulaStarts, field[0]) >= 0;
            return formula || field.IndexOfAny(CsvSpecialCharacters) >= 0
                ? "\"" + (formula ? "'" : string.Empty) + field.Replace("\"", "\"\"") + "\""
                : field;
        }
    }

    /// <summary>
    /// The page the Markdown and HTML exports render. Without one there is no title, no headings and no comparison
    /// table to write: refuse, rather than make up wording the content does not have.
    /// </summary>
    private static PageDocument PageOf(TaxonomyDocument document) =>
        (document ?? throw new ArgumentNullException(nameof(document))).Page
        ?? throw new ArgumentException(
            "The taxonomy has no page (the content has no 'kind: page' file): Markdown and HTML render the page. Export JSON or CSV instead.",
            nameof(document));
}
