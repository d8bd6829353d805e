using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace RoleTaxonomy.Export;

/// <summary>
/// Items of the export document read from the JSON a writer gives them: the one mapping from an item to its document,
/// for the generated records and for the CLI's engine model alike.
/// </summary>
internal static class ItemJson
{
    /// <summary>
    /// Writes <paramref name="items"/> as a JSON array with <paramref name="write"/> and reads it back as documents with
    /// <paramref name="type"/>, one of <see cref="ItemReadBackContext"/>'s, which refuses a property the documents lack.
    /// </summary>
    public static TDocument[] ReadBack<TItem, TDocument>(
        IEnumerable<TItem> items, Action<Utf8JsonWriter, TItem> write, JsonTypeInfo<TDocument[]> type)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartArray();
            foreach (var item in items)
            {
                write(writer, item);
            }

            writer.WriteEndArray();
        }

        return JsonSerializer.Deserialize(stream.ToArray(), type)
            ?? throw new InvalidOperationException("A JSON array was written, and null read back.");
    }
}
