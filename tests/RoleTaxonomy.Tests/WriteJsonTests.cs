using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using RoleTaxonomy.Export;
using Xunit;

namespace RoleTaxonomy.Tests;

/// <summary>
/// The generated <c>Taxonomy.WriteJson</c>, which a team's taxonomy has too: it writes the JSON export, the same document
/// the library's <see cref="TaxonomyExport"/> builds.
/// </summary>
public sealed class WriteJsonTests
{
    [Fact]
    public void WriteJson_writes_the_document_of_the_JSON_export()
    {
        var written = Write();

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(TaxonomyExport.ToJson()), JsonNode.Parse(written)), System.Text.Encoding.UTF8.GetString(written));
        Assert.Equal(TaxonomyExport.ToJson(), TaxonomyExport.ToJson(JsonSerializer.Deserialize(written, TaxonomyExport.JsonTypeInfo)!));
    }

    [Fact]
    public void WriteJson_refuses_a_null_writer() =>
        Assert.Throws<System.ArgumentNullException>(() => Taxonomy.WriteJson(null!));

    private static byte[] Write()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Taxonomy.WriteJson(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
