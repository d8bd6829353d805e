using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace RoleTaxonomy.Analyzers.Tests;

/// <summary>RT1004 (an identity formatted by its member name) with its ToKey() fix, and RT1005 (an integer cast to one).</summary>
public sealed class IdentityValueTests
{
    /// <summary>
    /// Microsoft.Extensions.Logging's shapes, as the test has no package: the analyzer knows formatting methods by their
    /// <c>message</c> or <c>format</c> parameter and <c>[LoggerMessage]</c> by its full name.
    /// </summary>
    private const string Logging = """
        namespace Microsoft.Extensions.Logging
        {
            public interface ILogger { }

            public static class LoggerExtensions
            {
                public static void LogInformation(this ILogger logger, string? message, params object?[] args) { }
            }

            [System.AttributeUsage(System.AttributeTargets.Method)]
            public sealed class LoggerMessageAttribute : System.Attribute
            {
                public LoggerMessageAttribute(int eventId, int level, string message) { }
            }
        }
        """;

    private static DiagnosticResult Formatted(int marker, string kind) =>
        new DiagnosticResult("RT1004", DiagnosticSeverity.Warning).WithLocation(marker).WithArguments(kind);

    private static DiagnosticResult Cast(int marker, string kind) =>
        new DiagnosticResult("RT1005", DiagnosticSeverity.Warning).WithLocation(marker).WithArguments(kind);

    private static CSharpCodeFixTest<IdentityValueAnalyzer, CallToKeyFix, DefaultVerifier> Test(
        string source, string? fixedSource = null, bool withOwnTaxonomy = false)
    {
        var test = Verifier.Test<IdentityValueAnalyzer, CallToKeyFix>(source, withOwnTaxonomy, fixedSource);
        test.TestState.Sources.Add(("Logging.cs", Logging));
        if (fixedSource is not null)
        {
            test.FixedState.Sources.Add(("Logging.cs", Logging));
        }

        return test;
    }

    [Fact]
    public async Task Interpolation_concatenation_and_ToString_are_warnings_and_become_ToKey()
    {
        var test = Test(
            """
            using RoleTaxonomy;

            public static class Uses
            {
                public static string Interpolated(RoleId id) => $"role {{|#0:id|}}";
                public static string Concatenated(Role role) => "role " + {|#1:role.Id|} + ".";
                public static string Named(TaskPatternId pattern) => {|#2:pattern.ToString()|};
                public static string Conditional(bool first) => $"{({|#3:first ? RoleId.AppSecEngineer : RoleId.DevSecOpsEngineer|})}";
            }
            """,
            """
            using RoleTaxonomy;

            public static class Uses
            {
                public static string Interpolated(RoleId id) => $"role {id.ToKey()}";
                public static string Concatenated(Role role) => "role " + role.Id.ToKey() + ".";
                public static string Named(TaskPatternId pattern) => pattern.ToKey();
                public static string Conditional(bool first) => $"{(first ? RoleId.AppSecEngineer : RoleId.DevSecOpsEngineer).ToKey()}";
            }
            """);
        test.ExpectedDiagnostics.Add(Formatted(0, "RoleId"));
        test.ExpectedDiagnostics.Add(Formatted(1, "RoleId"));
        test.ExpectedDiagnostics.Add(Formatted(2, "TaskPatternId"));
        test.ExpectedDiagnostics.Add(Formatted(3, "RoleId"));

        await test.RunAsync();
    }

    [Fact]
    public async Task Logging_and_composite_format_arguments_are_warnings_and_the_fix_adds_the_using()
    {
        var test = Test(
            """
            using Microsoft.Extensions.Logging;

            public static class Uses
            {
                public static void Log(ILogger logger, RoleTaxonomy.RoleId id, RoleTaxonomy.TaskPatternId pattern)
                {
                    logger.LogInformation("Assigned {Role} to {Pattern}", {|#0:id|}, {|#1:pattern|});
                    System.Console.WriteLine(string.Format("{0}", {|#2:id|}));
                }
            }
            """,
            """
            using Microsoft.Extensions.Logging;
            using RoleTaxonomy;

            public static class Uses
            {
                public static void Log(ILogger logger, RoleTaxonomy.RoleId id, RoleTaxonomy.TaskPatternId pattern)
                {
                    logger.LogInformation("Assigned {Role} to {Pattern}", id.ToKey(), pattern.ToKey());
                    System.Console.WriteLine(string.Format("{0}", id.ToKey()));
                }
            }
            """);
        test.ExpectedDiagnostics.Add(Formatted(0, "RoleId"));
        test.ExpectedDiagnostics.Add(Formatted(1, "TaskPatternId"));
        test.ExpectedDiagnostics.Add(Formatted(2, "RoleId"));

        await test.RunAsync();
    }

    [Fact]
    public async Task A_LoggerMessage_parameter_of_an_identity_is_a_warning_at_the_parameter()
    {
        const string Source = """
            using Microsoft.Extensions.Logging;
            using RoleTaxonomy;

            public static partial class Log
            {
                [LoggerMessage(1, 2, "Assigned {Role}")]
                public static void Assigned(ILogger logger, RoleId {|#0:role|}) { }

                [LoggerMessage(2, 2, "Assigned {Role}")]
                public static void AssignedKey(ILogger logger, string role) { }
            }
            """;
        var test = Test(Source);
        test.ExpectedDiagnostics.Add(Formatted(0, "RoleId"));

        await test.RunAsync();
    }

    [Fact]
    public async Task Keys_display_names_numbers_formatted_on_purpose_and_other_enums_give_nothing()
    {
        var test = Test("""
            using RoleTaxonomy;

            public static class Uses
            {
                public static string Fine(RoleId id, Role role, System.DayOfWeek day) =>
                    $"{id.ToKey()} {id.ToDisplayName()} {role.Name} {role.Key} {day} {(int)id}" + day + day.ToString()
                    + string.Format("{0}", role.Name) + System.Enum.GetName(typeof(System.DayOfWeek), day);
            }
            """);

        await test.RunAsync();
    }

    [Fact]
    public async Task An_integer_cast_to_an_identity_is_a_warning_and_a_cast_from_it_is_not()
    {
        var test = Test("""
            using RoleTaxonomy;

            public static class Uses
            {
                public static RoleId Second() => {|#0:(RoleId)2|};
                public static TaskPatternId FromStorage(long stored) => {|#1:(TaskPatternId)stored|};
                public static int Number(RoleId id) => (int)id;
                public static RoleId Member() => RoleId.DevSecOpsEngineer;
                public static System.DayOfWeek Day() => (System.DayOfWeek)2;
            }
            """);
        test.ExpectedDiagnostics.Add(Cast(0, "RoleId"));
        test.ExpectedDiagnostics.Add(Cast(1, "TaskPatternId"));

        await test.RunAsync();
    }

    [Fact]
    public async Task A_teams_own_internal_identities_are_checked_and_fixed_in_their_namespace()
    {
        var test = Test(
            """
            namespace Contoso.Champions.Reports
            {
                internal static class Uses
                {
                    public static string Line(EscalationPath path) => "path: " + {|#0:path|};
                    public static RoleId First() => {|#1:(RoleId)1|};
                }
            }
            """,
            """
            namespace Contoso.Champions.Reports
            {
                internal static class Uses
                {
                    public static string Line(EscalationPath path) => "path: " + path.ToKey();
                    public static RoleId First() => {|#1:(RoleId)1|};
                }
            }
            """,
            withOwnTaxonomy: true);
        test.ExpectedDiagnostics.Add(Formatted(0, "EscalationPath"));
        test.ExpectedDiagnostics.Add(Cast(1, "RoleId"));
        test.FixedState.ExpectedDiagnostics.Add(Cast(1, "RoleId"));

        await test.RunAsync();
    }
}
