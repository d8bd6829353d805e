using System.Text.Json.Serialization;

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
