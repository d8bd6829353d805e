using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;

namespace RoleTaxonomy.AspNetCore.Responses;

/// <summary>Values for the extensions of problem details.</summary>
internal static class ProblemJson
{
    /// <summary>
    /// A JSON array of strings. Problem details serialize their extensions through ASP.NET Core's own source-generated
    /// metadata, which knows JsonElement and strings but not string arrays: a JsonElement keeps them working under
    /// Native AOT.
    /// </summary>
    public static JsonElement ArrayOf(IEnumerable<string> values)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var value in values)
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}
