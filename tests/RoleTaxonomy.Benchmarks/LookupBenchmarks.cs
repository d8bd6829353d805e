using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace RoleTaxonomy.Benchmarks;

/// <summary>
/// The generated run-time API against what code would otherwise use: <see cref="Enum.ToString()"/>,
/// <see cref="Enum.TryParse{TEnum}(string, out TEnum)"/> and dictionaries. Each invocation goes through every role twice,
/// with keys that are copies (as read from the wire), not the generated code's own interned literals.
/// </summary>
[LookupJob]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class LookupBenchmarks
{
    public const string FromId = "from a RoleId";
    public const string FromKey = "from a key";
    private const int Operations = 8;

    private readonly RoleId[] _ids = new RoleId[Operations];
    private readonly string[] _keys = new string[Operations];
    private readonly string[] _names = new string[Operations];
    private Dictionary<RoleId, Role> _rolesById = new();
    private Dictionary<string, Role> _rolesByKey = new(StringComparer.Ordinal);

    [GlobalSetup]
    public void Setup()
    {
        for (var i = 0; i < Operations; i++)
        {
            var role = Roles.All[i % Roles.All.Count];
            _ids[i] = role.Id;
            _keys[i] = new string(role.Key.AsSpan());
            _names[i] = new string(role.Id.ToString().AsSpan());
        }

        _rolesById = Roles.All.ToDictionary(r => r.Id);
        _rolesByKey = Roles.All.ToDictionary(r => new string(r.Key.AsSpan()), StringComparer.Ordinal);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Operations), BenchmarkCategory(FromId)]
    public int EnumToString()
    {
        var length = 0;
        foreach (var id in _ids)
        {
            length += id.ToString().Length;
        }

        return length;
    }

    [Benchmark(OperationsPerInvoke = Operations), BenchmarkCategory(FromId)]
    public int ToKey()
    {
        var length = 0;
        foreach (var id in _ids)
        {
            length += id.ToKey().Length;
        }

        return length;
    }

    [Benchmark(OperationsPerInvoke = Operations), BenchmarkCategory(FromId)]
    public int ToDisplayName()
    {
        var length = 0;
        foreach (var id in _ids)
        {
            length += id.ToDisplayName().Length;
        }

        return length;
    }

    [Benchmark(OperationsPerInvoke = Operations), BenchmarkCategory(FromId)]
    public int RolesGet()
    {
        var length = 0;
        foreach (var id in _ids)
        {
            length += Roles.Get(id).Key.Length;
        }

        return length;
    }

    [Benchmark(OperationsPerInvoke = Operations), BenchmarkCategory(FromId)]
    public int DictionaryById()
    {
        var length = 0;
        foreach (var id in _ids)
        {
            length += _rolesById[id].Key.Length;
        }

        return length;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Operations), BenchmarkCategory(FromKey)]
    public int EnumTryParse()
    {
        var found = 0;
        foreach (var name in _names)
        {
            if (Enum.TryParse<RoleId>(name, out var id))
            {
                found += (int)id;
            }
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Operations), BenchmarkCategory(FromKey)]
    public int TryParse()
    {
        var found = 0;
        foreach (var key in _keys)
        {
            if (RoleIdExtensions.TryParse(key, out var id))
            {
                found += (int)id;
            }
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Operations), BenchmarkCategory(FromKey)]
    public int TryParseSpan()
    {
        var found = 0;
        foreach (var key in _keys)
        {
            if (RoleIdExtensions.TryParse(key.AsSpan(), out var id))
            {
                found += (int)id;
            }
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Operations), BenchmarkCategory(FromKey)]
    public int RolesTryGet()
    {
        var found = 0;
        foreach (var key in _keys)
        {
            if (Roles.TryGet(key, out var role))
            {
                found += (int)role.Id;
            }
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Operations), BenchmarkCategory(FromKey)]
    public int DictionaryByKey()
    {
        var found = 0;
        foreach (var key in _keys)
        {
            if (_rolesByKey.TryGetValue(key, out var role))
            {
                found += (int)role.Id;
            }
        }

        return found;
    }
}
