using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json.Serialization;
using RoleTaxonomy.Tests.Infrastructure;
using Xunit;

namespace RoleTaxonomy.Tests;

/// <summary>
/// The numbers of the enums are those of content/numbers.yaml, for ever: this fails when someone renumbers an item,
/// edits the file without the build picking it up, or gives a number to another key.
/// </summary>
public sealed class NumbersFileTests
{
    // The schema fixes these two: neither has items in the content, so neither has a section of the numbers file.
    private static readonly Dictionary<string, int> LensNumbers = new() { ["decisions"] = 1, ["evidence"] = 2, ["conflict"] = 3, ["leverage"] = 4 };

    private static readonly Dictionary<string, int> StabilityNumbers = new() { ["stable"] = 1, ["experimental"] = 2 };

    // The numbers that shipped in 1.0.0. The file is the source the enums are generated from, so comparing the two
    // cannot see a renumbering made in the file itself: this list can. Add to the file; never change a line here.
    private static readonly Dictionary<string, string> ShippedNumbers = new()
    {
        ["RoleId"] = "appsec-engineer=1 devsecops-engineer=2 product-security-manager=3 product-security-director=4",
        ["TaskPatternId"] =
            "appsec-code-and-design-review=1 appsec-finding-triage=2 appsec-secure-design-support=3 appsec-fix-verification=4 " +
            "appsec-reusable-guidance=5 devsecops-cicd-trust-boundaries=6 devsecops-secrets-and-identity=7 devsecops-platform-changes=8 " +
            "devsecops-release-controls=9 devsecops-runtime-investigations=10 manager-intake-and-prioritization=11 " +
            "manager-conflict-unblocking=12 manager-coaching=13 manager-metrics-and-reporting=14 manager-operating-model=15 " +
            "director-roadmap-and-risk=16 director-stakeholder-management=17 director-organizational-design=18 " +
            "director-exceptions-and-incidents=19 director-long-term-leverage=20",
        ["VocabularyId"] =
            "audiences=1 high-consequence-calls=2 leverage-instruments=3 operating-model-risks=4 ownership-groups=5 " +
            "reporting-metrics=6 triage-outcomes=7 weakness-classes=8 work-classes=9",
        ["Lens"] = "decisions=1 evidence=2 conflict=3 leverage=4",
        ["Stability"] = "stable=1 experimental=2",
        ["Audience"] = "newcomers=1 career-switchers=2 mentoring-conversations=3 role-calibration=4 interview-prep=5",
        ["HighConsequenceCall"] =
            "release-with-risk=1 delay-launch=2 escalate-platform-weakness=3 exception-decision=4 severe-incident=5 defend-budget=6",
        ["LeverageInstrument"] =
            "standards=1 staffing-models=2 reusable-controls=3 reporting-packs=4 maturity-plans=5 strong-lieutenants=6",
        ["OperatingModelRisk"] = "unclear-intake=1 too-many-exceptions=2 noisy-tooling=3 role-confusion=4 fragile-on-call=5",
        ["OwnershipGroup"] = "central-team=1 platform=2 product-engineering=3 champions=4 audit-compliance=5",
        ["ReportingMetric"] = "team-load=1 coverage=2 finding-aging=3 blocked-work=4 exception-debt=5",
        ["TriageOutcome"] = "block-release=1 backlog-work=2 accepted-risk=3",
        ["WeaknessClass"] = "ssrf=1 idor=2 injection=3 file-abuse=4 information-disclosure=5",
        ["WorkClass"] = "mandatory=1 optional=2 maturity-building=3",
    };

    [Theory]
    [MemberData(nameof(EnumKinds.Names), MemberType = typeof(EnumKinds))]
    public void Every_number_that_shipped_is_still_that_key_number_in_the_file_and_the_enum(string kind) =>
        EnumKinds.Run(typeof(NumbersFileTests), nameof(ShippedNumbersNeverChange), kind);

    [Theory]
    [MemberData(nameof(EnumKinds.Names), MemberType = typeof(EnumKinds))]
    public void Every_value_has_the_number_the_numbers_file_gives_its_key(string kind) =>
        EnumKinds.Run(typeof(NumbersFileTests), nameof(NumbersMatchTheFile), kind);

    [Fact]
    public void The_numbers_file_has_a_section_for_each_catalog_and_each_vocabulary_and_no_more()
    {
        Assert.Equal(new[] { "kind", "roles", "taskPatterns", "vocabularies", "members" }, NumbersFile.SectionNames);
        Assert.Equal(Vocabularies.All.Select(v => v.Key), NumbersFile.MemberSectionNames);
    }

    [Fact]
    public void Every_generated_identity_enum_is_covered_by_the_theories()
    {
        // An enum with the key converter is an identity: if the generator adds one, EnumKinds must follow.
        var identities = typeof(Role).Assembly.GetExportedTypes()
            .Where(t => t.IsEnum && t.GetCustomAttribute<JsonConverterAttribute>() is not null)
            .OrderBy(t => t.Name, StringComparer.Ordinal);

        Assert.Equal(identities, EnumKinds.All.Select(k => k.Type).OrderBy(t => t.Name, StringComparer.Ordinal));
        Assert.Equal(14, EnumKinds.All.Count);
    }

    [Fact]
    public void Lens_and_Stability_keep_the_numbers_the_schema_order_gives_them()
    {
        Assert.Equal(LensNumbers.Keys, RoleSchema.LensKeys);
        Assert.Equal(StabilityNumbers.Keys, RoleSchema.StabilityKeys);
    }

    private static void ShippedNumbersNeverChange<T>(EnumKind<T> kind)
        where T : struct, Enum
    {
        var file = NumbersOf(kind);
        foreach (var entry in ShippedNumbers[kind.Name].Split(' '))
        {
            var key = entry.Split('=')[0];
            var number = int.Parse(entry.Split('=')[1], System.Globalization.CultureInfo.InvariantCulture);

            Assert.True(file.TryGetValue(key, out var now), "the line of shipped " + kind.Name + " '" + key + "' is gone from numbers.yaml");
            Assert.True(now == number, kind.Name + " '" + key + "' shipped as " + number + ", numbers.yaml now says " + now);
            if (kind.TryParse(key, out var value))
            {
                Assert.Equal(number, EnumKind<T>.NumberOf(value));
            }
            else
            {
                Assert.False(kind.IsDefined(EnumKind<T>.FromNumber(number)), "the number of removed " + kind.Name + " '" + key + "' is used again");
            }
        }
    }

    private static IReadOnlyDictionary<string, int> NumbersOf<T>(EnumKind<T> kind)
        where T : struct, Enum =>
        kind.NumbersFromFile ?? (typeof(T) == typeof(Lens) ? LensNumbers : typeof(T) == typeof(Stability) ? StabilityNumbers : null)
        ?? throw new InvalidOperationException(kind.Name + " has no numbers");

    private static void NumbersMatchTheFile<T>(EnumKind<T> kind)
        where T : struct, Enum
    {
        var file = NumbersOf(kind);

        foreach (var value in kind.Values)
        {
            var key = kind.ToKey(value);
            Assert.True(file.TryGetValue(key, out var number), "numbers.yaml has no number for " + kind.Name + " '" + key + "'");
            Assert.True(number == EnumKind<T>.NumberOf(value), kind.Name + " '" + key + "' is " + EnumKind<T>.NumberOf(value) + ", numbers.yaml says " + number);
        }

        // Numbers start at 1 and are never shared; a key the enum lacks is a removed item, whose number stays unused.
        Assert.All(file.Values, number => Assert.True(number >= 1));
        Assert.Equal(file.Count, file.Values.Distinct().Count());
        foreach (var removed in file.Where(entry => !kind.Keys.Contains(entry.Key)))
        {
            Assert.False(kind.IsDefined(EnumKind<T>.FromNumber(removed.Value)), "the number of removed " + removed.Key + " is used again");
        }
    }
}
