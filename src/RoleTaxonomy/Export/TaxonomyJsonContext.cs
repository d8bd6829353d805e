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
