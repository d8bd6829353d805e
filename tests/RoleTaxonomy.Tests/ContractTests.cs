using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Xunit;

namespace RoleTaxonomy.Tests;

/// <summary>The shape of the generated API: names, order, lookups and identity of the catalogs.</summary>
public sealed class ContractTests
{
    private static readonly RoleId[] ExpectedRoleOrder =
    {
        RoleId.AppSecEngineer,
        RoleId.DevSecOpsEngineer,
        RoleId.ProductSecurityManager,
        RoleId.ProductSecurityDirector,
    };

    private static readonly string[] ExpectedRoleNames =
    {
        "AppSecEngineer", "DevSecOpsEngineer", "ProductSecurityManager", "ProductSecurityDirector",
    };

    private static readonly string[] ExpectedRoleKeys =
    {
        "appsec-engineer", "devsecops-engineer", "product-security-manager", "product-security-director",
    };

    private static readonly string[] ExpectedRoleDisplayNames =
    {
        "AppSec Engineer", "DevSecOps Engineer", "Product Security Manager", "Product Security Director",
    };

    [Fact]
    public void Taxonomy_version_is_the_package_version()
    {
        var version = typeof(Roles).Assembly.GetName().Version!;

        Assert.Equal($"{version.Major}.{version.Minor}.{version.Build}", Taxonomy.Version);
    }

    [Fact]
    public void Every_public_type_lives_in_the_RoleTaxonomy_namespace_or_its_Export_namespace()
    {
        var assembly = typeof(Role).Assembly;
        Assert.Equal("RoleTaxonomy", assembly.GetName().Name);

        var exported = assembly.GetExportedTypes();
        Assert.NotEmpty(exported);
        Assert.All(exported, type => Assert.True(type.Namespace is "RoleTaxonomy" or "RoleTaxonomy.Export", type.FullName));

        foreach (var type in new[]
                 {
                     typeof(Role), typeof(TaskPattern), typeof(Vocabulary), typeof(VocabularyMember), typeof(LensTexts),
                     typeof(OutsiderView), typeof(TaxonomyPage), typeof(Roles), typeof(TaskPatterns), typeof(Vocabularies),
                     typeof(Taxonomy), typeof(RoleId), typeof(TaskPatternId), typeof(VocabularyId), typeof(Lens),
                 })
        {
            Assert.Contains(type, exported);
        }
    }

    [Fact]
    public void RoleId_has_exactly_the_four_roles_in_page_order()
    {
        Assert.Equal(
            ExpectedRoleNames,
            Enum.GetNames<RoleId>());
        Assert.Equal(ExpectedRoleOrder, Enum.GetValues<RoleId>());
        Assert.Equal(Enumerable.Range(1, 4), Enum.GetValues<RoleId>().Select(v => (int)v));
        Assert.False(Enum.IsDefined(default(RoleId)));
    }

    [Fact]
    public void Roles_All_has_the_four_roles_in_order_each_with_five_task_patterns()
    {
        Assert.Equal(ExpectedRoleOrder, Roles.All.Select(r => r.Id));
        Assert.Equal(
            ExpectedRoleKeys,
            Roles.All.Select(r => r.Key));
        Assert.Equal(
            ExpectedRoleDisplayNames,
            Roles.All.Select(r => r.Name));
        Assert.All(Roles.All, role => Assert.Equal(5, role.TaskPatterns.Count));
        Assert.Same(Roles.All, Taxonomy.Page.Roles);
    }

    [Fact]
    public void Roles_Get_returns_the_role_with_that_id_for_every_value()
    {
        foreach (var id in Enum.GetValues<RoleId>())
        {
            var role = Roles.Get(id);
            Assert.Equal(id, role.Id);
            Assert.Same(Roles.All.Single(r => r.Id == id), role);
        }
    }

    [Theory]
    [InlineData(99)]
    [InlineData(5)]
    [InlineData(0)]
    [InlineData(-1)]
    public void Roles_Get_throws_for_an_undefined_id(int value)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Roles.Get((RoleId)value));
        Assert.Equal("id", exception.ParamName);
    }

    [Fact]
    public void Roles_TryGet_finds_every_role_by_its_key()
    {
        foreach (var role in Roles.All)
        {
            Assert.True(Roles.TryGet(role.Key, out var found), "Roles.TryGet did not find " + role.Key);
            Assert.Same(role, found);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("security-champion")]
    [InlineData("AppSecEngineer")]
    [InlineData("AppSec-Engineer")]
    [InlineData("APPSEC-ENGINEER")]
    [InlineData("Product-Security-Director")]
    [InlineData(" appsec-engineer")]
    [InlineData("appsec-engineer ")]
    [InlineData("appsec_engineer")]
    public void Roles_TryGet_fails_for_unknown_null_or_differently_cased_keys(string? key)
    {
        Assert.False(Roles.TryGet(key, out var found));
        Assert.Null(found);
    }

    [Fact]
    public void Roles_TryGet_is_case_sensitive_for_every_key()
    {
        foreach (var role in Roles.All)
        {
            Assert.False(Roles.TryGet(role.Key.ToUpperInvariant(), out _), role.Key.ToUpperInvariant());
            var capitalized = char.ToUpperInvariant(role.Key[0]) + role.Key[1..];
            Assert.False(Roles.TryGet(capitalized, out _), capitalized);
        }
    }

    [Fact]
    public void Typed_role_properties_are_the_instances_Get_returns()
    {
        Assert.Same(Roles.Get(RoleId.AppSecEngineer), Roles.AppSecEngineer);
        Assert.Same(Roles.Get(RoleId.DevSecOpsEngineer), Roles.DevSecOpsEngineer);
        Assert.Same(Roles.Get(RoleId.ProductSecurityManager), Roles.ProductSecurityManager);
        Assert.Same(Roles.Get(RoleId.ProductSecurityDirector), Roles.ProductSecurityDirector);
    }

    [Fact]
    public void Every_typed_catalog_property_is_the_instance_Get_returns()
    {
        AssertTypedPropertiesMatchGet<Role, RoleId>(typeof(Roles), Roles.Get, 4);
        AssertTypedPropertiesMatchGet<TaskPattern, TaskPatternId>(typeof(TaskPatterns), TaskPatterns.Get, 20);
    }

    [Fact]
    public void Each_task_pattern_agrees_with_its_owning_role()
    {
        foreach (var role in Roles.All)
        {
            foreach (var pattern in role.TaskPatterns)
            {
                Assert.Equal(role.Id, pattern.RoleId);
                Assert.Same(role, pattern.Role);
                Assert.Same(TaskPatterns.Get(pattern.Id), pattern);
            }
        }
    }

    [Fact]
    public void TaskPatterns_All_is_in_role_order_and_every_pattern_belongs_to_exactly_one_role()
    {
        var byRole = Roles.All.SelectMany(r => r.TaskPatterns).ToList();
        Assert.Equal(20, TaskPatterns.All.Count);
        Assert.Equal(byRole.Count, TaskPatterns.All.Count);
        for (var i = 0; i < byRole.Count; i++)
        {
            Assert.Same(byRole[i], TaskPatterns.All[i]);
            Assert.Equal(i + 1, (int)TaskPatterns.All[i].Id);
        }

        foreach (var pattern in TaskPatterns.All)
        {
            Assert.Single(Roles.All, role => role.TaskPatterns.Any(p => ReferenceEquals(p, pattern)));
        }

        Assert.Equal(TaskPatterns.All.Count, TaskPatterns.All.Select(p => p.Key).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Enum.GetValues<TaskPatternId>(), TaskPatterns.All.Select(p => p.Id));
    }

    [Fact]
    public void TaskPatterns_Get_and_TryGet_find_every_pattern_and_reject_the_rest()
    {
        foreach (var pattern in TaskPatterns.All)
        {
            Assert.Same(pattern, TaskPatterns.Get(pattern.Id));
            Assert.True(TaskPatterns.TryGet(pattern.Key, out var found), pattern.Key);
            Assert.Same(pattern, found);
            Assert.False(TaskPatterns.TryGet(pattern.Key.ToUpperInvariant(), out _));
        }

        Assert.False(TaskPatterns.TryGet(null, out var none));
        Assert.Null(none);
        Assert.False(TaskPatterns.TryGet("appsec-engineer", out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => TaskPatterns.Get((TaskPatternId)99));
        Assert.Throws<ArgumentOutOfRangeException>(() => TaskPatterns.Get((TaskPatternId)21));
        Assert.Throws<ArgumentOutOfRangeException>(() => TaskPatterns.Get(default));
    }

    [Fact]
    public void Vocabularies_Get_and_TryGet_find_every_vocabulary_and_reject_the_rest()
    {
        Assert.Equal(Enum.GetValues<VocabularyId>(), Vocabularies.All.Select(v => v.Id));
        foreach (var vocabulary in Vocabularies.All)
        {
            Assert.Same(vocabulary, Vocabularies.Get(vocabulary.Id));
            Assert.True(Vocabularies.TryGet(vocabulary.Key, out var found), vocabulary.Key);
            Assert.Same(vocabulary, found);
            Assert.False(Vocabularies.TryGet(vocabulary.Key.ToUpperInvariant(), out _));
            for (var i = 0; i < vocabulary.Members.Count; i++)
            {
                Assert.Equal(vocabulary.Id, vocabulary.Members[i].VocabularyId);
                Assert.Same(vocabulary, vocabulary.Members[i].Vocabulary);
            }
        }

        Assert.False(Vocabularies.TryGet(null, out var none));
        Assert.Null(none);
        Assert.Throws<ArgumentOutOfRangeException>(() => Vocabularies.Get((VocabularyId)99));
    }

    [Fact]
    public void Lens_texts_are_looked_up_by_lens_and_reject_undefined_lenses()
    {
        var lenses = Roles.AppSecEngineer.Lenses;
        Assert.Same(lenses.Decisions, lenses.Get(Lens.Decisions));
        Assert.Same(lenses.Evidence, lenses.Get(Lens.Evidence));
        Assert.Same(lenses.Conflict, lenses.Get(Lens.Conflict));
        Assert.Same(lenses.Leverage, lenses.Get(Lens.Leverage));
        Assert.Equal(4, Enum.GetValues<Lens>().Select(lenses.Get).Distinct(StringComparer.Ordinal).Count());
        Assert.Throws<ArgumentOutOfRangeException>(() => lenses.Get((Lens)99));
    }

    private static void AssertTypedPropertiesMatchGet<TItem, TId>(Type catalog, Func<TId, TItem> get, int expectedCount)
        where TItem : class
        where TId : struct, Enum
    {
        var properties = catalog
            .GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(TItem))
            .ToList();

        Assert.Equal(expectedCount, properties.Count);
        Assert.Equal(Enum.GetNames<TId>().OrderBy(n => n, StringComparer.Ordinal), properties.Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal));
        foreach (var property in properties)
        {
            var id = Enum.Parse<TId>(property.Name);
            Assert.Same(get(id), property.GetValue(null));
        }
    }

    [Fact]
    public void Every_list_of_the_catalogs_is_read_only_even_through_a_cast()
    {
        // The generated catalogs pass arrays to the constructors, which must not hand them out as they are.
        static void AssertReadOnly<T>(IReadOnlyList<T> list, string what)
        {
            var asList = Assert.IsAssignableFrom<IList<T>>(list);
            Assert.True(asList.IsReadOnly, what);
            Assert.IsNotType<T[]>(list);
            if (asList.Count > 0)
            {
                Assert.Throws<NotSupportedException>(() => asList[0] = asList[0]);
            }
        }

        foreach (var role in Roles.All)
        {
            AssertReadOnly(role.TypicalOutputs, $"{role.Key}: TypicalOutputs");
            AssertReadOnly(role.FailureModes, $"{role.Key}: FailureModes");
            AssertReadOnly(role.TaskPatterns, $"{role.Key}: TaskPatterns");
            foreach (var pattern in role.TaskPatterns)
            {
                AssertReadOnly(pattern.Paragraphs, $"{pattern.Key}: Paragraphs");
                AssertReadOnly(pattern.Items, $"{pattern.Key}: Items");
                AssertReadOnly(pattern.References, $"{pattern.Key}: References");
            }
        }

        AssertReadOnly(Taxonomy.Page.Audiences, "page: Audiences");
        AssertReadOnly(Taxonomy.Page.ReadWith, "page: ReadWith");
    }
}
