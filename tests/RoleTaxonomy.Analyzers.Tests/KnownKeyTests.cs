using System.Threading.Tasks;
using Xunit;
using static RoleTaxonomy.Analyzers.Tests.KeyLiteralTests;

namespace RoleTaxonomy.Analyzers.Tests;

/// <summary>RT1003: a constant that is a current item's key, and its fix to the typed member that says the same.</summary>
public sealed class KnownKeyTests
{
    private static Microsoft.CodeAnalysis.CSharp.Testing.CSharpCodeFixTest<KnownKeyAnalyzer, UseTypedMemberFix, Microsoft.CodeAnalysis.Testing.DefaultVerifier> Test(
        string source, string fixedSource, bool withOwnTaxonomy = false) =>
        Verifier.Test<KnownKeyAnalyzer, UseTypedMemberFix>(source, withOwnTaxonomy, fixedSource);

    [Fact]
    public async Task A_comparison_with_Key_becomes_a_comparison_of_the_Id_with_the_member_either_way_round()
    {
        var test = Test(
            """
            using RoleTaxonomy;

            public static class Uses
            {
                public static bool IsAppSec(Role role) => role.Key == {|#0:"appsec-engineer"|};
                public static bool IsNotDirector(Role role) => {|#1:"product-security-director"|} != role.Key;
                public static bool IsAudiences(Vocabulary vocabulary) => vocabulary.Key == {|#2:"audiences"|};
            }
            """,
            """
            using RoleTaxonomy;

            public static class Uses
            {
                public static bool IsAppSec(Role role) => role.Id == RoleId.AppSecEngineer;
                public static bool IsNotDirector(Role role) => RoleId.ProductSecurityDirector != role.Id;
                public static bool IsAudiences(Vocabulary vocabulary) => vocabulary.Id == VocabularyId.Audiences;
            }
            """);
        test.ExpectedDiagnostics.Add(Known(0, "appsec-engineer", "RoleId", "AppSecEngineer"));
        test.ExpectedDiagnostics.Add(Known(1, "product-security-director", "RoleId", "ProductSecurityDirector"));
        test.ExpectedDiagnostics.Add(Known(2, "audiences", "VocabularyId", "Audiences"));

        await test.RunAsync();
    }

    [Fact]
    public async Task Parse_of_a_known_key_becomes_the_member_of_the_enum_or_of_the_key_type()
    {
        var test = Test(
            """
            using RoleTaxonomy;

            public static class Uses
            {
                public static RoleId Id() => RoleIdExtensions.Parse({|#0:"devsecops-engineer"|});
                public static RoleKey Key() => RoleKey.Parse({|#1:"product-security-manager"|});
            }
            """,
            """
            using RoleTaxonomy;

            public static class Uses
            {
                public static RoleId Id() => RoleId.DevSecOpsEngineer;
                public static RoleKey Key() => RoleKey.From(RoleId.ProductSecurityManager);
            }
            """);
        test.ExpectedDiagnostics.Add(Known(0, "devsecops-engineer", "RoleId", "DevSecOpsEngineer"));
        test.ExpectedDiagnostics.Add(Known(1, "product-security-manager", "RoleId", "ProductSecurityManager"));

        await test.RunAsync();
    }

    [Fact]
    public async Task TryGet_of_a_known_key_as_an_if_condition_becomes_the_catalogs_item_and_the_body()
    {
        var test = Test(
            """
            using RoleTaxonomy;

            public static class Uses
            {
                public static string Name()
                {
                    if (Roles.TryGet({|#0:"appsec-engineer"|}, out var role))
                    {
                        return role.Name;
                    }
                    else
                    {
                        return "unknown";
                    }
                }
            }
            """,
            """
            using RoleTaxonomy;

            public static class Uses
            {
                public static string Name()
                {
                    var role = Roles.AppSecEngineer;
                    return role.Name;
                }
            }
            """);
        test.ExpectedDiagnostics.Add(Known(0, "appsec-engineer", "RoleId", "AppSecEngineer"));

        await test.RunAsync();
    }

    [Fact]
    public async Task TryParse_and_TryGet_as_statements_become_a_declaration_or_an_assignment()
    {
        var test = Test(
            """
            using RoleTaxonomy;

            public static class Uses
            {
                public static string Keys()
                {
                    TaskPatternIdExtensions.TryParse({|#0:"appsec-finding-triage"|}, out TaskPatternId pattern);
                    Vocabulary? vocabulary;
                    Vocabularies.TryGet({|#1:"audiences"|}, out vocabulary);
                    RoleKey.TryParse({|#2:"appsec-engineer"|}, out var key);
                    return pattern.ToKey() + vocabulary.Key + key;
                }
            }
            """,
            """
            using RoleTaxonomy;

            public static class Uses
            {
                public static string Keys()
                {
                    TaskPatternId pattern = TaskPatternId.AppSecFindingTriage;
                    Vocabulary? vocabulary;
                    vocabulary = Vocabularies.Get(VocabularyId.Audiences);
                    var key = RoleKey.From(RoleId.AppSecEngineer);
                    return pattern.ToKey() + vocabulary.Key + key;
                }
            }
            """);
        test.ExpectedDiagnostics.Add(Known(0, "appsec-finding-triage", "TaskPatternId", "AppSecFindingTriage"));
        test.ExpectedDiagnostics.Add(Known(1, "audiences", "VocabularyId", "Audiences"));
        test.ExpectedDiagnostics.Add(Known(2, "appsec-engineer", "RoleId", "AppSecEngineer"));

        await test.RunAsync();
    }

    [Fact]
    public async Task A_known_key_whose_call_is_used_as_a_value_is_reported_and_left_as_it_is()
    {
        // TryGet's bool and a second argument are part of what the code means: no rewrite says the same.
        const string Source = """
            using RoleTaxonomy;

            public static class Uses
            {
                public static bool Found() => Roles.TryGet({|#0:"appsec-engineer"|}, out _);
            }
            """;
        var test = Test(Source, Source);
        test.ExpectedDiagnostics.Add(Known(0, "appsec-engineer", "RoleId", "AppSecEngineer"));
        test.FixedState.ExpectedDiagnostics.Add(Known(0, "appsec-engineer", "RoleId", "AppSecEngineer"));

        await test.RunAsync();
    }

    [Fact]
    public async Task A_teams_own_internal_taxonomy_gets_the_same_fix_in_its_namespace()
    {
        var test = Test(
            """
            using Contoso.Champions;

            internal static class Uses
            {
                public static RoleId Id() => RoleIdExtensions.Parse({|#0:"security-champion"|});
            }
            """,
            """
            using Contoso.Champions;

            internal static class Uses
            {
                public static RoleId Id() => RoleId.SecurityChampion;
            }
            """,
            withOwnTaxonomy: true);
        test.ExpectedDiagnostics.Add(Known(0, "security-champion", "RoleId", "SecurityChampion"));

        await test.RunAsync();
    }
}
