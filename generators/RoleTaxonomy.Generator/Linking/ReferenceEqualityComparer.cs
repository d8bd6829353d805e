using System.Collections.Generic;

namespace RoleTaxonomy.Generator.Linking;

/// <summary>
/// Compares by reference: two items with equal content in two files are still two items. Also cheap: the records'
/// own equality compares every field, and sets of thousands of roles ask it often.
/// </summary>
internal sealed class ReferenceEqualityComparer<T> : IEqualityComparer<T>
    where T : class
{
    public static readonly ReferenceEqualityComparer<T> Instance = new();

    public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

    public int GetHashCode(T obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
}
