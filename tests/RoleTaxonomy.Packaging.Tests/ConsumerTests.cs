using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using RoleTaxonomy.Testing;
using Xunit;

namespace RoleTaxonomy.Packaging.Tests;

/// <summary>Fresh projects consume the packed packages the way a user would: new folder, package references, build.</summary>
[Collection(PackagesGroup.Name)]
public sealed class ConsumerTests
{
    private readonly PackagesFixture _packages;

    public ConsumerTests(PackagesFixture packages) => _packages = packages;

    [Fact]
    public void A_console_app_referencing_RoleTaxonomy_prints_the_four_roles()
    {
        var folder = _packages.NewProjectFolder("console-app");
        File.WriteAllText(Path.Combine(folder, "ConsoleApp.csproj"), Project("net10.0", "Exe", $"""<PackageReference Include="RoleTaxonomy" Version="{PackagesFixture.Version}" />"""));
        File.WriteAllText(Path.Combine(folder, "Program.cs"), """
            foreach (var role in RoleTaxonomy.Roles.All)
            {
                System.Console.WriteLine(role.Key + "|" + role.Name + "|" + role.TaskPatterns.Count);
            }
            System.Console.WriteLine("version " + RoleTaxonomy.Taxonomy.Version);
            """);

        var run = PackagesFixture.Dotnet(folder, "run");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("appsec-engineer|AppSec Engineer|5", run.Output, System.StringComparison.Ordinal);
        Assert.Contains("devsecops-engineer|DevSecOps Engineer|5", run.Output, System.StringComparison.Ordinal);
        Assert.Contains("product-security-manager|Product Security Manager|5", run.Output, System.StringComparison.Ordinal);
        Assert.Contains("product-security-director|Product Security Director|5", run.Output, System.StringComparison.Ordinal);
        Assert.Contains("version " + PackagesFixture.Version, run.Output, System.StringComparison.Ordinal);
        AssertNoGeneratorLoadFailure(run);
    }

    [Fact]
    public void A_consumer_with_default_options_keeps_keys_in_JSON_and_configuration_and_serializes_the_records()
    {
        var folder = _packages.NewProjectFolder("wire-app");
        File.WriteAllText(Path.Combine(folder, "WireApp.csproj"), Project("net10.0", "Exe", $"""
            <PackageReference Include="RoleTaxonomy" Version="{PackagesFixture.Version}" />
            <PackageReference Include="Microsoft.Extensions.Configuration.Json" Version="{ConfigurationVersion}" />
            <PackageReference Include="Microsoft.Extensions.Configuration.Binder" Version="{ConfigurationVersion}" />
            """));
        File.WriteAllText(Path.Combine(folder, "Program.cs"), """
            using System;
            using System.Collections.Generic;
            using System.IO;
            using System.Text;
            using System.Text.Json;
            using Microsoft.Extensions.Configuration;
            using RoleTaxonomy;

            var dto = new TriageDto(RoleId.AppSecEngineer, new[] { TaskPatternId.AppSecFindingTriage }, TriageOutcome.BacklogWork,
                new Dictionary<RoleId, int> { [RoleId.DevSecOpsEngineer] = 2 });
            var json = JsonSerializer.Serialize(dto);
            Console.WriteLine("json " + json);
            Console.WriteLine("read " + JsonSerializer.Deserialize<TriageDto>(json)!.Role.ToKey());
            try
            {
                JsonSerializer.Deserialize<TriageDto>("{\"Role\":2}");
            }
            catch (JsonException exception)
            {
                Console.WriteLine("number refused " + exception.Message);
            }

            var settings = new ConfigurationBuilder()
                .AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes("{\"Triage\":{\"DefaultRole\":\"product-security-manager\"}}")))
                .Build().GetSection("Triage").Get<TriageSettings>()!;
            Console.WriteLine("config " + settings.DefaultRole.ToKey() + " unset " + settings.Fallback.IsDefined());

            var all = JsonSerializer.Serialize(Roles.All);
            using var document = JsonDocument.Parse(all);
            Console.WriteLine("roles " + document.RootElement.GetArrayLength() + " " + document.RootElement[0].GetProperty("key").GetString());
            Console.WriteLine("same " + ReferenceEquals(Roles.AppSecEngineer, JsonSerializer.Deserialize<Role>(JsonSerializer.Serialize(Roles.AppSecEngineer))));

            public sealed record TriageDto(RoleId Role, TaskPatternId[] Patterns, TriageOutcome Outcome, Dictionary<RoleId, int> Counts);

            public sealed class TriageSettings
            {
                public RoleId DefaultRole { get; set; }

                public RoleId Fallback { get; set; }
            }
            """);

        var run = PackagesFixture.Dotnet(folder, "run");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains(
            "json {\"Role\":\"appsec-engineer\",\"Patterns\":[\"appsec-finding-triage\"],\"Outcome\":\"backlog-work\",\"Counts\":{\"devsecops-engineer\":2}}",
            run.Output, System.StringComparison.Ordinal);
        Assert.Contains("read appsec-engineer", run.Output, System.StringComparison.Ordinal);
        Assert.Contains("number refused A RoleId is written as its key, such as \"appsec-engineer\", not as the number 2", run.Output, System.StringComparison.Ordinal);
        Assert.Contains("Path: $.Role.", run.Output, System.StringComparison.Ordinal);
        Assert.Contains("config product-security-manager unset False", run.Output, System.StringComparison.Ordinal);
        Assert.Contains("roles 4 appsec-engineer", run.Output, System.StringComparison.Ordinal);
        Assert.Contains("same True", run.Output, System.StringComparison.Ordinal);
        AssertNoGeneratorLoadFailure(run);
    }

    [Fact]
    public void A_consumer_stores_keys_in_SQLite_through_UseRoleTaxonomyKeys()
    {
        var folder = _packages.NewProjectFolder("ef-app");
        File.WriteAllText(Path.Combine(folder, "EfApp.csproj"), Project("net10.0", "Exe", $"""
            <PackageReference Include="RoleTaxonomy.EntityFrameworkCore" Version="{PackagesFixture.Version}" />
            <PackageReference Include="Microsoft.EntityFrameworkCore.Sqlite" Version="{PackagesFixture.CentralVersion("Microsoft.EntityFrameworkCore.Sqlite")}" />
            """));
        File.WriteAllText(Path.Combine(folder, "Program.cs"), """
            using System;
            using System.IO;
            using System.Linq;
            using Microsoft.Data.Sqlite;
            using Microsoft.EntityFrameworkCore;
            using RoleTaxonomy;

            var file = Path.Combine(AppContext.BaseDirectory, "triage.db");
            File.Delete(file);
            var connection = "Data Source=" + file + ";Pooling=False";
            using (var db = new TriageContext(connection))
            {
                db.Database.EnsureCreated();
                db.Findings.Add(new Finding { Id = 1, Role = RoleId.ProductSecurityDirector, Outcome = TriageOutcome.BlockRelease });
                db.SaveChanges();
            }

            using (var raw = new SqliteConnection(connection))
            {
                raw.Open();
                using var command = raw.CreateCommand();
                command.CommandText = "SELECT Role || ' ' || Outcome FROM Findings";
                Console.WriteLine("stored " + command.ExecuteScalar());
            }

            using (var db = new TriageContext(connection))
            {
                Console.WriteLine("queried " + db.Findings.Count(f => f.Role == RoleId.ProductSecurityDirector));
            }

            public sealed class Finding
            {
                public int Id { get; set; }

                public RoleId Role { get; set; }

                public TriageOutcome Outcome { get; set; }
            }

            public sealed class TriageContext(string connection) : DbContext
            {
                public DbSet<Finding> Findings => Set<Finding>();

                protected override void OnConfiguring(DbContextOptionsBuilder options) => options.UseSqlite(connection);

                protected override void ConfigureConventions(ModelConfigurationBuilder builder) => builder.UseRoleTaxonomyKeys();
            }
            """);

        var run = PackagesFixture.Dotnet(folder, "run");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("stored product-security-director block-release", run.Output, System.StringComparison.Ordinal);
        Assert.Contains("queried 1", run.Output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_web_app_maps_the_API_and_the_dashboard_binds_keys_in_its_own_endpoints_and_documents_them_over_Kestrel()
    {
        var run = RunWebApp("web-app", string.Empty, """
            builder.Services.AddRoleTaxonomy();
            var app = builder.Build();
            app.MapRoleTaxonomyApi("/api/taxonomy");
            app.MapRoleTaxonomyDashboard("/taxonomy");
            app.MapGet("/mine/{role}", (RoleTaxonomy.RoleKey role) => RoleTaxonomy.Roles.Get(role).Name);
            """,
            "/api/taxonomy/roles/appsec-engineer", "/api/taxonomy/roles/appsec-enginer", "/taxonomy/", "/taxonomy/dashboard.js",
            "/mine/devsecops-engineer", "/mine/AppSecEngineer", "/mine/1");

        AssertPrinted(run,
            "GET /api/taxonomy/roles/appsec-engineer 200 application/json name=AppSec Engineer",
            "GET /api/taxonomy/roles/appsec-enginer 404 application/problem+json nearest=appsec-engineer",
            "GET /taxonomy/ 200 text/html",
            "GET /taxonomy/dashboard.js 200 text/javascript",
            "body /mine/devsecops-engineer DevSecOps Engineer",
            "GET /mine/AppSecEngineer 400 application/problem+json nearest=appsec-engineer",
            "GET /mine/1 400 application/problem+json nearest=",
            "openapi role string appsec-engineer,devsecops-engineer,product-security-manager,product-security-director");
    }

    [Fact]
    public void A_web_app_over_its_own_YAML_serves_its_own_taxonomy_in_the_same_lines()
    {
        // The generator beside the web package: the taxonomy offers itself as Taxonomy.Source.
        var run = RunWebApp("web-app-own-yaml",
            $"""
            <PackageReference Include="RoleTaxonomy.Generator" Version="{PackagesFixture.Version}" PrivateAssets="all" />
            </ItemGroup>
            <PropertyGroup>
              <RoleTaxonomyNamespace>Contoso.Champions</RoleTaxonomyNamespace>
            </PropertyGroup>
            <ItemGroup>
              <RoleTaxonomyContent Include="taxonomy/**/*.yaml" />
            """,
            """
            builder.Services.AddRoleTaxonomy(Contoso.Champions.Taxonomy.Source);
            var app = builder.Build();
            app.MapRoleTaxonomyApi("/api/taxonomy", Contoso.Champions.Taxonomy.Source);
            app.MapRoleTaxonomyDashboard("/taxonomy", Contoso.Champions.Taxonomy.Source);
            app.MapGet("/mine/{role}", (Contoso.Champions.RoleKey role) => Contoso.Champions.Roles.Get(role).Name);
            """,
            "/api/taxonomy/roles/security-champion", "/api/taxonomy/roles/appsec-engineer", "/taxonomy/", "/taxonomy/taxonomy.json",
            "/mine/security-champion", "/mine/SecurityChampion");

        AssertPrinted(run,
            "GET /api/taxonomy/roles/security-champion 200 application/json name=Security Champion",
            "GET /api/taxonomy/roles/appsec-engineer 404 application/problem+json nearest=",
            "GET /taxonomy/ 200 text/html",
            "GET /taxonomy/taxonomy.json 200 application/json",
            "body /mine/security-champion Security Champion",
            "GET /mine/SecurityChampion 400 application/problem+json nearest=security-champion",
            "openapi role string security-champion");
    }

    /// <summary>
    /// A web project as <c>dotnet new webapi</c> makes it (the Web SDK, implicit usings, OpenAPI) on the packed package:
    /// it starts on a free loopback port, asks itself over HTTP for <paramref name="paths"/>, prints what it got, and the
    /// schema of its own <c>/mine/{role}</c> parameter, and stops. A real Kestrel run, without TestServer.
    /// </summary>
    /// <param name="name">The project's folder.</param>
    /// <param name="references">More of the project's items, inside an <c>ItemGroup</c>.</param>
    /// <param name="mapping">The services and the endpoints, ending with a <c>/mine/{role}</c> of the app's own.</param>
    /// <param name="paths">The paths to ask for.</param>
    private ProcessResult RunWebApp(string name, string references, string mapping, params string[] paths)
    {
        var folder = _packages.NewProjectFolder(name);
        File.WriteAllText(Path.Combine(folder, "WebApp.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="RoleTaxonomy.AspNetCore" Version="{PackagesFixture.Version}" />
                <PackageReference Include="Microsoft.AspNetCore.OpenApi" Version="{PackagesFixture.CentralVersion("Microsoft.AspNetCore.OpenApi")}" />
                {references}
              </ItemGroup>
            </Project>
            """);
        if (references.Contains("RoleTaxonomy.Generator", System.StringComparison.Ordinal))
        {
            // The custom-taxonomy sample's YAML, and a page for it, which the dashboard shows.
            Directory.CreateDirectory(Path.Combine(folder, "taxonomy"));
            foreach (var yaml in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "samples", "RoleTaxonomy.CustomTaxonomy", "taxonomy"), "*.yaml")
                .Append(Path.Combine(RepositoryPaths.Root, "tests", "RoleTaxonomy.AspNetCore.Tests", "OwnTaxonomy", "page.yaml")))
            {
                File.Copy(yaml, Path.Combine(folder, "taxonomy", Path.GetFileName(yaml)));
            }
        }

        var pathList = string.Join(", ", paths.Select(path => $"\"{path}\""));
        File.WriteAllText(Path.Combine(folder, "Program.cs"), $$"""
            using System.Text.Json;
            using Microsoft.AspNetCore.Hosting.Server;
            using Microsoft.AspNetCore.Hosting.Server.Features;
            using Microsoft.AspNetCore.Http.Features;

            var builder = WebApplication.CreateBuilder(args);
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.Services.AddOpenApi();
            {{mapping}}
            app.MapOpenApi();

            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
            using var client = new HttpClient { BaseAddress = new Uri(address) };
            foreach (var path in new[] { {{pathList}} })
            {
                using var response = await client.GetAsync(path);
                var body = await response.Content.ReadAsStringAsync();
                var mediaType = response.Content.Headers.ContentType?.MediaType;
                var detail = mediaType == "application/problem+json"
                    ? " nearest=" + JsonDocument.Parse(body).RootElement.GetProperty("nearest").GetString()
                    : mediaType == "application/json" && JsonDocument.Parse(body).RootElement.TryGetProperty("name", out var itemName)
                        ? " name=" + itemName.GetString()
                        : "";
                Console.WriteLine($"GET {path} {(int)response.StatusCode} {mediaType}{detail}");
                if (path.StartsWith("/mine/", StringComparison.Ordinal))
                {
                    Console.WriteLine($"body {path} {body}");
                }
            }

            using var openApi = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
            var schema = openApi.RootElement.GetProperty("paths").GetProperty("/mine/{role}").GetProperty("get")
                .GetProperty("parameters")[0].GetProperty("schema");
            Console.WriteLine("openapi role " + schema.GetProperty("type").GetString() + " "
                + string.Join(",", schema.GetProperty("enum").EnumerateArray().Select(key => key.GetString())));

            await app.StopAsync();
            """);

        var run = PackagesFixture.Dotnet(folder, "run");
        Assert.True(run.ExitCode == 0, run.Output);
        AssertNoGeneratorLoadFailure(run);
        return run;
    }

    [Theory]
    [InlineData("RoleTaxonomy", "RoleTaxonomy", "appsec-enginer", "appsec-engineer")]
    [InlineData("RoleTaxonomy.Generator", "Contoso.Champions", "security-champoin", "security-champion")]
    public void A_mistyped_constant_key_fails_the_build_at_the_literal_naming_the_nearest_key(
        string package, string taxonomyNamespace, string typo, string nearest)
    {
        // The analyzers come with the package: for the package's own taxonomy, and for a team's over its own YAML.
        var folder = _packages.NewProjectFolder("key-typo-" + package);
        var ownYaml = package == "RoleTaxonomy.Generator";
        File.WriteAllText(Path.Combine(folder, "KeyTypo.csproj"), Project("net10.0", "Exe",
            $"""<PackageReference Include="{package}" Version="{PackagesFixture.Version}" />""" + (ownYaml
                ? $"""
                  </ItemGroup>
                  <PropertyGroup>
                    <RoleTaxonomyNamespace>{taxonomyNamespace}</RoleTaxonomyNamespace>
                  </PropertyGroup>
                  <ItemGroup>
                    <RoleTaxonomyContent Include="taxonomy/**/*.yaml" />
                  """
                : string.Empty)));
        if (ownYaml)
        {
            Directory.CreateDirectory(Path.Combine(folder, "taxonomy"));
            foreach (var yaml in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "samples", "RoleTaxonomy.CustomTaxonomy", "taxonomy"), "*.yaml"))
            {
                File.Copy(yaml, Path.Combine(folder, "taxonomy", Path.GetFileName(yaml)));
            }
        }

        // The literal starts at line 3, column 39; the cast on line 4 at column 29, an identity formatted by its name
        // and an integer cast to it (warnings, errors under this project's TreatWarningsAsErrors).
        File.WriteAllText(Path.Combine(folder, "Program.cs"), $$"""
            using {{taxonomyNamespace}};

            System.Console.WriteLine(Roles.TryGet("{{typo}}", out _));
            System.Console.WriteLine($"{(RoleId)1}");
            """);

        var build = PackagesFixture.Dotnet(folder, "build");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Matches(
            new Regex($@"Program\.cs\(3,39\): error RT1001: '{Regex.Escape(typo)}' is not a RoleId key; did you mean '{Regex.Escape(nearest)}'\?"),
            build.Output);
        Assert.Matches(new Regex(@"Program\.cs\(4,29\): (warning|error) RT1004: This RoleId is formatted by its member name"), build.Output);
        Assert.Matches(new Regex(@"Program\.cs\(4,29\): (warning|error) RT1005: An integer is cast to RoleId"), build.Output);
        AssertNoGeneratorLoadFailure(build);

        File.WriteAllText(Path.Combine(folder, "Program.cs"), $$"""
            using {{taxonomyNamespace}};

            System.Console.WriteLine(Roles.TryGet("{{nearest}}", out _));
            """);
        var fixedBuild = PackagesFixture.Dotnet(folder, "build");
        Assert.True(fixedBuild.ExitCode == 0, fixedBuild.Output);
    }

    [Theory]
    [InlineData("netstandard2.0", "")]
    [InlineData("net472", "<PackageReference Include=\"Microsoft.NETFramework.ReferenceAssemblies\" Version=\"1.0.3\" PrivateAssets=\"all\" />")]
    public void A_library_compiles_against_RoleTaxonomy(string targetFramework, string extraReference)
    {
        var folder = _packages.NewProjectFolder("library-" + targetFramework);
        File.WriteAllText(Path.Combine(folder, "Library.csproj"), Project(targetFramework, "Library",
            $"""<PackageReference Include="RoleTaxonomy" Version="{PackagesFixture.Version}" />""" + extraReference));
        File.WriteAllText(Path.Combine(folder, "Uses.cs"), """
            public static class Uses
            {
                public static string Key() => RoleTaxonomy.Roles.Get(RoleTaxonomy.RoleId.DevSecOpsEngineer).Key
                    + RoleTaxonomy.RoleIdExtensions.ToKey(RoleTaxonomy.RoleId.AppSecEngineer);

                // The wire contract holds on netstandard2.0 too: keys in JSON, keys through the TypeConverter.
                public static string Json() => System.Text.Json.JsonSerializer.Serialize(RoleTaxonomy.RoleId.AppSecEngineer)
                    + System.ComponentModel.TypeDescriptor.GetConverter(typeof(RoleTaxonomy.RoleId)).ConvertToInvariantString(RoleTaxonomy.RoleId.DevSecOpsEngineer);
            }
            """);

        var build = PackagesFixture.Dotnet(folder, "build");

        Assert.True(build.ExitCode == 0, build.Output);
        AssertNoGeneratorLoadFailure(build);
    }

    [Fact]
    public void An_app_with_its_own_YAML_gets_typed_code_fails_on_broken_YAML_and_rebuilds_cleanly()
    {
        var folder = _packages.NewProjectFolder("custom-taxonomy");
        File.WriteAllText(Path.Combine(folder, "CustomTaxonomy.csproj"), Project("net10.0", "Exe", $"""
            <PackageReference Include="RoleTaxonomy.Generator" Version="{PackagesFixture.Version}" />
            </ItemGroup>
            <PropertyGroup>
              <RoleTaxonomyNamespace>Contoso.Champions</RoleTaxonomyNamespace>
            </PropertyGroup>
            <ItemGroup>
              <RoleTaxonomyContent Include="taxonomy/**/*.yaml" />
            """));
        // The YAML of the custom-taxonomy sample, as its users write it.
        Directory.CreateDirectory(Path.Combine(folder, "taxonomy"));
        Directory.CreateDirectory(Path.Combine(folder, "config"));
        foreach (var yaml in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "samples", "RoleTaxonomy.CustomTaxonomy", "taxonomy"), "*.yaml"))
        {
            File.Copy(yaml, Path.Combine(folder, "taxonomy", Path.GetFileName(yaml)));
        }

        var rolePath = Path.Combine(folder, "taxonomy", "security-champion.yaml");
        var role = File.ReadAllText(rolePath);
        File.WriteAllText(Path.Combine(folder, "config", "unrelated.yaml"), "this: [is not taxonomy");
        File.WriteAllText(Path.Combine(folder, "Program.cs"), """
            using Contoso.Champions;

            var champion = Roles.SecurityChampion;
            System.Console.WriteLine(champion.Key + "|" + champion.TaskPatterns[0].Title + "|" + RoleId.SecurityChampion.ToKey());
            System.Console.WriteLine("json " + System.Text.Json.JsonSerializer.Serialize(new[] { EscalationPath.AppsecTeam })
                + " " + System.Text.Json.JsonSerializer.Deserialize<RoleId>("\"security-champion\"").ToKey());
            """);

        // c. It builds, and its code uses the generated types.
        var run = PackagesFixture.Dotnet(folder, "run");
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("security-champion|Review the team's risky changes|security-champion", run.Output, System.StringComparison.Ordinal);
        Assert.Contains("json [\"appsec-team\"] security-champion", run.Output, System.StringComparison.Ordinal);
        AssertNoGeneratorLoadFailure(run);

        // e. A rebuild with no change shows no generator failure.
        var rebuild = PackagesFixture.Dotnet(folder, "build --no-restore");
        Assert.True(rebuild.ExitCode == 0, rebuild.Output);
        AssertNoGeneratorLoadFailure(rebuild);

        // d. The same app with a broken YAML fails, at the file, line and column.
        File.WriteAllText(rolePath, role.Replace("name: Security Champion\n", "", System.StringComparison.Ordinal));
        var broken = PackagesFixture.Dotnet(folder, "build --no-restore");
        Assert.NotEqual(0, broken.ExitCode);
        Assert.Matches(new Regex(@"security-champion\.yaml\(2,1\): error RT0002: 'name' is required in a role"), broken.Output);
        AssertNoGeneratorLoadFailure(broken);
    }

    /// <summary>The configuration packages a consumer adds, at the version the repository's own tests use.</summary>
    private static string ConfigurationVersion => PackagesFixture.CentralVersion("Microsoft.Extensions.Configuration.Json");

    private static string Project(string targetFramework, string outputType, string references) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>{targetFramework}</TargetFramework>
            <OutputType>{outputType}</OutputType>
            <Nullable>enable</Nullable>
            <LangVersion>latest</LangVersion>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
            <ImplicitUsings>disable</ImplicitUsings>
          </PropertyGroup>
          <ItemGroup>
            {references}
          </ItemGroup>
        </Project>
        """;

    private static void AssertPrinted(ProcessResult run, params string[] lines)
    {
        foreach (var line in lines)
        {
            Assert.Contains(line, run.Output, System.StringComparison.Ordinal);
        }
    }

    private static void AssertNoGeneratorLoadFailure(ProcessResult result)
    {
        Assert.DoesNotContain("CS8784", result.Output, System.StringComparison.Ordinal);
        Assert.DoesNotContain("CS8785", result.Output, System.StringComparison.Ordinal);
        Assert.DoesNotContain("RT0099", result.Output, System.StringComparison.Ordinal);
    }
}
