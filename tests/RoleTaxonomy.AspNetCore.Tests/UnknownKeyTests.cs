using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using RoleTaxonomy.Export;
using Xunit;

namespace RoleTaxonomy.AspNetCore.Tests;

/// <summary>A key that names nothing: a 404 problem that names the key, the key most likely meant, and every key.</summary>
[Collection(SharedHostGroup.Name)]
public sealed class UnknownKeyTests(SharedHost host)
{
    private static readonly TaxonomyDocument Document = TaxonomyExport.CreateDocument();

    private readonly HttpClient _client = host.Client;

    public static TheoryData<string, string, string, string?, string> UnknownKeys => new()
    {
        // path, title, key, nearest, which keys are known
        { "roles/appsec-enginer", "Unknown role", "appsec-enginer", "appsec-engineer", "roles" },
        { "roles/AppSecEngineer", "Unknown role", "AppSecEngineer", "appsec-engineer", "roles" },
        { "roles/nope", "Unknown role", "nope", null, "roles" },
        { "task-patterns/appsec-finding-triag", "Unknown task pattern", "appsec-finding-triag", "appsec-finding-triage", "task-patterns" },
        { "vocabularies/triage-outcome", "Unknown vocabulary", "triage-outcome", "triage-outcomes", "vocabularies" },
        { "vocabularies/triage-outcomes/members/acepted-risk", "Unknown vocabulary member", "acepted-risk", "accepted-risk", "triage-outcomes" },
        { "vocabularies/triage-outcome/members/accepted-risk", "Unknown vocabulary", "triage-outcome", "triage-outcomes", "vocabularies" },
    };

    [Theory]
    [MemberData(nameof(UnknownKeys))]
    public async Task An_unknown_key_is_a_404_problem_naming_the_key_the_nearest_key_and_the_known_keys(
        string path, string title, string key, string? nearest, string known)
    {
        var knownKeys = KnownKeys(known);

        using var response = await _client.GetAsync(new Uri("api/taxonomy/" + path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = problem.RootElement;
        Assert.Equal(404, root.GetProperty("status").GetInt32());
        Assert.Equal(title, root.GetProperty("title").GetString());
        Assert.Equal(key, root.GetProperty("key").GetString());
        Assert.Equal(nearest, root.GetProperty("nearest").GetString());
        Assert.Equal(knownKeys, root.GetProperty("knownKeys").EnumerateArray().Select(element => element.GetString()!));

        var detail = root.GetProperty("detail").GetString()!;
        Assert.Contains($"'{key}'", detail, StringComparison.Ordinal);
        Assert.All(knownKeys, knownKey => Assert.Contains(knownKey, detail, StringComparison.Ordinal));
        if (nearest is null)
        {
            Assert.DoesNotContain("Did you mean", detail, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains($"Did you mean '{nearest}'?", detail, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_key_is_matched_exactly_not_ignoring_case()
    {
        // Keys are lower-case kebab-case on the wire; a near miss is told its key instead of being answered.
        using var response = await _client.GetAsync(new Uri("api/taxonomy/roles/AppSec-Engineer", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_long_key_gets_no_suggestion_and_the_answer_stays_a_problem()
    {
        var key = new string('a', 2000);

        using var response = await _client.GetAsync(new Uri("api/taxonomy/roles/" + key, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(JsonValueKind.Null, problem.RootElement.GetProperty("nearest").ValueKind);
    }

    private static string[] KnownKeys(string known) => known switch
    {
        "roles" => [.. Document.Roles.Select(role => role.Key)],
        "task-patterns" => [.. Document.Roles.SelectMany(role => role.TaskPatterns).Select(pattern => pattern.Key)],
        "vocabularies" => [.. Document.Vocabularies.Select(vocabulary => vocabulary.Key)],
        _ => [.. Document.Vocabularies.Single(vocabulary => vocabulary.Key == known).Members.Select(member => member.Key)],
    };
}
