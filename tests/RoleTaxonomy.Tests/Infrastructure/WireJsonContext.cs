using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace RoleTaxonomy.Tests.Infrastructure;

/// <summary>What a consumer's DTO holds of an identity: one value, an array, and a dictionary keyed by it.</summary>
/// <typeparam name="T">The identity enum.</typeparam>
public sealed class Holder<T>
    where T : struct, Enum
{
    public T Value { get; set; }

    public T[] Items { get; set; } = Array.Empty<T>();

    public Dictionary<T, int> Counts { get; set; } = new();
}

/// <summary>What a consumer's options class holds of an identity, for configuration binding.</summary>
/// <typeparam name="T">The identity enum.</typeparam>
public sealed class Settings<T>
    where T : struct, Enum
{
    public T Value { get; set; }

    public List<T> Items { get; set; } = new();
}

/// <summary>A consumer's own source-generated context: the library's converters must work in it without reflection.</summary>
[JsonSerializable(typeof(Holder<RoleId>))]
[JsonSerializable(typeof(Holder<TaskPatternId>))]
[JsonSerializable(typeof(Holder<VocabularyId>))]
[JsonSerializable(typeof(Holder<Lens>))]
[JsonSerializable(typeof(Holder<Stability>))]
[JsonSerializable(typeof(Holder<Audience>))]
[JsonSerializable(typeof(Holder<HighConsequenceCall>))]
[JsonSerializable(typeof(Holder<LeverageInstrument>))]
[JsonSerializable(typeof(Holder<OperatingModelRisk>))]
[JsonSerializable(typeof(Holder<OwnershipGroup>))]
[JsonSerializable(typeof(Holder<ReportingMetric>))]
[JsonSerializable(typeof(Holder<TriageOutcome>))]
[JsonSerializable(typeof(Holder<WeaknessClass>))]
[JsonSerializable(typeof(Holder<WorkClass>))]
[JsonSerializable(typeof(Role))]
[JsonSerializable(typeof(IReadOnlyList<Role>))]
[JsonSerializable(typeof(TaskPattern))]
[JsonSerializable(typeof(Vocabulary))]
[JsonSerializable(typeof(VocabularyMember))]
internal sealed partial class WireJsonContext : JsonSerializerContext
{
}
