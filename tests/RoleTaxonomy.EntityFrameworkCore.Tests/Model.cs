using System;
using Microsoft.EntityFrameworkCore;
using RoleTaxonomy;

namespace RoleTaxonomy.EntityFrameworkCore.Tests;

public sealed class Finding
{
    public int Id { get; set; }

    public RoleId Role { get; set; }

    public RoleId? Reviewer { get; set; }

    public TriageOutcome Outcome { get; set; }

    public TaskPatternId Pattern { get; set; }
}

public sealed class TriageContext(string connectionString) : DbContext
{
    public DbSet<Finding> Findings => Set<Finding>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseSqlite(connectionString);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) => configurationBuilder.UseRoleTaxonomyKeys();
}

internal sealed class Escalation
{
    public int Id { get; set; }

    public Contoso.Champions.RoleId Role { get; set; }

    public Contoso.Champions.EscalationPath Path { get; set; }
}

internal sealed class ChampionContext(string connectionString) : DbContext
{
    public DbSet<Escalation> Escalations => Set<Escalation>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseSqlite(connectionString);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseTaxonomyKeys(typeof(Contoso.Champions.RoleId).Assembly);
}

/// <summary>Runs a convention on a model of its own, to see what it refuses.</summary>
internal static class ModelConfigurationBuilderProbe
{
    public static void Configure(Action<ModelConfigurationBuilder> configure)
    {
        using var db = new ProbeContext(configure);
        _ = db.Model;
    }

    private sealed class ProbeContext(Action<ModelConfigurationBuilder> configure) : DbContext
    {
        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseSqlite("Data Source=:memory:");

        protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) => configure(configurationBuilder);
    }
}
