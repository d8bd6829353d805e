using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace RoleTaxonomy.Dashboard.Tests;

/// <summary>
/// The dashboard page in a real browser: Playwright drives Debian's Chromium against the sample running in-process,
/// a host with a home route of its own and the package's dashboard mounted at <c>/taxonomy/</c>. Expected values come
/// from the typed taxonomy, never from the page itself.
/// </summary>
[Collection(SharedDashboard.Name)]
public sealed class BrowserTests
{
    // Headless Chromium as root in a container: no sandbox, no GPU, and nothing that phones home.
    private static readonly string[] ChromiumArguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];

    private readonly DashboardServer _server;
    private readonly ITestOutputHelper _output;

    public BrowserTests(DashboardServer server, ITestOutputHelper output)
    {
        _server = server;
        _output = output;
    }

    /// <summary>Where the screenshot goes: beside the test assembly, so every run leaves the picture it saw.</summary>
    public static string ScreenshotPath => Path.Combine(AppContext.BaseDirectory, "TestResults", "dashboard.png");

    [ChromiumFact]
    public async Task Dashboard_compares_the_roles_opens_a_role_and_filters_by_vocabulary_lens_and_audience()
    {
        Assert.True(ChromiumFactAttribute.IsChromiumInstalled,
            $"CI=true and no Chromium at {ChromiumFactAttribute.ChromiumPath}: install it with `apt-get install -y chromium` (.ci/run does).");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchChromiumAsync(playwright);
        await using var context = await NewContextAsync(browser);
        var page = await context.NewPageAsync();

        // Everything the page asks for, and everything it complains about (a refused CSP load is a console error).
        var requests = new ConcurrentQueue<string>();
        var problems = new ConcurrentQueue<string>();
        page.Request += (_, request) => requests.Enqueue(request.Url);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Enqueue("console: " + message.Text);
            }
        };
        page.PageError += (_, error) => problems.Enqueue("page error: " + error);

        // The host's own home route, which leads to the dashboard below it.
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(DashboardUrl.ToString());

        await TheComparisonTableHasEveryRole(page);
        await NoItemOfTheRealContentHasABadge(page);
        await TheChartCountsEachRolesVocabularyReferences(page);
        await ARolePageShowsItsTaskPatternsAndLenses(page);
        await NoItemOfTheRealContentHasABadge(page);
        await TheVocabularyFilterShowsTheTaskPatternsThatInvolveIt(page);
        await NoItemOfTheRealContentHasABadge(page);

        Directory.CreateDirectory(Path.GetDirectoryName(ScreenshotPath)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath, FullPage = true });
        _output.WriteLine("Screenshot: " + ScreenshotPath);

        await AMatchLinksToItsTaskPatternByKey(page);
        await TheLensFilterShowsThatLensForEveryRole(page);
        await TheAudienceFilterShowsWhoThePageIsFor(page);
        await AnAddressThatNamesNothingSaysSo(page);

        Assert.Empty(problems);
        Assert.NotEmpty(requests);
        Assert.All(requests, url => Assert.Equal(
            _server.BaseAddress.GetLeftPart(UriPartial.Authority),
            new Uri(url).GetLeftPart(UriPartial.Authority)));
        // Every file and the data come from below the mount: the page names no absolute path.
        Assert.All(requests.Where(url => new Uri(url).AbsolutePath != "/"), url =>
            Assert.StartsWith(DashboardUrl.AbsolutePath, new Uri(url).AbsolutePath, StringComparison.Ordinal));
        Assert.Contains(requests, url => new Uri(url).AbsolutePath == DashboardUrl.AbsolutePath + "taxonomy.json");
    }

    [ChromiumFact]
    public async Task Badges_and_notes_show_the_items_the_json_marks_experimental_or_deprecated()
    {
        Assert.True(ChromiumFactAttribute.IsChromiumInstalled,
            $"CI=true and no Chromium at {ChromiumFactAttribute.ChromiumPath}: install it with `apt-get install -y chromium` (.ci/run does).");

        // The real content has no such item, so the page gets the real export with four items edited.
        var experimentalRole = Roles.All[1];
        var deprecatedRole = Roles.All[3];
        var roleReplacement = Roles.All[2];
        var deprecatedPattern = TaskPatterns.AppSecFindingTriage;
        var patternReplacement = deprecatedPattern.Role.TaskPatterns[0];
        var deprecatedMember = TriageOutcomes.AcceptedRisk;
        const string RoleReason = "Merged into the manager role.";
        const string PatternReason = "Split into intake and triage.";
        const string MemberReason = "Folded into backlog work.";

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchChromiumAsync(playwright);
        await using var context = await NewContextAsync(browser);
        var page = await context.NewPageAsync();
        var problems = new ConcurrentQueue<string>();
        page.PageError += (_, error) => problems.Enqueue("page error: " + error);

        await page.RouteAsync("**/taxonomy/taxonomy.json", async route =>
        {
            var response = await route.FetchAsync();
            var document = JsonNode.Parse(await response.TextAsync())!;
            var roles = document["roles"]!.AsArray();
            ByKey(roles, experimentalRole.Key)["stability"] = "experimental";
            ByKey(roles, deprecatedRole.Key)["deprecated"] = new JsonObject { ["reason"] = RoleReason, ["replacedBy"] = roleReplacement.Key };
            ByKey(ByKey(roles, deprecatedPattern.Role.Key)["taskPatterns"]!.AsArray(), deprecatedPattern.Key)["deprecated"] =
                new JsonObject { ["reason"] = PatternReason, ["replacedBy"] = patternReplacement.Key };
            ByKey(ByKey(document["vocabularies"]!.AsArray(), TriageOutcomes.Vocabulary.Key)["members"]!.AsArray(), deprecatedMember.Key)["deprecated"] =
                new JsonObject { ["reason"] = MemberReason };
            await route.FulfillAsync(new() { Response = response, Body = document.ToJsonString() });
        });

        await page.GotoAsync("./");
        var experimental = page.GetByTestId("badge-experimental");
        var deprecated = page.GetByTestId("badge-deprecated");
        await Expect(experimental).ToHaveCountAsync(1);
        await Expect(page.Locator($"[data-testid=comparison-row][data-role-key={experimentalRole.Key}]").GetByTestId("badge-experimental")).ToBeVisibleAsync();
        await Expect(deprecated).ToHaveCountAsync(1);
        await Expect(page.Locator($"[data-testid=comparison-row][data-role-key={deprecatedRole.Key}]").GetByTestId("badge-deprecated")).ToBeVisibleAsync();

        await page.GotoAsync("./#/roles/" + deprecatedRole.Key);
        await Expect(page.GetByTestId("role-lifecycle").GetByTestId("badge-deprecated")).ToHaveAttributeAsync("title", "Deprecated: " + RoleReason);
        await Expect(page.GetByTestId("deprecation-note")).ToContainTextAsync(RoleReason);
        await page.GetByTestId("deprecation-note").GetByTestId("replacement-link").ClickAsync();
        await Expect(page.GetByTestId("role-name")).ToHaveTextAsync(roleReplacement.Name);
        await Expect(page.GetByTestId("role-lifecycle")).ToHaveCountAsync(0);

        await page.GotoAsync("./#/roles/" + experimentalRole.Key);
        await Expect(page.GetByTestId("role-name")).ToHaveTextAsync(experimentalRole.Name);
        await Expect(page.GetByTestId("role-lifecycle").GetByTestId("badge-experimental")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("deprecation-note")).ToHaveCountAsync(0);

        await page.GotoAsync("./#/task-patterns/" + deprecatedPattern.Key);
        var card = page.Locator("#task-pattern-" + deprecatedPattern.Key);
        await Expect(deprecated).ToHaveCountAsync(1);
        await Expect(card.GetByTestId("badge-deprecated")).ToHaveAttributeAsync("title", "Deprecated: " + PatternReason);
        await Expect(card.GetByTestId("deprecation-note")).ToContainTextAsync(PatternReason);
        await Expect(card.GetByTestId("replacement-link")).ToHaveTextAsync(patternReplacement.Title);
        await Expect(page.GetByTestId("role-lifecycle")).ToHaveCountAsync(0);
        await card.GetByTestId("replacement-link").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("#/task-patterns/" + patternReplacement.Key + "$"));

        await page.GotoAsync("./#/?vocabulary=" + TriageOutcomes.Vocabulary.Key);
        await Expect(page.GetByTestId("vocabulary-match").GetByTestId("badge-deprecated")).ToHaveCountAsync(1);
        await Expect(page.Locator($"[data-testid=member][data-member-key={deprecatedMember.Key}]").GetByTestId("badge-deprecated"))
            .ToHaveAttributeAsync("title", "Deprecated: " + MemberReason);
        // With the comparison table below: the pattern, the member and the deprecated role's row.
        await Expect(deprecated).ToHaveCountAsync(3);
        await Expect(experimental).ToHaveCountAsync(1);

        Assert.Empty(problems);

        static JsonObject ByKey(JsonArray items, string key) => items.Single(item => (string?)item!["key"] == key)!.AsObject();
    }

    private static Task<IBrowser> LaunchChromiumAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.ChromiumPath,
            Headless = true,
            Args = ChromiumArguments,
        });

    /// <summary>Where the sample mounts the dashboard: relative addresses in these tests resolve against it.</summary>
    private Uri DashboardUrl => new(_server.BaseAddress, DashboardApp.DashboardPrefix.TrimStart('/') + "/");

    private Task<IBrowserContext> NewContextAsync(IBrowser browser) =>
        browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = DashboardUrl.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });

    // Stable, current items carry no badge and no note: the real content has no other kind.
    private static async Task NoItemOfTheRealContentHasABadge(IPage page)
    {
        await Expect(page.Locator("[data-testid^=badge-], [data-testid=deprecation-note]")).ToHaveCountAsync(0);
    }

    private static async Task TheComparisonTableHasEveryRole(IPage page)
    {
        var rows = page.GetByTestId("comparison-row");
        await Expect(rows).ToHaveCountAsync(4);
        await Expect(rows.GetByTestId("role-link")).ToHaveTextAsync(Roles.All.Select(role => role.Name).ToArray());
        await Expect(rows.GetByTestId("center-of-gravity")).ToHaveTextAsync(Roles.All.Select(role => role.CenterOfGravity).ToArray());
        await Expect(rows.GetByTestId("task-pattern-count")).ToHaveTextAsync(Roles.All.Select(role => role.TaskPatterns.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        for (var i = 0; i < Roles.All.Count; i++)
        {
            await Expect(rows.Nth(i)).ToHaveAttributeAsync("data-role-key", Roles.All[i].Key);
        }
    }

    private static async Task TheChartCountsEachRolesVocabularyReferences(IPage page)
    {
        var bars = page.GetByTestId("chart").GetByTestId("chart-row");
        await Expect(bars).ToHaveCountAsync(Roles.All.Count);
        for (var i = 0; i < Roles.All.Count; i++)
        {
            var role = Roles.All[i];
            await Expect(bars.Nth(i)).ToHaveAttributeAsync("data-role-key", role.Key);
            await Expect(bars.Nth(i)).ToHaveAttributeAsync(
                "data-total", role.TaskPatterns.Sum(pattern => pattern.References.Count).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static async Task ARolePageShowsItsTaskPatternsAndLenses(IPage page)
    {
        var role = Roles.AppSecEngineer;
        await page.Locator($"[data-testid=comparison-row][data-role-key={role.Key}]").GetByTestId("role-link").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("#/roles/appsec-engineer$"));
        await Expect(page.GetByTestId("role-name")).ToHaveTextAsync(role.Name);
        await Expect(page.GetByTestId("role-center-of-gravity")).ToHaveTextAsync(role.CenterOfGravity);

        var patterns = page.GetByTestId("task-pattern");
        await Expect(patterns).ToHaveCountAsync(5);
        await Expect(patterns.GetByTestId("task-pattern-link")).ToHaveTextAsync(role.TaskPatterns.Select(pattern => pattern.Title).ToArray());
        for (var i = 0; i < role.TaskPatterns.Count; i++)
        {
            await Expect(patterns.Nth(i)).ToHaveIdAsync("task-pattern-" + role.TaskPatterns[i].Key);
        }

        var lenses = page.GetByTestId("role-lens");
        var allLenses = Enum.GetValues<Lens>();
        await Expect(lenses).ToHaveCountAsync(allLenses.Length);
        await Expect(lenses.GetByTestId("lens-text")).ToHaveTextAsync(allLenses.Select(lens => role.Lenses.Get(lens)).ToArray());
        for (var i = 0; i < allLenses.Length; i++)
        {
            await Expect(lenses.Nth(i)).ToHaveAttributeAsync("data-lens", allLenses[i].ToKey());
        }

        await page.GetByTestId("back-to-overview").ClickAsync();
        await Expect(page.GetByTestId("comparison-row")).ToHaveCountAsync(4);
    }

    private static async Task TheVocabularyFilterShowsTheTaskPatternsThatInvolveIt(IPage page)
    {
        var expected = TaskPatterns.All.Where(pattern => pattern.Involves(VocabularyId.TriageOutcomes)).Select(pattern => pattern.Key).ToArray();
        Assert.Equal(["appsec-finding-triage"], expected);

        await page.GetByTestId("filter-vocabulary").SelectOptionAsync(VocabularyId.TriageOutcomes.ToKey());

        await Expect(page).ToHaveURLAsync(new Regex("vocabulary=triage-outcomes"));
        var matches = page.GetByTestId("vocabulary-results").GetByTestId("vocabulary-match");
        await Expect(matches).ToHaveCountAsync(expected.Length);
        await Expect(matches.First).ToHaveAttributeAsync("data-task-pattern-key", expected[0]);
        await Expect(matches.First).ToContainTextAsync(TaskPatterns.AppSecFindingTriage.Title);
        await Expect(matches.First).ToContainTextAsync(Roles.AppSecEngineer.Name);

        // The vocabulary's members, each a term and its description.
        var members = page.GetByTestId("vocabulary-results").Locator("details.members dt");
        await Expect(members).ToHaveTextAsync(TriageOutcomes.All.Select(member => member.Name).ToArray());
        await Expect(page.GetByTestId("vocabulary-results").Locator("details.members dd")).ToHaveCountAsync(TriageOutcomes.All.Count);
    }

    private static async Task AMatchLinksToItsTaskPatternByKey(IPage page)
    {
        var pattern = TaskPatterns.AppSecFindingTriage;
        await page.GetByTestId("vocabulary-match").GetByRole(AriaRole.Link, new() { Name = pattern.Title }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("#/task-patterns/" + pattern.Key + "$"));
        await Expect(page.GetByTestId("role-name")).ToHaveTextAsync(pattern.Role.Name);
        await Expect(page.Locator("#task-pattern-" + pattern.Key)).ToHaveClassAsync(new Regex(@"\bhighlighted\b"));
        await page.GoBackAsync();
        await Expect(page).ToHaveURLAsync(new Regex("vocabulary=triage-outcomes"));
    }

    private static async Task TheLensFilterShowsThatLensForEveryRole(IPage page)
    {
        await page.GetByTestId("filter-lens").SelectOptionAsync(Lens.Leverage.ToKey());

        var cards = page.GetByTestId("lens-view").GetByTestId("lens-card");
        await Expect(cards).ToHaveCountAsync(Roles.All.Count);
        await Expect(cards.GetByTestId("lens-text")).ToHaveTextAsync(Roles.All.Select(role => role.Lenses.Get(Lens.Leverage)).ToArray());
        // Filters combine: the vocabulary chosen before still holds.
        await Expect(page.GetByTestId("vocabulary-match")).ToHaveCountAsync(1);
    }

    private static async Task TheAudienceFilterShowsWhoThePageIsFor(IPage page)
    {
        var chips = page.GetByTestId("audience-panel").GetByTestId("audience-chip");
        await Expect(chips).ToHaveTextAsync(Taxonomy.Page.Audiences.Select(audience => audience.Name).ToArray());

        await page.GetByTestId("filter-audience").SelectOptionAsync(Audiences.InterviewPrep.Key);

        await Expect(page).ToHaveURLAsync(new Regex("audience=interview-prep"));
        await Expect(page.Locator("[data-testid=audience-chip][aria-current=true]")).ToHaveTextAsync(Audiences.InterviewPrep.Name);
        await Expect(page.GetByTestId("audience-note")).ToContainTextAsync(Audiences.InterviewPrep.Name);

        await page.GetByTestId("clear-filters").ClickAsync();
        await Expect(page.GetByTestId("vocabulary-results")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("lens-view")).ToHaveCountAsync(0);
    }

    private static async Task AnAddressThatNamesNothingSaysSo(IPage page)
    {
        // From the overview, so that each not-found view is new.
        await page.GotoAsync("./#/roles/%E0");
        await Expect(page.GetByTestId("not-found")).ToBeVisibleAsync();

        await page.GotoAsync("./#/roles/nope");
        await Expect(page.GetByTestId("not-found")).ToContainTextAsync(string.Join(", ", Roles.All.Select(role => role.Key)));
    }
}
