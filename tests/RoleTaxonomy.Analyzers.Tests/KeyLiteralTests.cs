using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace RoleTaxonomy.Analyzers.Tests;

/// <summary>RT1001 and RT1002: constant keys in the code that uses a taxonomy, checked against its keys at compile time.</summary>
public sealed class KeyLiteralTests
{
    internal static DiagnosticResult Known(int marker, string text, string kind, string member) =>
        new DiagnosticResult("RT1003", DiagnosticSeverity.Info).WithLocation(marker).WithArguments(text, kind, member);

    private static DiagnosticResult NotAKey(int marker, string text, string kind, string hint) =>
        new DiagnosticResult("RT1001", DiagnosticSeverity.Error).WithLocation(marker).WithArguments(text, kind, hint);

    [Fact]
    public async Task A_mistyped_key_passed_to_TryGet_is_an_error_at_the_literal_naming_the_nearest_key()
    {
        var test = Verifier.Test("""
            using RoleTaxonomy;

            public static class Uses
            {
                public static bool Find() => Roles.TryGet({|#0:"appsec-enginer"|}, out _);
            }
            """);
        test.ExpectedDiagnostics.Add(NotAKey(0, "appsec-enginer", "RoleId", "; did you mean 'appsec-engineer'?"));
        test.FixedCode = """
            using RoleTaxonomy;

            public static class Uses
            {
                public static bool Find() => Roles.TryGet({|#0:"appsec-engineer"|}, out _);
            }
            """;

        await test.RunAsync();
    }

    [Fact]
    public async Task Parse_TryParse_of_the_enum_and_of_the_key_type_and_comparisons_with_Key_are_checked()
    {
        var test = Verifier.Test("""
            using RoleTaxonomy;

            public static class Uses
            {
                public static RoleId Parse() => RoleIdExtensions.Parse({|#0:"AppSecEngineer"|});
                public static bool TryParse() => TaskPatternIdExtensions.TryParse({|#1:"appsec-finding-triag"|}, out _);
                public static bool Key() => RoleKey.TryParse({|#2:"devsecops"|}, out _);
                public static bool Compare(Role role) => role.Key == {|#3:"devsecops-engineeer"|} || {|#4:"nope"|} != role.Key;
                public static bool Vocabulary(Vocabulary vocabulary) => vocabulary.Key == {|#5:"triage-outcome"|};
            }
            """);
        test.ExpectedDiagnostics.Add(NotAKey(0, "AppSecEngineer", "RoleId", "; did you mean 'appsec-engineer'?"));
        test.ExpectedDiagnostics.Add(NotAKey(1, "appsec-finding-triag", "TaskPatternId", "; did you mean 'appsec-finding-triage'?"));
        test.ExpectedDiagnostics.Add(NotAKey(2, "devsecops", "RoleId",
            "; the keys are 'appsec-engineer', 'devsecops-engineer', 'product-security-manager', 'product-security-director'"));
        test.ExpectedDiagnostics.Add(NotAKey(3, "devsecops-engineeer", "RoleId", "; did you mean 'devsecops-engineer'?"));
        test.ExpectedDiagnostics.Add(NotAKey(4, "nope", "RoleId",
            "; the keys are 'appsec-engineer', 'devsecops-engineer', 'product-security-manager', 'product-security-director'"));
        test.ExpectedDiagnostics.Add(NotAKey(5, "triage-outcome", "VocabularyId", "; did you mean 'triage-outcomes'?"));
        test.CodeActionValidationMode = CodeActionValidationMode.None;
        test.FixedCode = """
            using RoleTaxonomy;

            public static class Uses
            {
                public static RoleId Parse() => RoleIdExtensions.Parse({|#10:"appsec-engineer"|});
                public static bool TryParse() => TaskPatternIdExtensions.TryParse({|#11:"appsec-finding-triage"|}, out _);
                public static bool Key() => RoleKey.TryParse({|#2:"devsecops"|}, out _);
                public static bool Compare(Role role) => role.Key == {|#13:"devsecops-engineer"|} || {|#4:"nope"|} != role.Key;
                public static bool Vocabulary(Vocabulary vocabulary) => vocabulary.Key == {|#15:"triage-outcomes"|};
            }
            """;
        test.FixedState.ExpectedDiagnostics.Add(NotAKey(2, "devsecops", "RoleId",
            "; the keys are 'appsec-engineer', 'devsecops-engineer', 'product-security-manager', 'product-security-director'"));
        test.FixedState.ExpectedDiagnostics.Add(NotAKey(4, "nope", "RoleId",
            "; the keys are 'appsec-engineer', 'devsecops-engineer', 'product-security-manager', 'product-security-director'"));

        await test.RunAsync();
    }

    [Fact]
    public async Task Variables_unmarked_strings_and_other_comparisons_give_nothing()
    {
        var test = Verifier.Test("""
            using RoleTaxonomy;

            public static class Uses
            {
                public static bool Variable(string key) => Roles.TryGet(key, out _);
                public static bool Unmarked(Role role) => role.Name == "appsec-enginer" && string.Equals("x", "y");
                public static RoleId Null() => RoleIdExtensions.TryParse(null, out var id) ? id : default;
            }
            """);

        await test.RunAsync();
    }

    [Fact]
    public async Task A_teams_own_internal_taxonomy_in_another_namespace_is_checked_the_same_way()
    {
        var test = Verifier.Test(
            """
            using Contoso.Champions;

            internal static class Uses
            {
                public static bool Find() => Roles.TryGet({|#0:"security-champoin"|}, out _);
                public static EscalationPath Path() => EscalationPathExtensions.Parse({|#1:"appsec_team"|});
            }
            """,
            withOwnTaxonomy: true);
        test.ExpectedDiagnostics.Add(NotAKey(0, "security-champoin", "RoleId", "; did you mean 'security-champion'?"));
        test.ExpectedDiagnostics.Add(NotAKey(1, "appsec_team", "EscalationPath", "; did you mean 'appsec-team'?"));

        await test.RunAsync();
    }

    [Fact]
    public async Task A_deprecated_items_key_is_a_warning_with_the_deprecation_and_its_replacement()
    {
        var test = Verifier.Test(
            """
            using Contoso.Champions;

            internal static class Uses
            {
                public static EscalationPath Path() => EscalationPathExtensions.Parse({|#0:"security-guild"|});
            }
            """,
            withOwnTaxonomy: true);
        test.ExpectedDiagnostics.Add(new DiagnosticResult("RT1002", DiagnosticSeverity.Warning).WithLocation(0)
            .WithArguments("security-guild", "EscalationPath", "The guild channel is archived. Use EscalationPath.AppsecTeam instead."));

        await test.RunAsync();
    }
}
