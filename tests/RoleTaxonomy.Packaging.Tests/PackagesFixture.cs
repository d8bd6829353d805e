using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using RoleTaxonomy.Testing;
using Xunit;

namespace RoleTaxonomy.Packaging.Tests;

/// <summary>
/// Packs both packages once into a temporary feed, with a NuGet packages folder of its own so that no stale
/// cache can hide a broken package. Consumers restore from that feed and the machine's configured registry.
/// </summary>
public sealed class PackagesFixture : IDisposable
{
    public PackagesFixture()
    {
        WorkRoot = Path.Combine(Path.GetTempPath(), "roletaxonomy-packaging-" + Guid.NewGuid().ToString("N")[..8]);
        Feed = Path.Combine(WorkRoot, "feed");
        PackagesFolder = Path.Combine(WorkRoot, "packages");
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(PackagesFolder);

        foreach (var project in new[] { "generators/RoleTaxonomy.Generator/RoleTaxonomy.Generator.csproj", "src/RoleTaxonomy/RoleTaxonomy.csproj", "src/RoleTaxonomy.Cli/RoleTaxonomy.Cli.csproj",
                     "src/RoleTaxonomy.EntityFrameworkCore/RoleTaxonomy.EntityFrameworkCore.csproj", "src/RoleTaxonomy.AspNetCore/RoleTaxonomy.AspNetCore.csproj" })
        {
            var pack = Dotnet(RepositoryPaths.Root, $"pack \"{Path.Combine(RepositoryPaths.Root, project)}\" -c Release -o \"{Feed}\" -p:PackageOutputPath=\"{Feed}\"");
            Assert.True(pack.ExitCode == 0, "dotnet pack failed:\n" + pack.Output);
            PackOutput += pack.Output;
        }

        File.WriteAllText(Path.Combine(WorkRoot, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{PackagesFolder}" />
              </config>
              <packageSources>
                <add key="roletaxonomy-local" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
    }

    public string WorkRoot { get; }

    public string Feed { get; }

    public string PackagesFolder { get; }

    public string PackOutput { get; } = string.Empty;

    /// <summary>The packages' version, from its one source in Directory.Build.props.</summary>
    public static string Version { get; } = System.Xml.Linq.XDocument
        .Load(Path.Combine(RepositoryPaths.Root, "Directory.Build.props"))
        .Descendants("VersionPrefix").Single().Value;

    /// <summary>The version <c>Directory.Packages.props</c> gives a package, so that consumers use what the repository tests with.</summary>
    public static string CentralVersion(string package) => System.Xml.Linq.XDocument
        .Load(Path.Combine(RepositoryPaths.Root, "Directory.Packages.props"))
        .Descendants("PackageVersion")
        .Single(p => (string?)p.Attribute("Include") == package)
        .Attribute("Version")!.Value;

    /// <summary>A new, empty project folder under the fixture's root, which holds the nuget.config.</summary>
    public string NewProjectFolder(string name)
    {
        var folder = Path.Combine(WorkRoot, name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static ProcessResult Dotnet(string workingDirectory, string arguments, int timeoutSeconds = 300) =>
        Run("dotnet", workingDirectory, arguments, timeoutSeconds);

    public static ProcessResult Run(string program, string workingDirectory, string arguments, int timeoutSeconds = 300)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeoutSeconds * 1000))
        {
            process.Kill(entireProcessTree: true);
            return new ProcessResult(-1, $"{program} {arguments} timed out after {timeoutSeconds} s\n{output}");
        }

        process.WaitForExit();
        return new ProcessResult(process.ExitCode, output.ToString());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(WorkRoot, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the temporary folder is left for the OS to clean.
        }
    }
}

public sealed record ProcessResult(int ExitCode, string Output);

[CollectionDefinition(Name)]
public sealed class PackagesGroup : ICollectionFixture<PackagesFixture>
{
    public const string Name = "Packages";
}
