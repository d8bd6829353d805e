using System;
using System.IO;
using System.Linq;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using RoleTaxonomy;
using Xunit;

namespace RoleTaxonomy.EntityFrameworkCore.Tests;

/// <summary>
/// <c>UseRoleTaxonomyKeys()</c> against a real SQLite database file: the column holds the key as text, a query compares
/// keys, and a stored text that is no key fails on load with a message that names it.
/// </summary>
public sealed class KeyColumnTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "roletaxonomy-ef-" + Guid.NewGuid().ToString("N"));

    public KeyColumnTests() => Directory.CreateDirectory(_folder);

    private string ConnectionString => new SqliteConnectionStringBuilder
    {
        DataSource = Path.Combine(_folder, "triage.db"),
        Pooling = false,
    }.ToString();

    [Fact]
    public void Identities_are_stored_as_their_keys_in_text_columns_and_read_back()
    {
        using (var db = Create())
        {
            db.Findings.Add(new Finding
            {
                Id = 1,
                Role = RoleId.DevSecOpsEngineer,
                Reviewer = RoleId.AppSecEngineer,
                Outcome = TriageOutcome.AcceptedRisk,
                Pattern = TaskPatternId.AppSecFindingTriage,
            });
            db.Findings.Add(new Finding { Id = 2, Role = RoleId.ProductSecurityManager, Outcome = TriageOutcome.BlockRelease, Pattern = TaskPatternId.AppSecCodeAndDesignReview });
            db.SaveChanges();
        }

        Assert.Equal(
            ("devsecops-engineer", "appsec-engineer", "accepted-risk", "appsec-finding-triage"),
            Raw("SELECT Role, Reviewer, Outcome, Pattern FROM Findings WHERE Id = 1", r => (r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3))));
        Assert.True(Raw("SELECT Reviewer IS NULL FROM Findings WHERE Id = 2", r => r.GetBoolean(0)));
        Assert.Equal("TEXT", Raw("SELECT type FROM pragma_table_info('Findings') WHERE name = 'Role'", r => r.GetString(0)));

        using var read = Create();
        var finding = read.Findings.Single(f => f.Id == 1);
        Assert.Equal((RoleId.DevSecOpsEngineer, RoleId.AppSecEngineer, TriageOutcome.AcceptedRisk), (finding.Role, finding.Reviewer, finding.Outcome));
    }

    [Fact]
    public void A_query_compares_keys()
    {
        using (var db = Create())
        {
            db.Findings.AddRange(
                new Finding { Id = 1, Role = RoleId.DevSecOpsEngineer, Outcome = TriageOutcome.BacklogWork, Pattern = TaskPatternId.AppSecFindingTriage },
                new Finding { Id = 2, Role = RoleId.AppSecEngineer, Outcome = TriageOutcome.BacklogWork, Pattern = TaskPatternId.AppSecFindingTriage },
                new Finding { Id = 3, Role = RoleId.DevSecOpsEngineer, Outcome = TriageOutcome.BlockRelease, Pattern = TaskPatternId.AppSecFindingTriage });
            db.SaveChanges();
        }

        using var query = Create();
        var devSecOps = query.Findings.Where(f => f.Role == RoleId.DevSecOpsEngineer);

        Assert.Contains("'devsecops-engineer'", devSecOps.ToQueryString(), StringComparison.Ordinal);
        Assert.Equal(new[] { 1, 3 }, devSecOps.Select(f => f.Id).OrderBy(id => id).ToArray());
    }

    [Fact]
    public void A_stored_text_that_is_not_a_key_fails_on_load_and_names_it()
    {
        using (var db = Create())
        {
            db.Database.ExecuteSqlRaw(
                "INSERT INTO Findings (Id, Role, Outcome, Pattern) VALUES (7, 'appsec-enginer', 'backlog-work', 'appsec-finding-triage')");
        }

        using var read = Create();
        var exception = Assert.ThrowsAny<Exception>(() => read.Findings.Single(f => f.Id == 7));

        var messages = string.Join(" | ", Chain(exception).Select(e => e.Message));
        Assert.Contains("'appsec-enginer' is not a RoleId key; did you mean 'appsec-engineer'?", messages, StringComparison.Ordinal);
    }

    [Fact]
    public void A_teams_own_taxonomy_is_stored_as_its_keys_in_one_line()
    {
        using (var db = new ChampionContext(ConnectionString))
        {
            db.Database.EnsureCreated();
            db.Escalations.Add(new Escalation { Id = 1, Role = Contoso.Champions.RoleId.SecurityChampion, Path = Contoso.Champions.EscalationPath.PlatformTeam });
            db.SaveChanges();
        }

        Assert.Equal(("security-champion", "platform-team"), Raw("SELECT Role, Path FROM Escalations", r => (r.GetString(0), r.GetString(1))));
        using var read = new ChampionContext(ConnectionString);
        Assert.Equal(Contoso.Champions.EscalationPath.PlatformTeam, read.Escalations.Single().Path);
    }

    [Fact]
    public void An_enum_that_is_not_a_taxonomy_identity_is_refused()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => ModelConfigurationBuilderProbe.Configure(b => b.UseTaxonomyKeys<DayOfWeek>()));
        Assert.Contains("System.DayOfWeek is not a taxonomy identity", exception.Message, StringComparison.Ordinal);

        var assembly = Assert.Throws<InvalidOperationException>(() => ModelConfigurationBuilderProbe.Configure(b => b.UseTaxonomyKeys(typeof(object).Assembly)));
        Assert.Contains("holds no enum generated by RoleTaxonomy.Generator", assembly.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private TriageContext Create()
    {
        var db = new TriageContext(ConnectionString);
        db.Database.EnsureCreated();
        return db;
    }

    private T Raw<T>(string sql, Func<SqliteDataReader, T> read)
    {
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read(), "no row for " + sql);
        return read(reader);
    }

    private static System.Collections.Generic.IEnumerable<Exception> Chain(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            yield return current;
        }
    }
}
