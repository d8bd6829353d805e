using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Xunit;

namespace RoleTaxonomy.AspNetCore.Tests;

/// <summary>
/// The endpoints an app writes itself, with parameters of the key types: a key binds to its item, anything else is a
/// 400 problem that names the parameter, the value and the nearest key. Never a 500, never a wrong item.
/// </summary>
public sealed class KeyBindingTests
{
    public static TheoryData<string> Environments => new() { "Production", "Development" };

    // Every way a text can name a role without being its key: member names (also in another case), numbers in
    // range, out of range and negative, flag combinations of names and of numbers, a typo, padding, another kind's key.
    public static TheoryData<string, string?> NotRoleKeys => new()
    {
        { "AppSecEngineer", "appsec-engineer" },
        { "appSecEngineer", "appsec-engineer" },
        { "APPSEC-ENGINEER", "appsec-engineer" },
        { "1", null },
        { "0", null },
        { "99", null },
        { "-1", null },
        { "AppSecEngineer,DevSecOpsEngineer", null },
        { "1,2", null },
        { "appsec-enginer", "appsec-engineer" },
        { " appsec-engineer", "appsec-engineer" },
        { "triage-outcomes", null },
    };

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task A_key_in_the_route_or_the_query_binds_to_its_item(string environment)
    {
        await using var host = await StartAsync(environment);

        foreach (var role in Roles.All)
        {
            Assert.Equal(role.Name, await host.Client.GetStringAsync(new Uri($"roles/{role.Key}", UriKind.Relative)));
            Assert.Equal(role.Name, await host.Client.GetStringAsync(new Uri($"search?role={role.Key}", UriKind.Relative)));
        }

        Assert.Equal(TaskPatterns.Get(TaskPatternId.AppSecFindingTriage).Title,
            await host.Client.GetStringAsync(new Uri("patterns/appsec-finding-triage", UriKind.Relative)));
        Assert.Equal("documented as accepted risk", await host.Client.GetStringAsync(new Uri("outcomes/accepted-risk", UriKind.Relative)));
        Assert.Equal("appsec-engineer devsecops-engineer", await host.Client.GetStringAsync(
            new Uri("compare?roles=appsec-engineer&roles=devsecops-engineer", UriKind.Relative)));
        Assert.Equal("none", await host.Client.GetStringAsync(new Uri("maybe", UriKind.Relative)));
        Assert.Equal("devsecops-engineer", await host.Client.GetStringAsync(new Uri("maybe?role=devsecops-engineer", UriKind.Relative)));
    }

    [Theory]
    [MemberData(nameof(NotRoleKeys))]
    public async Task Anything_but_a_key_in_the_route_is_a_400_problem_with_the_nearest_key(string value, string? nearest)
    {
        await using var host = await StartAsync("Production");

        await AssertKeyProblemAsync(host, "roles/" + Uri.EscapeDataString(value), "role", "route", value, nearest);
    }

    [Theory]
    [MemberData(nameof(NotRoleKeys))]
    public async Task Anything_but_a_key_in_the_query_is_a_400_problem_with_the_nearest_key(string value, string? nearest)
    {
        await using var host = await StartAsync("Production");

        await AssertKeyProblemAsync(host, "search?role=" + Uri.EscapeDataString(value), "role", "query", value, nearest);
        await AssertKeyProblemAsync(host, "maybe?role=" + Uri.EscapeDataString(value), "role", "query", value, nearest);
        await AssertKeyProblemAsync(host, "compare?roles=appsec-engineer&roles=" + Uri.EscapeDataString(value), "roles", "query", value, nearest);
    }

    [Fact]
    public async Task In_Development_where_binding_failures_throw_the_answer_is_the_same_400_problem()
    {
        await using var host = await StartAsync("Development");

        await AssertKeyProblemAsync(host, "roles/AppSecEngineer", "role", "route", "AppSecEngineer", "appsec-engineer");
        await AssertKeyProblemAsync(host, "search?role=1", "role", "query", "1", null);
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task Where_the_app_writes_problems_itself_with_status_code_pages_and_an_exception_handler_they_name_the_nearest_key(
        string environment)
    {
        // The pipeline of `dotnet new webapi` and of the sample: those write the problem before this package can.
        await using var host = await HostApp.StartAsync(
            app =>
            {
                app.UseExceptionHandler();
                app.UseStatusCodePages();
                MapEndpoints(app);
            },
            builder =>
            {
                builder.Environment.EnvironmentName = environment;
                builder.Services.AddProblemDetails();
                builder.Services.AddRoleTaxonomy();
            });

        await AssertKeyProblemAsync(host, "roles/AppSecEngineer", "role", "route", "AppSecEngineer", "appsec-engineer");
        await AssertKeyProblemAsync(host, "search?role=1", "role", "query", "1", null);
        using var notFound = await host.Client.GetAsync(new Uri("no-such-route", UriKind.Relative));
        using var notFoundProblem = JsonDocument.Parse(await notFound.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        Assert.False(notFoundProblem.RootElement.TryGetProperty("nearest", out _));
    }

    [Fact]
    public async Task Each_kind_names_its_own_keys()
    {
        await using var host = await StartAsync("Production");

        var pattern = await AssertKeyProblemAsync(host, "patterns/appsec-finding-triag", "key", "route", "appsec-finding-triag",
            "appsec-finding-triage");
        Assert.Equal("Invalid task pattern key", pattern.GetProperty("title").GetString());
        Assert.Equal(TaskPatternIdExtensions.Keys, pattern.GetProperty("knownKeys").EnumerateArray().Select(key => key.GetString()!));

        var outcome = await AssertKeyProblemAsync(host, "outcomes/AcceptedRisk", "outcome", "route", "AcceptedRisk", "accepted-risk");
        Assert.Equal("Invalid member of Triage outcomes key", outcome.GetProperty("title").GetString());
        Assert.Equal(TriageOutcomeExtensions.Keys, outcome.GetProperty("knownKeys").EnumerateArray().Select(key => key.GetString()!));
    }

    [Fact]
    public async Task A_missing_required_key_is_a_400_problem_that_gives_an_example()
    {
        await using var host = await StartAsync("Production");

        using var response = await host.Client.GetAsync(new Uri("search", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Missing role key", problem.RootElement.GetProperty("title").GetString());
        Assert.Equal("role", problem.RootElement.GetProperty("parameter").GetString());
        Assert.Contains("'appsec-engineer'", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_400_for_another_reason_is_left_as_the_app_wrote_it()
    {
        await using var host = await StartAsync("Production");

        using var ownBadRequest = await host.Client.GetAsync(new Uri("own-bad-request?role=appsec-engineer", UriKind.Relative));
        using var otherParameter = await host.Client.GetAsync(new Uri("paged?role=appsec-engineer&page=first", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, ownBadRequest.StatusCode);
        Assert.Equal("\"the app's own 400\"", await ownBadRequest.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, otherParameter.StatusCode);
        Assert.NotEqual("application/problem+json", otherParameter.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Without_AddRoleTaxonomy_a_key_that_does_not_bind_is_still_a_400_but_without_a_body()
    {
        // What the service adds: the framework alone answers with an empty 400.
        await using var host = await HostApp.StartAsync(MapEndpoints);

        using var response = await host.Client.GetAsync(new Uri("roles/AppSecEngineer", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Calling_AddRoleTaxonomy_twice_writes_one_problem()
    {
        await using var host = await HostApp.StartAsync(MapEndpoints, builder => builder.Services.AddRoleTaxonomy().AddRoleTaxonomy());

        await AssertKeyProblemAsync(host, "roles/1", "role", "route", "1", null);
    }

    [Fact]
    public async Task At_start_an_identity_enum_parameter_from_the_route_or_the_query_is_a_warning_naming_its_key_type()
    {
        var logs = new ListLoggerProvider();
        await using var host = await HostApp.StartAsync(
            app =>
            {
                app.MapGet("/enum/{id}", (RoleId id) => id.ToString());
                app.MapGet("/enums", (TriageOutcome[] outcomes) => outcomes.Length);
                app.MapPost("/body", ([Microsoft.AspNetCore.Mvc.FromBody] RoleId id) => id.ToString());
                MapEndpoints(app);
            },
            builder =>
            {
                builder.Logging.AddProvider(logs);
                builder.Services.AddRoleTaxonomy();
            });

        var warnings = logs.Messages.Where(message => message.Contains("Enum.TryParse", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, warnings.Count);
        Assert.Contains(warnings, w => w.Contains("'RoleId id'", StringComparison.Ordinal) && w.Contains("Declare it as RoleKey", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("'TriageOutcome outcomes'", StringComparison.Ordinal)
            && w.Contains("Declare it as TriageOutcomeKey", StringComparison.Ordinal));
    }

    private static Task<HostApp> StartAsync(string environment) => HostApp.StartAsync(MapEndpoints, builder =>
    {
        builder.Environment.EnvironmentName = environment;
        builder.Services.AddRoleTaxonomy();
    });

    /// <summary>The endpoints a developer would write, each with a key parameter.</summary>
    private static void MapEndpoints(WebApplication app)
    {
        app.MapGet("/roles/{role}", (RoleKey role) => Roles.Get(role).Name);
        app.MapGet("/search", (RoleKey role) => Roles.Get(role).Name);
        app.MapGet("/maybe", (RoleKey? role) => role?.Key ?? "none");
        app.MapGet("/compare", (RoleKey[] roles) => string.Join(' ', roles.Select(role => role.Key)));
        app.MapGet("/patterns/{key}", (TaskPatternKey key) => TaskPatterns.Get(key).Title);
        app.MapGet("/outcomes/{outcome}", (TriageOutcomeKey outcome) => TriageOutcomes.Get(outcome).Name);
        app.MapGet("/own-bad-request", (RoleKey role) => Results.BadRequest("the app's own 400"));
        app.MapGet("/paged", (RoleKey role, int page) => $"{role} {page}");
    }

    private static async Task<JsonElement> AssertKeyProblemAsync(
        HostApp host, string path, string parameter, string source, string value, string? nearest)
    {
        using var response = await host.Client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{path}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(body);
        var root = problem.RootElement.Clone();
        Assert.Equal(400, root.GetProperty("status").GetInt32());
        Assert.Equal(parameter, root.GetProperty("parameter").GetString());
        Assert.Equal(source, root.GetProperty("source").GetString());
        Assert.Equal(value, root.GetProperty("value").GetString());
        Assert.Equal(nearest, root.GetProperty("nearest").GetString());
        Assert.NotEmpty(root.GetProperty("knownKeys").EnumerateArray());
        var detail = root.GetProperty("detail").GetString()!;
        Assert.Contains($"'{value}'", detail, StringComparison.Ordinal);
        Assert.Contains(nearest is null ? "the keys are" : $"did you mean '{nearest}'?", detail, StringComparison.Ordinal);
        return root;
    }
}

/// <summary>Keeps what the app logs at warning level and above.</summary>
internal sealed class ListLoggerProvider : Microsoft.Extensions.Logging.ILoggerProvider
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _messages = new();

    public IReadOnlyCollection<string> Messages => _messages;

    public Microsoft.Extensions.Logging.ILogger CreateLogger(string categoryName) => new Logger(_messages);

    public void Dispose()
    {
    }

    private sealed class Logger(System.Collections.Concurrent.ConcurrentQueue<string> messages) : Microsoft.Extensions.Logging.ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => logLevel >= Microsoft.Extensions.Logging.LogLevel.Warning;

        public void Log<TState>(
            Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                messages.Enqueue(formatter(state, exception));
            }
        }
    }
}
