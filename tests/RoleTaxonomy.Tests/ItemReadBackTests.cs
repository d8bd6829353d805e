using System.Text.Json;
using System.Text.Json.Nodes;
using RoleTaxonomy.Export;
using Xunit;

namespace RoleTaxonomy.Tests;

/// <summary>
/// The export's one item reader: what a writer gives a role or a vocabulary is read back into the document records
/// whole, and a property the records have no place for is refused by name, never dropped.
/// </summary>
public sealed class ItemReadBackTests
{
    [Fact]
    public void A_property_the_document_records_lack_is_refused_by_its_name()
    {
        var error = Assert.ThrowsAny<JsonException>(() => ItemJson.ReadBack(
            new[] { Roles.AppSecEngineer },
            (writer, role) =>
            {
                var json = JsonNode.Parse(JsonSerializer.Serialize(role))!.AsObject();
                json.Add("shoeSize", "44");
                json.WriteTo(writer);
            },
            ItemReadBackContext.Default.RoleDocumentArray));

        Assert.Contains("shoeSize", error.Message, System.StringComparison.Ordinal);
        Assert.Contains(nameof(RoleDocument), error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_property_a_newer_export_adds_is_skipped_by_the_public_reader()
    {
        var export = JsonNode.Parse(TaxonomyExport.ToJson())!;
        export["roles"]![0]!.AsObject().Add("shoeSize", "44");

        var document = JsonSerializer.Deserialize(export.ToJsonString(), TaxonomyExport.JsonTypeInfo)!;

        Assert.Equal(Roles.All[0].Key, document.Roles[0].Key);
        Assert.Equal(Roles.All[0].Name, document.Roles[0].Name);
    }
}
