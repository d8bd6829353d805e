using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using RoleTaxonomy.Generator.Tests.Infrastructure;
using RoleTaxonomy.Testing;
using Xunit;

namespace RoleTaxonomy.Generator.Tests;

/// <summary>
/// The same content gives byte-identical output whatever the machine: its culture, the order the build lists the
/// files in, and the line endings the files were checked out with.
/// </summary>
public sealed class DeterminismTests
{
    /// <summary>
    /// Real content plus keys whose capitals differ in Turkish ('i' → 'İ' under tr-TR's ToUpper), numbered by the
    /// numbers file the harness writes for all of it.
    /// </summary>
    private static List<YamlFile> Content() => YamlFile.RealContent()
        .Where(f => !f.Path.EndsWith("/numbers.yaml", StringComparison.Ordinal))
        .Append(new YamlFile("taxonomy/turkish.yaml", Fixtures.Vocabulary
            .Replace("key: outcomes", "key: istanbul-items", StringComparison.Ordinal)
            .Replace("typeName: Outcome", "typeName: Item", StringComparison.Ordinal)
            .Replace("key: fixed", "key: i-fixed", StringComparison.Ordinal)))
        .ToList();

    [Fact]
    public void Output_is_byte_identical_under_Turkish_and_invariant_cultures()
    {
        var invariant = WithCulture(CultureInfo.InvariantCulture, () => Output(GeneratorHarness.Run(Content(), "")));
        var turkish = WithCulture(CultureInfo.GetCultureInfo("tr-TR"), () => Output(GeneratorHarness.Run(Content(), "")));

        Assert.Contains("IstanbulItems", Encoding.UTF8.GetString(invariant), StringComparison.Ordinal);
        Assert.Equal(invariant, turkish);
    }

    [Fact]
    public void Diagnostics_read_the_same_under_Turkish_and_invariant_cultures()
    {
        var broken = Content().Append(new YamlFile("taxonomy/broken.yaml", "kind: vocabulary\nkey: Istanbul\nnmae: x\n")).ToList();

        var invariant = WithCulture(CultureInfo.InvariantCulture, () => Messages(GeneratorHarness.Run(broken, "")));
        var turkish = WithCulture(CultureInfo.GetCultureInfo("tr-TR"), () => Messages(GeneratorHarness.Run(broken, "")));

        Assert.NotEmpty(invariant);
        Assert.Equal(invariant, turkish);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Output_is_byte_identical_whatever_the_order_of_the_files(int seed)
    {
        var files = Content();
        var shuffled = files.ToArray();
        new Random(seed).Shuffle(shuffled);

        Assert.NotEqual(files.Select(f => f.Path), shuffled.Select(f => f.Path));
        Assert.Equal(Output(GeneratorHarness.Run(files, "")), Output(GeneratorHarness.Run(shuffled, "")));
    }

    [Fact]
    public void Diagnostics_come_in_the_same_order_whatever_the_order_of_the_files()
    {
        var files = Content().Append(new YamlFile("taxonomy/broken.yaml", "kind: vocabulary\nkey: Istanbul\nnmae: x\n")).ToArray();
        var shuffled = files.ToArray();
        new Random(7).Shuffle(shuffled);

        Assert.Equal(Messages(GeneratorHarness.Run(files, "")), Messages(GeneratorHarness.Run(shuffled, "")));
    }

    [Fact]
    public void Output_is_byte_identical_with_CRLF_and_with_LF_input()
    {
        var lf = Content().Select(f => f with { Text = f.Text!.Replace("\r\n", "\n", StringComparison.Ordinal) }).ToList();
        var crlf = lf.Select(f => f with { Text = f.Text!.Replace("\n", "\r\n", StringComparison.Ordinal) }).ToList();

        Assert.Contains(crlf, f => f.Text!.Contains("|-\r\n", StringComparison.Ordinal));
        Assert.Equal(Output(GeneratorHarness.Run(lf, "")), Output(GeneratorHarness.Run(crlf, "")));
    }

    [Fact]
    public void Diagnostics_sit_on_the_same_lines_and_columns_with_CRLF_and_with_LF_input()
    {
        var lf = Fixtures.Role.Replace("name: Security Champion", "name: \"\"", StringComparison.Ordinal).Replace("summary:", "sumary:", StringComparison.Ordinal);
        var crlf = lf.Replace("\n", "\r\n", StringComparison.Ordinal);

        Assert.Equal(Places(GeneratorHarness.Run(Fixtures.WithRole(lf))), Places(GeneratorHarness.Run(Fixtures.WithRole(crlf))));
    }

    private static byte[] Output(GeneratorRun run)
    {
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.True(run.Sources.Length > 10, "the run generates the taxonomy's files");
        var text = string.Concat(run.Sources.Select(s => s.HintName + "\n" + s.SourceText));
        return Encoding.UTF8.GetBytes(text);
    }

    private static List<string> Messages(GeneratorRun run) =>
        run.GeneratorDiagnostics.Select(d => d.ToString()).ToList();

    private static List<string> Places(GeneratorRun run) =>
        run.GeneratorDiagnostics.Select(d => d.Id + d.Location.GetLineSpan().Span).ToList();

    private static T WithCulture<T>(CultureInfo culture, Func<T> action)
    {
        var (culture0, uiCulture0) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture0;
            CultureInfo.CurrentUICulture = uiCulture0;
        }
    }
}
