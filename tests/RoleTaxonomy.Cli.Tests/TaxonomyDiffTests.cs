using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using RoleTaxonomy.Cli;
using RoleTaxonomy.Generator;
using RoleTaxonomy.Generator.Model;
using RoleTaxonomy.Testing;
using Xunit;

namespace RoleTaxonomy.Cli.Tests;

/// <summary>The diff between two versions of the real content, edited the way authors edit it.</summary>
public sealed class TaxonomyDiffTests
{
    private static readonly GeneratorOptions Options = new("RoleTaxonomy", IsPublic: true, HasNotNullWhenAttribute: true);

    [Fact]
    public void Identical_content_has_no_changes()
    {
        Assert.Empty(TaxonomyDiff.Compare(Load(), Load()));
    }

    [Fact]
    public void Removing_a_member_is_breaking_and_the_pattern_that_referenced_it_changes()
    {
        var after = Load(("vocabularies/triage-outcomes.yaml", "  - key: backlog-work\n    name: backlog work\n", ""),
                         ("roles/appsec-engineer.yaml", "        - backlog-work\n", ""));

        var changes = TaxonomyDiff.Compare(Load(), after);

        var removal = Assert.Single(changes, c => c.Kind == ChangeKind.Removed);
        Assert.Equal(("vocabulary member", "triage-outcomes/backlog-work", true), (removal.ItemKind, removal.Key, removal.IsBreaking));
        var changed = Assert.Single(changes, c => c.Kind == ChangeKind.Changed);
        Assert.Equal(("task pattern", "appsec-finding-triage", false), (changed.ItemKind, changed.Key, changed.IsBreaking));
        Assert.Contains("references", changed.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_key_for_the_same_item_is_a_breaking_rename()
    {
        var after = Load(("roles/appsec-engineer.yaml", "key: appsec-finding-triage", "key: appsec-triage"));

        var change = Assert.Single(TaxonomyDiff.Compare(Load(), after), c => c.ItemKind == "task pattern");

        Assert.Equal(ChangeKind.Renamed, change.Kind);
        Assert.Equal("appsec-triage", change.Key);
        Assert.True(change.IsBreaking);
        Assert.Contains("appsec-finding-triage", change.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Rewording_text_is_a_change_but_not_breaking()
    {
        var after = Load(("roles/product-security-manager.yaml", "centerOfGravity: Team operations and prioritization", "centerOfGravity: Team operations and priorities"));

        var change = Assert.Single(TaxonomyDiff.Compare(Load(), after));

        Assert.Equal((ChangeKind.Changed, "role", "product-security-manager", false), (change.Kind, change.ItemKind, change.Key, change.IsBreaking));
        Assert.Equal("changed: centerOfGravity", change.Detail);
    }

    [Fact]
    public void A_new_CSharp_name_breaks_compiled_consumers()
    {
        var after = Load(("roles/appsec-engineer.yaml", "identifier: AppSecEngineer", "identifier: ApplicationSecurityEngineer"));

        var change = Assert.Single(TaxonomyDiff.Compare(Load(), after), c => c.ItemKind == "role");

        Assert.True(change.IsBreaking);
        Assert.Contains("identifier", change.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_a_member_is_not_breaking_and_the_report_says_so()
    {
        var after = Load(("vocabularies/work-classes.yaml", "  - key: optional\n", "  - key: deferred\n    name: deferred\n  - key: optional\n"));

        var changes = TaxonomyDiff.Compare(Load(), after);

        var added = Assert.Single(changes);
        Assert.Equal((ChangeKind.Added, "work-classes/deferred", false), (added.Kind, added.Key, added.IsBreaking));
        Assert.Equal("added vocabulary member 'work-classes/deferred': 'deferred' was added\n1 change(s), 0 breaking.\n", DiffReport.Text(changes));
        Assert.Contains("### Added\n\n- Added vocabulary member `work-classes/deferred`", DiffReport.Markdown(changes, "v1", "v2"), StringComparison.Ordinal);
    }

    /// <summary>The real content, with each (file, from, to) replacement applied; fails if a replacement does not apply.</summary>
    private static TaxonomyModel Load(params (string File, string From, string To)[] edits)
    {
        var files = Directory.EnumerateFiles(RepositoryPaths.Content, "*.yaml", SearchOption.AllDirectories)
            .Select(path => (Path: Path.GetRelativePath(RepositoryPaths.Content, path).Replace('\\', '/'), Text: File.ReadAllText(path)))
            .ToList();
        foreach (var (file, from, to) in edits)
        {
            var index = files.FindIndex(f => f.Path == file);
            Assert.True(index >= 0 && files[index].Text.Contains(from, StringComparison.Ordinal), $"The edit of {file} does not apply");
            files[index] = (file, files[index].Text.Replace(from, to, StringComparison.Ordinal));
        }

        var result = TaxonomyEngine.Validate(files.Select(f => (f.Path, (string?)f.Text)), Options);
        Assert.True(result.Model is not null, string.Join("\n", result.Diagnostics.Select(d => d.Message)));
        return result.Model!;
    }
}
