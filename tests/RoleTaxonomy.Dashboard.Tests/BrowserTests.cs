using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace RoleTaxonomy.Dashboard.Tests;

/// <summary>
/// The dashboard page in a real browser: Playwright drives Debian's Chromium against the dashboard running
/// in-process. Expected values come from the typed taxonomy, never from the page itself.
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
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.ChromiumPath,
            Headless = true,
            Args = ChromiumArguments,
        });
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _server.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
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

        await page.GotoAsync("/");

        await TheComparisonTableHasEveryRole(page);
        await TheChartCountsEachRolesVocabularyReferences(page);
        await ARolePageShowsItsTaskPatternsAndLenses(page);
        await TheVocabularyFilterShowsTheTaskPatternsThatInvolveIt(page);

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
        await page.GotoAsync("/#/roles/%E0");
        await Expect(page.GetByTestId("not-found")).ToBeVisibleAsync();

        await page.GotoAsync("/#/roles/nope");
        await Expect(page.GetByTestId("not-found")).ToContainTextAsync(string.Join(", ", Roles.All.Select(role => role.Key)));
    }
}
