using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using System.Threading;

namespace RoleTaxonomy.Export;

// System.Text.Json metadata for the JSON export, generated at compile time: no reflection, trimming- and
// AOT-safe. Internal because its generated members differ between target frameworks; consumers get
// TaxonomyExport.JsonTypeInfo, which is all JsonSerializer needs.
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(TaxonomyDocument))]
internal sealed partial class TaxonomyJsonContext : JsonSerializerContext
{
    /// <summary>
    /// The attribute's options, with an encoder that writes the page's characters (— “ ” ’) as they are, in UTF-8.
    /// The default encoder escapes every non-ASCII character (<c>\u2014</c>). This one still escapes what JSON requires
    /// and what is unsafe where JSON lands in HTML or JavaScript (<c>&lt; &gt; &amp; ' " + `</c>, U+2028, U+2029,
    /// control characters); it also escapes characters outside the Basic Multilingual Plane as surrogate pairs.
    /// Attributes cannot name an encoder, hence an instance of its own.
    /// </summary>
    /// <remarks>
    /// Created on first use: a static initializer here could run before the generated one that sets <c>Default</c>.
    /// </remarks>
    public static TaxonomyJsonContext Export => LazyInitializer.EnsureInitialized(ref s_export, () => new(new JsonSerializerOptions(Default.Options)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    }))!;

    private static TaxonomyJsonContext? s_export;
}

// Reads items back from what the taxonomy's own writers wrote: the generated records (TaxonomyExport.CreateDocument)
// and the CLI's writer of the engine's model. A property the document records lack is an error here, never dropped
// in silence: it names the property a new field still needs. (An absent property is not: optional texts are left
// out when null.) Readers of an export use TaxonomyJsonContext instead, which skips properties a newer version adds.
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(RoleDocument[]))]
[JsonSerializable(typeof(VocabularyDocument[]))]
[JsonSerializable(typeof(PageDocument[]))]
internal sealed partial class ItemReadBackContext : JsonSerializerContext
{
}
