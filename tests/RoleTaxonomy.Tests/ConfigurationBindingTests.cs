using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Extensions.Configuration;
using RoleTaxonomy.Tests.Infrastructure;
using Xunit;

namespace RoleTaxonomy.Tests;

/// <summary>Options bound from JSON configuration (Microsoft.Extensions.Configuration.Binder) read keys, through the type converter.</summary>
public sealed class ConfigurationBindingTests
{
    public sealed class TriageOptions
    {
        public RoleId DefaultRole { get; set; }

        public List<TriageOutcome> Outcomes { get; set; } = new();
    }

    public sealed class KeyedOptions
    {
        public Dictionary<RoleId, int> Weights { get; set; } = new();
    }

    [Fact]
    public void Triage_options_bind_a_role_and_outcomes_from_their_keys()
    {
        var options = Configuration("""{ "Triage": { "DefaultRole": "appsec-engineer", "Outcomes": ["backlog-work"] } }""")
            .GetSection("Triage").Get<TriageOptions>()!;

        Assert.Equal(RoleId.AppSecEngineer, options.DefaultRole);
        Assert.Equal(new[] { TriageOutcome.BacklogWork }, options.Outcomes);
    }

    [Fact]
    public void Triage_options_refuse_a_member_name_with_an_inner_exception_naming_it()
    {
        var exception = Assert.Throws<InvalidOperationException>(() =>
            Configuration("""{ "Triage": { "DefaultRole": "AppSecEngineer" } }""").GetSection("Triage").Get<TriageOptions>());

        Assert.Contains("'Triage:DefaultRole'", exception.Message, StringComparison.Ordinal);
        var inner = Assert.IsType<FormatException>(exception.InnerException);
        Assert.Equal("'AppSecEngineer' is not a RoleId key; did you mean 'appsec-engineer'?", inner.Message);
    }

    [Fact]
    public void Triage_options_left_out_of_configuration_are_no_item()
    {
        var options = new TriageOptions();
        Configuration("""{ "Triage": { "Outcomes": [] } }""").GetSection("Triage").Bind(options);

        Assert.Equal(default, options.DefaultRole);
        Assert.False(options.DefaultRole.IsDefined());
        Assert.Empty(options.Outcomes);
    }

    [Theory]
    [MemberData(nameof(EnumKinds.Names), MemberType = typeof(EnumKinds))]
    public void Every_enum_binds_from_its_key_as_a_value_and_in_a_list(string kind) =>
        EnumKinds.Run(typeof(ConfigurationBindingTests), nameof(BindsKeys), kind);

    [Theory]
    [MemberData(nameof(EnumKinds.Names), MemberType = typeof(EnumKinds))]
    public void Every_enum_refuses_a_member_name_a_number_or_an_empty_value_naming_it(string kind) =>
        EnumKinds.Run(typeof(ConfigurationBindingTests), nameof(RefusesWhatIsNotAKey), kind);

    [Theory]
    [MemberData(nameof(EnumKinds.Names), MemberType = typeof(EnumKinds))]
    public void Every_enum_left_out_of_configuration_is_default_which_is_not_defined(string kind) =>
        EnumKinds.Run(typeof(ConfigurationBindingTests), nameof(LeavesDefault), kind);

    [Fact]
    public void A_member_name_in_a_list_is_dropped_silently_unless_the_binder_is_told_to_fail()
    {
        // The binder swallows a list element that fails to convert: that is the binder's behaviour, not the library's.
        const string json = """{ "Triage": { "Outcomes": ["BacklogWork", "accepted-risk"] } }""";
        var lenient = Configuration(json).GetSection("Triage").Get<TriageOptions>()!;
        Assert.Equal(new[] { TriageOutcome.AcceptedRisk }, lenient.Outcomes);

        var exception = Assert.Throws<InvalidOperationException>(() =>
            Configuration(json).GetSection("Triage").Get<TriageOptions>(binder => binder.ErrorOnUnknownConfiguration = true));
        var conversion = Assert.IsType<InvalidOperationException>(exception.InnerException);
        Assert.Contains("'BacklogWork'", conversion.Message, StringComparison.Ordinal);
        Assert.Contains("'Triage:Outcomes:0'", conversion.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dictionary_keys_do_not_bind_from_keys_because_the_binder_parses_them_as_member_names()
    {
        // The binder turns a configuration key into an enum dictionary key with Enum.Parse (ignoring case), not the
        // type converter: a key is dropped, and the member name binds. Bind a Dictionary<string, int> and Parse the
        // keys instead. If this changes, enum-keyed dictionaries in options become part of the contract.
        var byKey = Configuration("""{ "Options": { "Weights": { "appsec-engineer": 3 } } }""").GetSection("Options").Get<KeyedOptions>()!;
        Assert.Empty(byKey.Weights);

        var byName = Configuration("""{ "Options": { "Weights": { "AppSecEngineer": 3 } } }""").GetSection("Options").Get<KeyedOptions>()!;
        Assert.Equal(3, byName.Weights[RoleId.AppSecEngineer]);

        var strict = Assert.Throws<InvalidOperationException>(() =>
            Configuration("""{ "Options": { "Weights": { "appsec-engineer": 3 } } }""").GetSection("Options")
                .Get<KeyedOptions>(binder => binder.ErrorOnUnknownConfiguration = true));
        Assert.Contains("'appsec-engineer'", strict.InnerException!.Message, StringComparison.Ordinal);

        var asStrings = Configuration("""{ "Weights": { "appsec-engineer": 3 } }""").GetSection("Weights").Get<Dictionary<string, int>>()!;
        Assert.Equal(RoleId.AppSecEngineer, RoleIdExtensions.Parse(asStrings.Keys.Single()));
    }

    private static void BindsKeys<T>(EnumKind<T> kind)
        where T : struct, Enum
    {
        var json = "{ \"Settings\": { \"Value\": \"" + kind.ContentKeys[^1] + "\", \"Items\": [" +
                   string.Join(", ", kind.ContentKeys.Select(key => "\"" + key + "\"")) + "] } }";

        var settings = Configuration(json).GetSection("Settings").Get<Settings<T>>()!;

        Assert.Equal(kind.Values[^1], settings.Value);
        Assert.Equal(kind.Values, settings.Items);
    }

    private static void RefusesWhatIsNotAKey<T>(EnumKind<T> kind)
        where T : struct, Enum
    {
        var value = kind.Values[0];
        var number = EnumKind<T>.NumberOf(value).ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (text, nearest) in new[] { (value.ToString(), (string?)kind.ToKey(value)), (number, null), (string.Empty, null) })
        {
            var exception = Assert.Throws<InvalidOperationException>(() =>
                Configuration("{ \"Settings\": { \"Value\": \"" + text + "\" } }").GetSection("Settings").Get<Settings<T>>());

            Assert.Contains("'Settings:Value'", exception.Message, StringComparison.Ordinal);
            var inner = Assert.IsType<FormatException>(exception.InnerException);
            Assert.StartsWith("'" + text + "' is not a " + kind.Name + " key", inner.Message, StringComparison.Ordinal);
            if (nearest is not null)
            {
                Assert.EndsWith("did you mean '" + nearest + "'?", inner.Message, StringComparison.Ordinal);
            }
        }
    }

    private static void LeavesDefault<T>(EnumKind<T> kind)
        where T : struct, Enum
    {
        var settings = Configuration("{ \"Settings\": { \"Items\": [\"" + kind.Keys[0] + "\"] } }").GetSection("Settings").Get<Settings<T>>()!;

        Assert.Equal(default, settings.Value);
        Assert.False(kind.IsDefined(settings.Value));
        Assert.Equal(new[] { kind.Values[0] }, settings.Items);
    }

    private static IConfiguration Configuration(string json) =>
        new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();
}
