using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace RoleTaxonomy.EntityFrameworkCore.Tests;

/// <summary>
/// The conventions against a real SQLite database file in a temporary folder: columns hold keys as text, rows load
/// back, queries compare keys, and a stored text that is no key fails on load with a message that names it.
/// </summary>
public sealed class KeyColumnTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "roletaxonomy-ef-" + Guid.NewGuid().ToString("N"));

    public KeyColumnTests() => Directory.CreateDirectory(_folder);

    // No pooling: the folder is deleted after each test, and a pooled connection would keep the file open.
    private string ConnectionString => new SqliteConnectionStringBuilder
    {
        DataSource = Path.Combine(_folder, "taxonomy.db"),
        Pooling = false,
    }.ToString();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Identities_are_stored_as_their_keys_in_text_columns()
    {
        Save(
            new Finding { Id = 1, Role = RoleId.DevSecOpsEngineer, Reviewer = RoleId.AppSecEngineer, Outcome = TriageOutcome.AcceptedRisk, Pattern = TaskPatternId.AppSecFindingTriage },
            new Finding { Id = 2, Role = RoleId.ProductSecurityManager, Reviewer = null, Outcome = TriageOutcome.BlockRelease, Pattern = TaskPatternId.ManagerCoaching });

        Assert.Equal(
            new[] { "1|devsecops-engineer|appsec-engineer|accepted-risk|appsec-finding-triage", "2|product-security-manager|<null>|block-release|manager-coaching" },
            Rows("SELECT Id, Role, Reviewer, Outcome, Pattern FROM Findings ORDER BY Id"));
        Assert.Equal(
            new[] { "Outcome|TEXT|1", "Pattern|TEXT|1", "Reviewer|TEXT|0", "Role|TEXT|1" },
            Rows("SELECT name, type, \"notnull\" FROM pragma_table_info('Findings') WHERE name <> 'Id' ORDER BY name"));
    }

    [Fact]
    public void Stored_keys_load_back_as_the_same_identities()
    {
        Save(
            new Finding { Id = 1, Role = RoleId.DevSecOpsEngineer, Reviewer = RoleId.AppSecEngineer, Outcome = TriageOutcome.AcceptedRisk, Pattern = TaskPatternId.AppSecFindingTriage },
            new Finding { Id = 2, Role = RoleId.ProductSecurityDirector, Reviewer = null, Outcome = TriageOutcome.BacklogWork, Pattern = TaskPatternId.DirectorLongTermLeverage });

        using var db = new TriageContext(ConnectionString);
        var findings = db.Findings.AsNoTracking().OrderBy(f => f.Id).ToList();

        Assert.Equal(
            new[]
            {
                (RoleId.DevSecOpsEngineer, (RoleId?)RoleId.AppSecEngineer, TriageOutcome.AcceptedRisk, TaskPatternId.AppSecFindingTriage),
                (RoleId.ProductSecurityDirector, (RoleId?)null, TriageOutcome.BacklogWork, TaskPatternId.DirectorLongTermLeverage),
            },
            findings.Select(f => (f.Role, f.Reviewer, f.Outcome, f.Pattern)));
    }

    [Fact]
    public void Keys_written_by_hand_load_as_identities()
    {
        Create();
        Execute("INSERT INTO Findings (Id, Role, Reviewer, Outcome, Pattern) VALUES (5, 'appsec-engineer', 'devsecops-engineer', 'backlog-work', 'appsec-fix-verification')");

        using var db = new TriageContext(ConnectionString);
        var finding = db.Findings.Single();

        Assert.Equal((RoleId.AppSecEngineer, (RoleId?)RoleId.DevSecOpsEngineer, TriageOutcome.BacklogWork, TaskPatternId.AppSecFixVerification),
            (finding.Role, finding.Reviewer, finding.Outcome, finding.Pattern));
    }

    [Fact]
    public void A_query_on_an_identity_compares_keys()
    {
        Save(
            new Finding { Id = 1, Role = RoleId.DevSecOpsEngineer, Outcome = TriageOutcome.BacklogWork, Pattern = TaskPatternId.AppSecFindingTriage },
            new Finding { Id = 2, Role = RoleId.AppSecEngineer, Reviewer = RoleId.DevSecOpsEngineer, Outcome = TriageOutcome.BacklogWork, Pattern = TaskPatternId.AppSecFindingTriage },
            new Finding { Id = 3, Role = RoleId.DevSecOpsEngineer, Outcome = TriageOutcome.BlockRelease, Pattern = TaskPatternId.AppSecFindingTriage });

        using var db = new TriageContext(ConnectionString);
        var query = db.Findings.Where(f => f.Role == RoleId.DevSecOpsEngineer);

        Assert.Contains("'devsecops-engineer'", query.ToQueryString(), StringComparison.Ordinal);
        Assert.Equal(new[] { 1, 3 }, query.Select(f => f.Id).OrderBy(id => id).ToArray());
    }

    [Fact]
    public void Queries_with_parameters_nullable_identities_and_lists_compare_keys()
    {
        Save(
            new Finding { Id = 1, Role = RoleId.DevSecOpsEngineer, Reviewer = RoleId.AppSecEngineer, Outcome = TriageOutcome.BacklogWork, Pattern = TaskPatternId.AppSecFindingTriage },
            new Finding { Id = 2, Role = RoleId.AppSecEngineer, Outcome = TriageOutcome.AcceptedRisk, Pattern = TaskPatternId.AppSecFindingTriage },
            new Finding { Id = 3, Role = RoleId.ProductSecurityManager, Reviewer = RoleId.AppSecEngineer, Outcome = TriageOutcome.BlockRelease, Pattern = TaskPatternId.AppSecFindingTriage });

        using var db = new TriageContext(ConnectionString);
        var outcome = TriageOutcome.BlockRelease;
        var outcomes = new[] { TriageOutcome.AcceptedRisk, TriageOutcome.BlockRelease };

        Assert.Equal(new[] { 3 }, db.Findings.Where(f => f.Outcome == outcome).Select(f => f.Id).ToArray());
        Assert.Equal(new[] { 1, 3 }, db.Findings.Where(f => f.Reviewer == RoleId.AppSecEngineer).Select(f => f.Id).OrderBy(id => id).ToArray());
        Assert.Equal(new[] { 2 }, db.Findings.Where(f => f.Reviewer == null).Select(f => f.Id).ToArray());
        Assert.Equal(new[] { 2, 3 }, db.Findings.Where(f => outcomes.Contains(f.Outcome)).Select(f => f.Id).OrderBy(id => id).ToArray());
        Assert.Equal(
            new[] { "accepted-risk", "backlog-work", "block-release" },
            db.Findings.Select(f => f.Outcome).Distinct().AsEnumerable().Select(o => o.ToKey()).OrderBy(k => k, StringComparer.Ordinal));
    }

    [Fact]
    public void A_stored_text_that_is_not_a_key_fails_on_load_and_names_it()
    {
        Create();
        Execute("INSERT INTO Findings (Id, Role, Outcome, Pattern) VALUES (7, 'appsec-enginer', 'backlog-work', 'appsec-finding-triage')");

        using var db = new TriageContext(ConnectionString);
        var exception = Assert.ThrowsAny<Exception>(() => db.Findings.Single(f => f.Id == 7));

        var messages = string.Join(" | ", Chain(exception).Select(e => e.Message));
        Assert.Contains("'appsec-enginer'", messages, StringComparison.Ordinal);
        Assert.Contains("'appsec-engineer'", messages, StringComparison.Ordinal);
        Assert.Contains(Chain(exception), e => e is FormatException);
    }

    [Fact]
    public void A_member_name_or_number_in_the_column_is_not_a_key()
    {
        Create();
        Execute("INSERT INTO Findings (Id, Role, Outcome, Pattern) VALUES (8, 'AppSecEngineer', 'backlog-work', 'appsec-finding-triage')");
        Execute("INSERT INTO Findings (Id, Role, Outcome, Pattern) VALUES (9, '1', 'backlog-work', 'appsec-finding-triage')");

        using var db = new TriageContext(ConnectionString);

        Assert.Contains("'AppSecEngineer'", string.Join(" | ", Chain(Assert.ThrowsAny<Exception>(() => db.Findings.Single(f => f.Id == 8))).Select(e => e.Message)), StringComparison.Ordinal);
        Assert.Contains("'1'", string.Join(" | ", Chain(Assert.ThrowsAny<Exception>(() => db.Findings.Single(f => f.Id == 9))).Select(e => e.Message)), StringComparison.Ordinal);
    }

    [Fact]
    public void An_identity_that_names_no_item_is_not_saved()
    {
        Create();
        using var db = new TriageContext(ConnectionString);
        db.Findings.Add(new Finding { Id = 1, Role = default, Outcome = TriageOutcome.BacklogWork, Pattern = TaskPatternId.AppSecFindingTriage });

        var exception = Assert.ThrowsAny<Exception>(() => db.SaveChanges());

        Assert.Contains(Chain(exception), e => e is ArgumentOutOfRangeException);
        Assert.Empty(Rows("SELECT Id FROM Findings"));
    }

    [Fact]
    public void An_identity_can_be_the_primary_key()
    {
        Create();
        using (var db = new TriageContext(ConnectionString))
        {
            db.RoleOwners.AddRange(
                new RoleOwner { Role = RoleId.AppSecEngineer, Owner = "appsec" },
                new RoleOwner { Role = RoleId.DevSecOpsEngineer, Owner = "platform" });
            db.SaveChanges();
        }

        Assert.Equal(new[] { "appsec-engineer|appsec", "devsecops-engineer|platform" }, Rows("SELECT Role, Owner FROM RoleOwners ORDER BY Role"));
        using var read = new TriageContext(ConnectionString);
        Assert.Equal("platform", read.RoleOwners.Find(RoleId.DevSecOpsEngineer)!.Owner);
    }

    [Fact]
    public void Key_columns_are_sized_to_the_longest_key()
    {
        using var db = new TriageContext(ConnectionString);
        var entity = db.Model.FindEntityType(typeof(Finding))!;

        foreach (var name in new[] { nameof(Finding.Role), nameof(Finding.Reviewer), nameof(Finding.Outcome), nameof(Finding.Pattern) })
        {
            var property = entity.FindProperty(name)!;
            Assert.Equal(RoleTaxonomyModelConfigurationBuilderExtensions.MaxKeyLength, property.GetMaxLength());
            Assert.Equal(typeof(string), property.GetTypeMapping().Converter?.ProviderClrType);
        }

        Assert.Equal(128, RoleTaxonomyModelConfigurationBuilderExtensions.MaxKeyLength);
        Assert.True(RoleIdExtensions.Keys.Concat(TaskPatternIdExtensions.Keys).All(k => k.Length <= RoleTaxonomyModelConfigurationBuilderExtensions.MaxKeyLength));
    }

    [Fact]
    public void UseTaxonomyKeys_of_one_enum_stores_only_that_enum_as_keys()
    {
        using (var db = new TriageContext(ConnectionString, static b => b.UseTaxonomyKeys<TriageOutcome>()))
        {
            db.Database.EnsureCreated();
            db.Findings.Add(new Finding { Id = 1, Role = RoleId.DevSecOpsEngineer, Reviewer = RoleId.AppSecEngineer, Outcome = TriageOutcome.AcceptedRisk, Pattern = TaskPatternId.AppSecFindingTriage });
            db.SaveChanges();
        }

        // The outcome is its key; the other identities keep EF's default, their number.
        Assert.Equal(new[] { "accepted-risk|2|1|2" }, Rows("SELECT Outcome, Role, Reviewer, Pattern FROM Findings"));
        using var read = new TriageContext(ConnectionString, static b => b.UseTaxonomyKeys<TriageOutcome>());
        Assert.Equal(TriageOutcome.AcceptedRisk, read.Findings.Single(f => f.Outcome == TriageOutcome.AcceptedRisk).Outcome);
    }

    [Fact]
    public void A_teams_own_taxonomy_is_stored_as_its_keys_in_one_line()
    {
        using (var db = new GuildContext(ConnectionString))
        {
            db.Database.EnsureCreated();
            db.Reviews.AddRange(
                new Review { Id = 1, Role = Contoso.Guild.RoleId.GuildReviewer, Verdict = Contoso.Guild.ReviewVerdict.ChangesRequested, Appeal = Contoso.Guild.ReviewVerdict.EscalatedToAppsec },
                new Review { Id = 2, Role = Contoso.Guild.RoleId.GuildReviewer, Verdict = Contoso.Guild.ReviewVerdict.Approved });
            db.SaveChanges();
        }

        Assert.Equal(
            new[] { "1|guild-reviewer|changes-requested|escalated-to-appsec", "2|guild-reviewer|approved|<null>" },
            Rows("SELECT Id, Role, Verdict, Appeal FROM Reviews ORDER BY Id"));
        Assert.Equal(new[] { "Appeal|TEXT", "Role|TEXT", "Verdict|TEXT" }, Rows("SELECT name, type FROM pragma_table_info('Reviews') WHERE name <> 'Id' ORDER BY name"));

        using var read = new GuildContext(ConnectionString);
        var approved = read.Reviews.Where(r => r.Verdict == Contoso.Guild.ReviewVerdict.Approved);
        Assert.Contains("'approved'", approved.ToQueryString(), StringComparison.Ordinal);
        Assert.Equal(new[] { 2 }, approved.Select(r => r.Id).ToArray());
        Assert.Equal(Contoso.Guild.ReviewVerdict.EscalatedToAppsec, read.Reviews.Single(r => r.Id == 1).Appeal);
    }

    [Fact]
    public void A_teams_own_taxonomy_refuses_a_stored_text_that_is_not_its_key()
    {
        using (var db = new GuildContext(ConnectionString))
        {
            db.Database.EnsureCreated();
        }

        // A key of the RoleTaxonomy package is not a key of the team's taxonomy.
        Execute("INSERT INTO Reviews (Id, Role, Verdict) VALUES (1, 'appsec-engineer', 'approved')");

        using var read = new GuildContext(ConnectionString);
        var exception = Assert.ThrowsAny<Exception>(() => read.Reviews.Single());
        Assert.Contains("'appsec-engineer'", string.Join(" | ", Chain(exception).Select(e => e.Message)), StringComparison.Ordinal);
    }

    private void Create()
    {
        using var db = new TriageContext(ConnectionString);
        db.Database.EnsureCreated();
    }

    private void Save(params Finding[] findings)
    {
        using var db = new TriageContext(ConnectionString);
        db.Database.EnsureCreated();
        db.Findings.AddRange(findings);
        db.SaveChanges();
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var command = new SqliteCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    /// <summary>Every row of <paramref name="sql"/> read with ADO.NET, its columns joined by '|'; NULL as <c>&lt;null&gt;</c>.</summary>
    private List<string> Rows(string sql)
    {
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var command = new SqliteCommand(sql, connection);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "<null>" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }

        return rows;
    }

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            yield return current;
        }
    }
}
