using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using RoleTaxonomy.Testing;
using Xunit;

namespace RoleTaxonomy.Tests.Infrastructure;

internal delegate bool KeyTryParser<T>(string? key, out T value);

internal delegate bool SpanKeyTryParser<T>(ReadOnlySpan<char> key, out T value);

/// <summary>One generated identity enum, with what its extensions class offers and where its keys and numbers come from.</summary>
internal abstract class EnumKind
{
    /// <summary>The enum.</summary>
    public abstract Type Type { get; }

    /// <summary>The enum's name, which names the theory case.</summary>
    public string Name => Type.Name;

    /// <summary>The vocabulary the enum is the members of; null for the other identities.</summary>
    public abstract VocabularyId? Vocabulary { get; }
}

/// <summary>The generated API of one identity enum, as delegates, so that one generic test covers every enum.</summary>
internal sealed class EnumKind<T> : EnumKind
    where T : struct, Enum
{
    public EnumKind(
        Func<T, string> toKey,
        Func<T, string> toDisplayName,
        Func<T, bool> isDefined,
        Func<string, T> parse,
        KeyTryParser<T> tryParse,
        SpanKeyTryParser<T> tryParseSpan,
        IReadOnlyList<T> values,
        IReadOnlyList<string> keys,
        Func<IReadOnlyList<string>> contentKeys,
        Func<IReadOnlyDictionary<string, int>?> numbers,
        VocabularyId? vocabulary = null)
    {
        ToKey = toKey;
        ToDisplayName = toDisplayName;
        IsDefined = isDefined;
        Parse = parse;
        TryParse = tryParse;
        TryParseSpan = tryParseSpan;
        Values = values;
        Keys = keys;
        ContentKeysSource = contentKeys;
        NumbersSource = numbers;
        Vocabulary = vocabulary;
    }

    public override Type Type => typeof(T);

    public override VocabularyId? Vocabulary { get; }

    public Func<T, string> ToKey { get; }

    public Func<T, string> ToDisplayName { get; }

    public Func<T, bool> IsDefined { get; }

    public Func<string, T> Parse { get; }

    public KeyTryParser<T> TryParse { get; }

    public SpanKeyTryParser<T> TryParseSpan { get; }

    /// <summary>The generated <c>Values</c>.</summary>
    public IReadOnlyList<T> Values { get; }

    /// <summary>The generated <c>Keys</c>.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>The keys in the content's order, read from the catalogs or the schema, not from the enum.</summary>
    public IReadOnlyList<string> ContentKeys => ContentKeysSource();

    /// <summary>The enum's section of content/numbers.yaml, key to number; null for the enums the schema fixes.</summary>
    public IReadOnlyDictionary<string, int>? NumbersFromFile => NumbersSource();

    /// <summary>The enum member with number <paramref name="number"/>, defined or not.</summary>
    public static T FromNumber(int number) => (T)Enum.ToObject(typeof(T), number);

    /// <summary>The number of <paramref name="value"/>.</summary>
    public static int NumberOf(T value) => Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>One past the largest number in use: never a defined value.</summary>
    public int PastTheEnd => Values.Max(NumberOf) + 1;

    private Func<IReadOnlyList<string>> ContentKeysSource { get; }

    private Func<IReadOnlyDictionary<string, int>?> NumbersSource { get; }
}

/// <summary>Every generated identity enum: the theories over enums take their names from here.</summary>
internal static class EnumKinds
{
    public static IReadOnlyList<EnumKind> All { get; } = new EnumKind[]
    {
        new EnumKind<RoleId>(
            RoleIdExtensions.ToKey, RoleIdExtensions.ToDisplayName, RoleIdExtensions.IsDefined, RoleIdExtensions.Parse,
            RoleIdExtensions.TryParse, RoleIdExtensions.TryParse, RoleIdExtensions.Values, RoleIdExtensions.Keys,
            () => Roles.All.Select(r => r.Key).ToList(), () => NumbersFile.Section("roles")),
        new EnumKind<TaskPatternId>(
            TaskPatternIdExtensions.ToKey, TaskPatternIdExtensions.ToDisplayName, TaskPatternIdExtensions.IsDefined, TaskPatternIdExtensions.Parse,
            TaskPatternIdExtensions.TryParse, TaskPatternIdExtensions.TryParse, TaskPatternIdExtensions.Values, TaskPatternIdExtensions.Keys,
            () => TaskPatterns.All.Select(p => p.Key).ToList(), () => NumbersFile.Section("taskPatterns")),
        new EnumKind<VocabularyId>(
            VocabularyIdExtensions.ToKey, VocabularyIdExtensions.ToDisplayName, VocabularyIdExtensions.IsDefined, VocabularyIdExtensions.Parse,
            VocabularyIdExtensions.TryParse, VocabularyIdExtensions.TryParse, VocabularyIdExtensions.Values, VocabularyIdExtensions.Keys,
            () => Vocabularies.All.Select(v => v.Key).ToList(), () => NumbersFile.Section("vocabularies")),
        new EnumKind<Lens>(
            LensExtensions.ToKey, LensExtensions.ToDisplayName, LensExtensions.IsDefined, LensExtensions.Parse,
            LensExtensions.TryParse, LensExtensions.TryParse, LensExtensions.Values, LensExtensions.Keys,
            () => RoleSchema.LensKeys, () => null),
        new EnumKind<Stability>(
            StabilityExtensions.ToKey, StabilityExtensions.ToDisplayName, StabilityExtensions.IsDefined, StabilityExtensions.Parse,
            StabilityExtensions.TryParse, StabilityExtensions.TryParse, StabilityExtensions.Values, StabilityExtensions.Keys,
            () => RoleSchema.StabilityKeys, () => null),
        Vocabulary<Audience>(
            AudienceExtensions.ToKey, AudienceExtensions.ToDisplayName, AudienceExtensions.IsDefined, AudienceExtensions.Parse,
            AudienceExtensions.TryParse, AudienceExtensions.TryParse, AudienceExtensions.Values, AudienceExtensions.Keys,
            VocabularyId.Audiences),
        Vocabulary<HighConsequenceCall>(
            HighConsequenceCallExtensions.ToKey, HighConsequenceCallExtensions.ToDisplayName, HighConsequenceCallExtensions.IsDefined, HighConsequenceCallExtensions.Parse,
            HighConsequenceCallExtensions.TryParse, HighConsequenceCallExtensions.TryParse, HighConsequenceCallExtensions.Values, HighConsequenceCallExtensions.Keys,
            VocabularyId.HighConsequenceCalls),
        Vocabulary<LeverageInstrument>(
            LeverageInstrumentExtensions.ToKey, LeverageInstrumentExtensions.ToDisplayName, LeverageInstrumentExtensions.IsDefined, LeverageInstrumentExtensions.Parse,
            LeverageInstrumentExtensions.TryParse, LeverageInstrumentExtensions.TryParse, LeverageInstrumentExtensions.Values, LeverageInstrumentExtensions.Keys,
            VocabularyId.LeverageInstruments),
        Vocabulary<OperatingModelRisk>(
            OperatingModelRiskExtensions.ToKey, OperatingModelRiskExtensions.ToDisplayName, OperatingModelRiskExtensions.IsDefined, OperatingModelRiskExtensions.Parse,
            OperatingModelRiskExtensions.TryParse, OperatingModelRiskExtensions.TryParse, OperatingModelRiskExtensions.Values, OperatingModelRiskExtensions.Keys,
            VocabularyId.OperatingModelRisks),
        Vocabulary<OwnershipGroup>(
            OwnershipGroupExtensions.ToKey, OwnershipGroupExtensions.ToDisplayName, OwnershipGroupExtensions.IsDefined, OwnershipGroupExtensions.Parse,
            OwnershipGroupExtensions.TryParse, OwnershipGroupExtensions.TryParse, OwnershipGroupExtensions.Values, OwnershipGroupExtensions.Keys,
            VocabularyId.OwnershipGroups),
        Vocabulary<ReportingMetric>(
            ReportingMetricExtensions.ToKey, ReportingMetricExtensions.ToDisplayName, ReportingMetricExtensions.IsDefined, ReportingMetricExtensions.Parse,
            ReportingMetricExtensions.TryParse, ReportingMetricExtensions.TryParse, ReportingMetricExtensions.Values, ReportingMetricExtensions.Keys,
            VocabularyId.ReportingMetrics),
        Vocabulary<TriageOutcome>(
            TriageOutcomeExtensions.ToKey, TriageOutcomeExtensions.ToDisplayName, TriageOutcomeExtensions.IsDefined, TriageOutcomeExtensions.Parse,
            TriageOutcomeExtensions.TryParse, TriageOutcomeExtensions.TryParse, TriageOutcomeExtensions.Values, TriageOutcomeExtensions.Keys,
            VocabularyId.TriageOutcomes),
        Vocabulary<WeaknessClass>(
            WeaknessClassExtensions.ToKey, WeaknessClassExtensions.ToDisplayName, WeaknessClassExtensions.IsDefined, WeaknessClassExtensions.Parse,
            WeaknessClassExtensions.TryParse, WeaknessClassExtensions.TryParse, WeaknessClassExtensions.Values, WeaknessClassExtensions.Keys,
            VocabularyId.WeaknessClasses),
        Vocabulary<WorkClass>(
            WorkClassExtensions.ToKey, WorkClassExtensions.ToDisplayName, WorkClassExtensions.IsDefined, WorkClassExtensions.Parse,
            WorkClassExtensions.TryParse, WorkClassExtensions.TryParse, WorkClassExtensions.Values, WorkClassExtensions.Keys,
            VocabularyId.WorkClasses),
    };

    /// <summary>The name of every enum, as theory data.</summary>
    public static TheoryData<string> Names
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var kind in All)
            {
                data.Add(kind.Name);
            }

            return data;
        }
    }

    /// <summary>The name of every vocabulary's enum, as theory data.</summary>
    public static TheoryData<string> VocabularyNames
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var kind in All.Where(k => k.Vocabulary is not null))
            {
                data.Add(kind.Name);
            }

            return data;
        }
    }

    public static EnumKind Get(string name) => All.Single(kind => kind.Name == name);

    /// <summary>
    /// Runs the private static generic method <paramref name="method"/> of <paramref name="testClass"/> for the enum
    /// named <paramref name="kind"/>, with the <see cref="EnumKind{T}"/> first and then <paramref name="arguments"/>.
    /// A failed assertion propagates as itself.
    /// </summary>
    public static void Run(Type testClass, string method, string kind, params object[] arguments)
    {
        var enumKind = Get(kind);
        var generic = testClass.GetMethod(method, BindingFlags.NonPublic | BindingFlags.Static)
            ?? throw new InvalidOperationException(testClass.Name + " has no private static method " + method);
        try
        {
            generic.MakeGenericMethod(enumKind.Type).Invoke(null, new object[] { enumKind }.Concat(arguments).ToArray());
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(exception.InnerException).Throw();
        }
    }

    private static EnumKind<T> Vocabulary<T>(
        Func<T, string> toKey,
        Func<T, string> toDisplayName,
        Func<T, bool> isDefined,
        Func<string, T> parse,
        KeyTryParser<T> tryParse,
        SpanKeyTryParser<T> tryParseSpan,
        IReadOnlyList<T> values,
        IReadOnlyList<string> keys,
        VocabularyId vocabulary)
        where T : struct, Enum =>
        new(
            toKey, toDisplayName, isDefined, parse, tryParse, tryParseSpan, values, keys,
            () => Vocabularies.Get(vocabulary).Members.Select(m => m.Key).ToList(),
            () => NumbersFile.MemberSection(vocabulary.ToKey()),
            vocabulary);
}

/// <summary>The orders the editor schema fixes: the lenses and the stability levels.</summary>
internal static class RoleSchema
{
    private static readonly Lazy<JsonDocument> Document = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Content, "schema", "role.schema.json"))));

    public static IReadOnlyList<string> LensKeys =>
        Document.Value.RootElement.GetProperty("properties").GetProperty("lenses").GetProperty("required")
            .EnumerateArray().Select(key => key.GetString()!).ToList();

    public static IReadOnlyList<string> StabilityKeys =>
        Document.Value.RootElement.GetProperty("definitions").GetProperty("stability").GetProperty("enum")
            .EnumerateArray().Select(key => key.GetString()!).ToList();
}
