using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using RoleTaxonomy;

// Usage: dotnet run --project samples/RoleTaxonomy.Sample [role-key]
// Prints the cross-role comparison table, then the task patterns of one role (AppSec Engineer by default).
Console.OutputEncoding = Encoding.UTF8;

var roleKey = args.Length > 0 ? args[0] : RoleId.AppSecEngineer.ToKey();
if (!Roles.TryGet(roleKey, out var role))
{
    Console.Error.WriteLine($"Unknown role '{roleKey}'. Known roles: {string.Join(", ", Roles.All.Select(r => r.Key))}.");
    return 1;
}

var page = Taxonomy.Page;
Console.WriteLine(page.Title);
Console.WriteLine();
Console.WriteLine(page.Comparison.Title);
Console.WriteLine();

var table = new TextTable(
    page.Comparison.RoleColumn,
    page.Comparison.CenterOfGravityColumn,
    page.Comparison.TypicalOutputColumn,
    page.Comparison.FailureModeColumn);
foreach (var each in Roles.All)
{
    table.AddRow(each.Name, each.CenterOfGravity, string.Join(", ", each.TypicalOutputs), string.Join(", ", each.FailureModes));
}

Console.WriteLine(table.Render(columnWidth: 24));
Console.WriteLine();

Console.WriteLine($"{role.Name} — {page.TaskPatternsTitle}");
Console.WriteLine();
for (var i = 0; i < role.TaskPatterns.Count; i++)
{
    var pattern = role.TaskPatterns[i];
    Console.WriteLine($"{i + 1}. {pattern.Title}  [{pattern.Key}]");
    foreach (var item in pattern.Items)
    {
        Console.WriteLine($"     • {item}");
    }

    if (pattern.References.Count > 0)
    {
        var byVocabulary = pattern.References.GroupBy(member => member.Vocabulary.Name);
        Console.WriteLine("     involves " + string.Join("; ", byVocabulary.Select(g => $"{g.Key.ToLowerInvariant()}: {string.Join(", ", g.Select(m => m.Name))}")));
    }
}

Console.WriteLine();
Console.WriteLine($"{page.OutsidersMissTitle}: {role.OutsidersMiss.Misconception} {role.OutsidersMiss.Reality}");
return 0;

/// <summary>A plain-text table whose cells wrap at word boundaries.</summary>
internal sealed class TextTable
{
    private readonly string[] _headers;
    private readonly List<string[]> _rows = new();

    public TextTable(params string[] headers) => _headers = headers;

    public void AddRow(params string[] cells) => _rows.Add(cells);

    public string Render(int columnWidth)
    {
        var builder = new StringBuilder();
        var rule = "+" + string.Join("+", _headers.Select(_ => new string('-', columnWidth + 2))) + "+";
        builder.AppendLine(rule);
        AppendRow(builder, _headers, columnWidth);
        builder.AppendLine(rule.Replace('-', '='));
        foreach (var row in _rows)
        {
            AppendRow(builder, row, columnWidth);
            builder.AppendLine(rule);
        }

        return builder.ToString().TrimEnd();
    }

    private static void AppendRow(StringBuilder builder, string[] cells, int width)
    {
        var wrapped = cells.Select(cell => Wrap(cell, width)).ToList();
        var height = wrapped.Max(lines => lines.Count);
        for (var line = 0; line < height; line++)
        {
            builder.Append('|');
            foreach (var lines in wrapped)
            {
                builder.Append(' ').Append((line < lines.Count ? lines[line] : string.Empty).PadRight(width)).Append(" |");
            }

            builder.AppendLine();
        }
    }

    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (current.Length > 0 && current.Length + 1 + word.Length > width)
            {
                lines.Add(current.ToString());
                current.Clear();
            }

            current.Append(current.Length > 0 ? " " : string.Empty).Append(word);
        }

        lines.Add(current.ToString());
        return lines;
    }
}
