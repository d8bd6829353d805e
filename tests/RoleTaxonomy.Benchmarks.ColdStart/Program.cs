using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace RoleTaxonomy.Benchmarks.ColdStart;

/// <summary>
/// What a process does first with the taxonomy, for ColdStartBenchmarks to time from its start to its exit:
/// <c>empty</c> nothing, <c>catalogs</c> every role and task pattern through the generated catalogs, <c>json FILE</c>
/// the same read from the JSON export, as a tool without the package would. Each prints what it read, so that
/// nothing is left out, and exits with 0.
/// </summary>
public static class Program
{
    public static int Main(string[] args) => args switch
    {
        ["empty"] => 0,
        ["catalogs"] => Print(FromCatalogs()),
        ["json", var path] => Print(FromJson(path)),
        _ => Usage(),
    };

    // One method a mode: the runtime loads RoleTaxonomy.dll or System.Text.Json only when it compiles one that uses them.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int FromCatalogs()
    {
        var characters = 0;
        foreach (var role in Roles.All)
        {
            characters += role.Name.Length;
            foreach (var pattern in role.TaskPatterns)
            {
                characters += pattern.Title.Length;
            }
        }

        return characters;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int FromJson(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var characters = 0;
        foreach (var role in document.RootElement.GetProperty("roles").EnumerateArray())
        {
            characters += role.GetProperty("name").GetString()!.Length;
            foreach (var pattern in role.GetProperty("taskPatterns").EnumerateArray())
            {
                characters += pattern.GetProperty("title").GetString()!.Length;
            }
        }

        return characters;
    }

    private static int Print(int characters)
    {
        Console.WriteLine(characters);
        return 0;
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: empty | catalogs | json FILE");
        return 2;
    }
}
