using System;
using Microsoft.EntityFrameworkCore;

namespace RoleTaxonomy.EntityFrameworkCore.Tests;

/// <summary>An entity with identities of the RoleTaxonomy package, one of them nullable.</summary>
public sealed class Finding
{
    public int Id { get; set; }

    public RoleId Role { get; set; }

    public RoleId? Reviewer { get; set; }

    public TriageOutcome Outcome { get; set; }

    public TaskPatternId Pattern { get; set; }
}

/// <summary>An entity keyed by an identity: one row per role.</summary>
public sealed class RoleOwner
{
    public RoleId Role { get; set; }

    public string Owner { get; set; } = "";
}

/// <summary>A context that opens a database file and configures its conventions as it is told.</summary>
public class FileContext(string connectionString, Action<ModelConfigurationBuilder> conventions) : DbContext
{
    internal Action<ModelConfigurationBuilder> Conventions { get; } = conventions;

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.UseSqlite(connectionString)
            .ReplaceService<Microsoft.EntityFrameworkCore.Infrastructure.IModelCacheKeyFactory, ConventionsModelCacheKey>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) => Conventions(configurationBuilder);
}

/// <summary>The one line a user writes: <c>UseRoleTaxonomyKeys()</c>.</summary>
public sealed class TriageContext(string connectionString, Action<ModelConfigurationBuilder>? conventions = null)
    : FileContext(connectionString, conventions ?? (b => b.UseRoleTaxonomyKeys()))
{
    public DbSet<Finding> Findings => Set<Finding>();

    public DbSet<RoleOwner> RoleOwners => Set<RoleOwner>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<RoleOwner>().HasKey(o => o.Role);
}

/// <summary>Caches a model per context type and conventions: one context type is built with several conventions.</summary>
internal sealed class ConventionsModelCacheKey : Microsoft.EntityFrameworkCore.Infrastructure.IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        (context.GetType(), (context as FileContext)?.Conventions, designTime);
}

/// <summary>An entity with identities of the tests' own taxonomy (generated internal, in Contoso.Guild).</summary>
internal sealed class Review
{
    public int Id { get; set; }

    public Contoso.Guild.RoleId Role { get; set; }

    public Contoso.Guild.ReviewVerdict Verdict { get; set; }

    public Contoso.Guild.ReviewVerdict? Appeal { get; set; }
}

/// <summary>A team's context: its own taxonomy in one line.</summary>
internal sealed class GuildContext(string connectionString)
    : FileContext(connectionString, b => b.UseTaxonomyKeys(typeof(Contoso.Guild.ReviewVerdict).Assembly))
{
    public DbSet<Review> Reviews => Set<Review>();
}
