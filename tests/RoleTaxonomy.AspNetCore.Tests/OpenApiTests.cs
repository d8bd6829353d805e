using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace RoleTaxonomy.AspNetCore.Tests;

/// <summary>The app's OpenAPI document (Microsoft.AspNetCore.OpenApi): every identity type is a string enum of its keys.</summary>
public sealed class OpenApiTests
{
    /// <summary>A body of the app's own, with identities as properties.</summary>
    public sealed record Assignment(RoleId Role, TaskPatternKey Pattern, IReadOnlyList<TriageOutcome> Outcomes, RoleId? Backup);

    [Fact]
    public async Task Key_parameters_in_the_route_and_the_query_are_string_enums_of_their_keys()
    {
        using var document = await OpenApiDocumentAsync(withTaxonomy: true);

        var role = Parameter(document, "/roles/{role}", "role");
        AssertKeys(Resolve(document, role.GetProperty("schema")), RoleIdExtensions.Keys, Roles.All.Select(r => r.Name));
        Assert.Equal("path", role.GetProperty("in").GetString());

        var pattern = Parameter(document, "/patterns", "pattern");
        AssertKeys(Resolve(document, pattern.GetProperty("schema")), TaskPatternIdExtensions.Keys, TaskPatterns.All.Select(p => p.Title));
        Assert.Equal("query", pattern.GetProperty("in").GetString());
    }

    [Fact]
    public async Task Identities_in_bodies_are_string_enums_of_their_keys()
    {
        using var document = await OpenApiDocumentAsync(withTaxonomy: true);

        var body = Resolve(document, document.RootElement.GetProperty("paths").GetProperty("/assignments").GetProperty("post")
            .GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema"));
        var properties = body.GetProperty("properties");

        AssertKeys(Resolve(document, properties.GetProperty("role")), RoleIdExtensions.Keys, Roles.All.Select(r => r.Name));
        AssertKeys(Resolve(document, properties.GetProperty("pattern")), TaskPatternIdExtensions.Keys, TaskPatterns.All.Select(p => p.Title));
        AssertKeys(Resolve(document, properties.GetProperty("outcomes").GetProperty("items")), TriageOutcomeExtensions.Keys,
            TriageOutcomes.All.Select(m => m.Name));
        AssertKeys(Resolve(document, properties.GetProperty("backup")), RoleIdExtensions.Keys, Roles.All.Select(r => r.Name));
    }

    [Fact]
    public async Task Without_AddRoleTaxonomy_the_document_does_not_list_the_keys()
    {
        // What the transformer changes: the framework alone documents no keys at all.
        using var document = await OpenApiDocumentAsync(withTaxonomy: false);

        var text = document.RootElement.GetRawText();
        Assert.DoesNotContain("appsec-engineer", text, StringComparison.Ordinal);
    }

    private static async Task<JsonDocument> OpenApiDocumentAsync(bool withTaxonomy)
    {
        await using var host = await HostApp.StartAsync(
            app =>
            {
                app.MapOpenApi();
                app.MapGet("/roles/{role}", (RoleKey role) => Roles.Get(role).Name);
                app.MapGet("/patterns", (TaskPatternKey pattern) => TaskPatterns.Get(pattern).Title);
                app.MapPost("/assignments", (Assignment assignment) => TypedResults.Ok(assignment));
            },
            builder =>
            {
                builder.Services.AddOpenApi();
                if (withTaxonomy)
                {
                    builder.Services.AddRoleTaxonomy();
                }
            });
        var json = await host.Client.GetStringAsync(new Uri("openapi/v1.json", UriKind.Relative));
        return JsonDocument.Parse(json);
    }

    private static JsonElement Parameter(JsonDocument document, string path, string name) =>
        document.RootElement.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Single(parameter => parameter.GetProperty("name").GetString() == name);

    /// <summary>The schema itself, following a <c>$ref</c> into the components, and a nullable's <c>oneOf</c> to its type.</summary>
    private static JsonElement Resolve(JsonDocument document, JsonElement schema)
    {
        if (schema.TryGetProperty("oneOf", out var choices))
        {
            schema = choices.EnumerateArray().Single(choice => !(choice.TryGetProperty("type", out var type) && type.GetString() == "null"));
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!["#/components/schemas/".Length..];
            return document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty(name);
        }

        return schema;
    }

    private static void AssertKeys(JsonElement schema, IEnumerable<string> keys, IEnumerable<string> displayNames)
    {
        Assert.Equal("string", schema.GetProperty("type").GetString());
        Assert.Equal(keys, schema.GetProperty("enum").EnumerateArray().Select(key => key.GetString()!));
        var description = schema.GetProperty("description").GetString()!;
        Assert.All(keys.Zip(displayNames), pair => Assert.Contains($"{pair.First} ({pair.Second})", description, StringComparison.Ordinal));
    }
}

/// <summary>The package's list of the taxonomy's identities, against what the generator wrote.</summary>
public sealed class IdentityListTests
{
    [Fact]
    public void Every_generated_key_type_of_the_taxonomy_is_listed_with_its_enum()
    {
        var generated = typeof(RoleKey).Assembly.GetTypes()
            .Where(type => type.IsValueType && !type.IsEnum
                && type.GetCustomAttributes(typeof(System.CodeDom.Compiler.GeneratedCodeAttribute), inherit: false).Length > 0
                && type.GetInterfaces().Contains(typeof(IParsable<>).MakeGenericType(type)))
            .ToDictionary(type => type, type => type.GetProperty("Value")!.PropertyType);

        var listed = Identities.TaxonomyIdentities.Packaged;

        Assert.Equal(generated.Count, listed.Count);
        Assert.All(listed, identity => Assert.Equal(generated[identity.KeyType], identity.EnumType));
        Assert.Equal(RoleIdExtensions.Keys, listed[0].Keys);
    }
}
