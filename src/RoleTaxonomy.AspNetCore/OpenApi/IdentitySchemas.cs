using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using RoleTaxonomy.AspNetCore.Identities;

namespace RoleTaxonomy.AspNetCore.OpenApi;

/// <summary>
/// Describes every identity type (the enums and their key types) in every OpenAPI document as what it is on the wire:
/// <c>{"type":"string","enum":[…keys…]}</c>, with each key's display name in the description. Without it, an enum
/// with a custom converter is documented by its numbers, and a key type as any string.
/// </summary>
internal sealed class IdentitySchemas : IConfigureNamedOptions<OpenApiOptions>
{
    private readonly TaxonomyIdentities _identities;

    public IdentitySchemas(TaxonomyIdentities identities) => _identities = identities;

    public void Configure(OpenApiOptions options) => Configure(Options.DefaultName, options);

    public void Configure(string? name, OpenApiOptions options)
    {
        options.AddSchemaTransformer(TransformSchemaAsync);
        options.AddOperationTransformer(TransformOperationAsync);
    }

    // Bodies: the schema of each identity, and of each list of identities, whose items the framework leaves out for a
    // type with a converter of its own.
    private Task TransformSchemaAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo;
        if (_identities.TryGet(type.Type, out var identity))
        {
            Describe(schema, identity);
        }
        else if (type.ElementType is { } element && type.KeyType is null && _identities.TryGet(element, out var items))
        {
            var itemSchema = schema.Items as OpenApiSchema ?? new OpenApiSchema();
            Describe(itemSchema, items);
            schema.Items = itemSchema;
        }

        return Task.CompletedTask;
    }

    // Parameters: the framework writes a parsable type's schema without the schema transformers.
    private Task TransformOperationAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var description in context.Description.ParameterDescriptions)
        {
            var type = description.Type is { IsArray: true } array ? array.GetElementType()! : description.Type;
            if (type is null || !_identities.TryGet(type, out var identity))
            {
                continue;
            }

            var parameter = operation.Parameters?.FirstOrDefault(parameter => parameter.Name == description.Name);
            if (parameter?.Schema is OpenApiSchema schema)
            {
                Describe(schema.Items as OpenApiSchema ?? schema, identity);
            }
        }

        return Task.CompletedTask;
    }

    internal static void Describe(OpenApiSchema schema, TaxonomyIdentity identity)
    {
        schema.Type = JsonSchemaType.String;
        schema.Format = null;
        schema.Pattern = null;
        schema.Enum = identity.Keys.Select(key => (JsonNode)JsonValue.Create(key)).ToList();
        schema.Description = $"The key of a {identity.Kind}: " +
            string.Join("; ", identity.Keys.Zip(identity.DisplayNames, (key, name) => $"{key} ({name})")) + ".";
    }
}
