using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using RoleTaxonomy.Cli;
using RoleTaxonomy.Generator;
using RoleTaxonomy.Generator.Linking;
using RoleTaxonomy.Generator.Model;
using RoleTaxonomy.Testing;
using Xunit;

namespace RoleTaxonomy.Cli.Tests;

/// <summary>The diff between two versions of the real content, edited the way authors edit it.</summary>
public sealed class TaxonomyDiffTests
{
    private static readonly GeneratorOptions Options = new("RoleTaxonomy", IsPublic: true, TargetFeatures.All);

    [Fact]
    public void Identical_content_has_no_changes()
    {
        Assert.Empty(TaxonomyDiff.Compare(Load(), Load()));
    }

    [Fact]
    public void Swapping_two_roles_in_the_page_changes_no_number()
    {
        var after = Load(("taxonomy.yaml", "  - appsec-engineer\n  - devsecops-engineer\n", "  - devsecops-engineer\n  - appsec-engineer\n"));

        Assert.Equal("devsecops-engineer", after.Roles[0].Key);
        Assert.Empty(TaxonomyDiff.Compare(Load(), after));
    }

    [Fact]
    public void A_changed_number_is_breaking_for_each_key_it_moves()
    {
        var after = Load(("numbers.yaml", "  appsec-engineer: 1\n  devsecops-engineer: 2\n", "  appsec-engineer: 2\n  devsecops-engineer: 1\n"));

        var changes = TaxonomyDiff.Compare(Load(), after);

        Assert.Equal(2, changes.Count);
        Assert.All(changes, c => Assert.Equal((ChangeKind.Renumbered, "role", true), (c.Kind, c.ItemKind, c.IsBreaking)));
        Assert.Contains(changes, c => c.Key == "appsec-engineer" && c.Detail.StartsWith("number 1 became 2", StringComparison.Ordinal));
        Assert.Contains("BREAKING renumbered role 'devsecops-engineer': number 2 became 1", DiffReport.Text(changes), StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_deleted_from_the_numbers_file_is_breaking_even_when_its_item_is_gone()
    {
        var after = Load(
            ("vocabularies/triage-outcomes.yaml", "  - key: accepted-risk\n    name: documented as accepted risk\n", ""),
            ("roles/appsec-engineer.yaml", "        - accepted-risk\n", ""),
            ("numbers.yaml", "    accepted-risk: 3\n", ""));

        var changes = TaxonomyDiff.Compare(Load(), after);

        var renumbered = Assert.Single(changes, c => c.Kind == ChangeKind.Renumbered);
        Assert.Equal(("vocabulary member", "triage-outcomes/accepted-risk", true), (renumbered.ItemKind, renumbered.Key, renumbered.IsBreaking));
        Assert.Contains("left the numbers file", renumbered.Detail, StringComparison.Ordinal);
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

    [Fact]
    public void Deprecating_a_member_is_one_deprecation_that_is_not_breaking()
    {
        var changes = TaxonomyDiff.Compare(Load(), Load(DeprecateOptional("Merged into mandatory.", "mandatory")));

        var change = Assert.Single(changes);
        Assert.Equal((ChangeKind.Deprecated, "vocabulary member", "work-classes/optional", false), (change.Kind, change.ItemKind, change.Key, change.IsBreaking));
        Assert.Equal("deprecated: Merged into mandatory; replaced by 'mandatory'", change.Detail);
        Assert.Equal(
            "deprecated vocabulary member 'work-classes/optional': deprecated: Merged into mandatory; replaced by 'mandatory'\n1 change(s), 0 breaking.\n",
            DiffReport.Text(changes));
    }

    [Fact]
    public void The_markdown_lists_a_deprecation_under_its_own_heading_and_not_as_breaking()
    {
        var markdown = DiffReport.Markdown(TaxonomyDiff.Compare(Load(), Load(DeprecateOptional("Merged into mandatory.", null))), "v1", "v2");

        Assert.Equal(
            "## Changes from `v1` to `v2`\n\n### Deprecated\n\n- Deprecated vocabulary member `work-classes/optional`: deprecated: Merged into mandatory\n\n",
            markdown);
    }

    [Fact]
    public void Removing_a_deprecated_item_is_a_planned_removal_not_a_breaking_rename()
    {
        // The same title under a new key would otherwise be taken for a rename of the deprecated pattern.
        var before = Load(("roles/appsec-engineer.yaml", FixVerification, FixVerification + "    deprecated:\n      reason: Folded into triage.\n      replacedBy: appsec-finding-triage\n"));
        var after = Load(("roles/appsec-engineer.yaml", FixVerification, "  - key: appsec-fix-support\n    identifier: AppSecFixSupport\n"));

        var changes = TaxonomyDiff.Compare(before, after).Where(c => c.ItemKind == "task pattern").ToList();

        Assert.DoesNotContain(changes, c => c.Kind == ChangeKind.Renamed);
        var removal = Assert.Single(changes, c => c.Kind == ChangeKind.Removed);
        Assert.Equal(("appsec-fix-verification", false), (removal.Key, removal.IsBreaking));
        Assert.Equal("'Help engineers verify and fix weaknesses' was removed after deprecation (Folded into triage; replaced by 'appsec-finding-triage')", removal.Detail);
        Assert.Equal("appsec-fix-support", Assert.Single(changes, c => c.Kind == ChangeKind.Added).Key);
        var markdown = DiffReport.Markdown(changes, "v1", "v2");
        Assert.DoesNotContain("### Breaking", markdown, StringComparison.Ordinal);
        Assert.Contains("### Removed after deprecation\n\n- Removed task pattern `appsec-fix-verification`", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Removing_an_experimental_item_without_deprecating_it_first_is_breaking()
    {
        var before = Load(("vocabularies/triage-outcomes.yaml", "    name: backlog work\n", "    name: backlog work\n    stability: experimental\n"));
        var after = Load(("vocabularies/triage-outcomes.yaml", "  - key: backlog-work\n    name: backlog work\n", ""),
                         ("roles/appsec-engineer.yaml", "        - backlog-work\n", ""));

        var removal = Assert.Single(TaxonomyDiff.Compare(before, after), c => c.Kind == ChangeKind.Removed);

        Assert.True(removal.IsBreaking);
        Assert.Contains("experimental", removal.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stability_change_is_a_change_that_is_not_breaking()
    {
        var before = Load(("roles/product-security-manager.yaml", "key: product-security-manager\n", "key: product-security-manager\nstability: experimental\n"));

        var change = Assert.Single(TaxonomyDiff.Compare(before, Load()));

        Assert.Equal((ChangeKind.Changed, "role", "product-security-manager", false), (change.Kind, change.ItemKind, change.Key, change.IsBreaking));
        Assert.Equal("stability: experimental -> stable", change.Detail);
    }

    [Fact]
    public void A_withdrawn_or_reworded_deprecation_is_a_change_that_is_not_breaking()
    {
        var deprecated = Load(DeprecateOptional("Merged into mandatory.", "mandatory"));

        var withdrawn = Assert.Single(TaxonomyDiff.Compare(deprecated, Load()));
        var reworded = Assert.Single(TaxonomyDiff.Compare(deprecated, Load(DeprecateOptional("Nobody could tell it from mandatory.", "mandatory"))));

        Assert.Equal((ChangeKind.Changed, "no longer deprecated", false), (withdrawn.Kind, withdrawn.Detail, withdrawn.IsBreaking));
        Assert.Equal(
            (ChangeKind.Changed, "deprecated: Nobody could tell it from mandatory; replaced by 'mandatory'", false),
            (reworded.Kind, reworded.Detail, reworded.IsBreaking));
    }

    [Fact]
    public void The_diff_command_exits_0_for_a_deprecation_and_1_for_a_removal_without_one()
    {
        var deprecation = RunDiff(new[] { "--format", "markdown" }, DeprecateOptional("Merged into mandatory.", "mandatory"));
        var removal = RunDiff(Array.Empty<string>(), ("vocabularies/work-classes.yaml", "  - key: maturity-building\n    name: maturity-building\n", ""),
                                                     ("roles/product-security-director.yaml", "        - maturity-building\n", ""));

        Assert.Equal(0, deprecation.ExitCode);
        Assert.Contains("### Deprecated\n\n- Deprecated vocabulary member `work-classes/optional`", deprecation.Output, StringComparison.Ordinal);
        Assert.Equal(1, removal.ExitCode);
        Assert.Contains("BREAKING removed vocabulary member 'work-classes/maturity-building'", removal.Output, StringComparison.Ordinal);
    }

    private const string FixVerification = "  - key: appsec-fix-verification\n    identifier: AppSecFixVerification\n";

    /// <summary>The edit that deprecates the member <c>work-classes/optional</c>.</summary>
    private static (string File, string From, string To) DeprecateOptional(string reason, string? replacedBy) =>
        ("vocabularies/work-classes.yaml", "    name: optional\n",
         "    name: optional\n    deprecated:\n      reason: " + reason + "\n" + (replacedBy is null ? string.Empty : "      replacedBy: " + replacedBy + "\n"));

    /// <summary>Runs <c>roletaxonomy diff</c> on copies of the real content, unedited and edited, as its own process.</summary>
    private static CliResult RunDiff(string[] options, params (string File, string From, string To)[] edits)
    {
        using var scratch = new ScratchFolder().WithContent("before").WithContent("after", edits);
        return CliProcess.Run(scratch.Root, new[] { "diff", "before", "after" }.Concat(options).ToArray());
    }

    /// <summary>The real content, with each (file, from, to) replacement applied; fails if a replacement does not apply.</summary>
    private static TaxonomyModel Load(params (string File, string From, string To)[] edits)
    {
        var result = TaxonomyEngine.Validate(Edited(edits).Select(f => (f.Path, (string?)f.Text)), Options);
        Assert.True(result.Model is not null, string.Join("\n", result.Diagnostics.Select(d => d.Message)));
        return result.Model!;
    }

    /// <summary>The real content files by relative path, with each (file, from, to) replacement applied; fails if one does not apply.</summary>
    private static List<(string Path, string Text)> Edited(params (string File, string From, string To)[] edits)
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

        // Edits that add or rename keys are followed by 'roletaxonomy numbers', as an author's would be.
        var numbers = files.FindIndex(f => f.Path == "numbers.yaml");
        var (text, _) = NumbersFileWriter.Write(
            files.Select(f => TaxonomyEngine.BindFile(f.Path, f.Text, default)).ToList(), NumbersFileWriter.HeaderOf(files[numbers].Text));
        files[numbers] = ("numbers.yaml", text);
        return files;
    }
}
