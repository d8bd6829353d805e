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
/// from the typed taxonomy, never from the page itself. The same host under <c>app.UsePathBase("/portal")</c> serves it at
/// <c>/portal/taxonomy/</c>, as a reverse proxy that forwards a sub-path would.
/// </summary>
[Collection(SharedDashboard.Name)]
public sealed class BrowserTests : IClassFixture<PortalDashboardServer>
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
    private readonly PortalDashboardServer _portal;
    private readonly ITestOutputHelper _output;

    public BrowserTests(DashboardServer server, PortalDashboardServer portal, ITestOutputHelper output)
    {
        _server = server;
        _portal = portal;
        _output = output;
    }

    /// <summary>Where the screenshot goes: beside the test assembly, so every run leaves the picture it saw.</summary>
    public static string ScreenshotPath => Path.Combine(AppContext.BaseDirectory, "TestResults", "dashboard.png");

    [ChromiumFact]
    public async Task Dashboard_compares_the_roles_opens_a_role_and_filters_by_vocabulary_lens_and_audience()
    {
        await using var chromium = await ChromiumPage.OpenAsync(_server);
        var page = chromium.Page;
        var (requests, problems) = Record(page);

        // The host's own home route, which leads to the dashboard below it.
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(_server.DashboardAddress.ToString());

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
        EveryRequestButTheEntriesIsBelowTheDashboard(requests, _server, "/");
    }

    [ChromiumFact]
    public async Task Under_a_path_base_the_dashboard_redirects_to_its_folder_and_every_request_stays_below_it()
    {
        await using var chromium = await ChromiumPage.OpenAsync(_portal);
        var page = chromium.Page;
        var (requests, problems) = Record(page);
        var dashboard = _portal.DashboardAddress.ToString();
        Assert.EndsWith(PortalDashboardServer.PathBase + DashboardApp.DashboardPrefix + "/", dashboard, StringComparison.Ordinal);

        // Without its trailing slash: redirected to the folder, where the page's relative URLs resolve below the mount.
        var withoutSlash = PortalDashboardServer.PathBase + DashboardApp.DashboardPrefix;
        await page.GotoAsync(withoutSlash);
        await Expect(page).ToHaveURLAsync(dashboard);

        await TheComparisonTableHasEveryRole(page);
        await NoItemOfTheRealContentHasABadge(page);
        await TheChartCountsEachRolesVocabularyReferences(page);
        await ARolePageShowsItsTaskPatternsAndLenses(page);
        await TheVocabularyFilterShowsTheTaskPatternsThatInvolveIt(page);

        // The host's own home route, relative, leads there under the path base too.
        var home = PortalDashboardServer.PathBase + "/";
        await page.GotoAsync(home);
        await Expect(page).ToHaveURLAsync(dashboard);
        await TheComparisonTableHasEveryRole(page);

        Assert.Empty(problems);
        EveryRequestButTheEntriesIsBelowTheDashboard(requests, _portal, withoutSlash, home);
    }

    [ChromiumFact]
    public async Task Badges_and_notes_show_the_items_the_json_marks_experimental_or_deprecated()
    {
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

        await using var chromium = await ChromiumPage.OpenAsync(_server);
        var page = chromium.Page;
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

    // Relative addresses in these tests resolve against where the server's host mounts the dashboard.
    private static Task<IBrowserContext> NewContextAsync(IBrowser browser, DashboardServer server) =>
        browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.DashboardAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });

    // Everything the page asks for, and everything it complains about (a refused CSP load is a console error).
    private static (ConcurrentQueue<string> Requests, ConcurrentQueue<string> Problems) Record(IPage page)
    {
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
        return (requests, problems);
    }

    // Every file and the data come from the server's origin and from below the mount: the page names no absolute path.
    // Only the addresses the test itself opens, which redirect there, may be elsewhere.
    private static void EveryRequestButTheEntriesIsBelowTheDashboard(ConcurrentQueue<string> requests, DashboardServer server, params string[] entries)
    {
        var dashboard = server.DashboardAddress;
        Assert.NotEmpty(requests);
        Assert.All(requests, url => Assert.Equal(
            server.BaseAddress.GetLeftPart(UriPartial.Authority),
            new Uri(url).GetLeftPart(UriPartial.Authority)));
        Assert.All(requests.Where(url => !entries.Contains(new Uri(url).AbsolutePath)), url =>
            Assert.StartsWith(dashboard.AbsolutePath, new Uri(url).AbsolutePath, StringComparison.Ordinal));
        Assert.Contains(requests, url => new Uri(url).AbsolutePath == dashboard.AbsolutePath + "taxonomy.json");
    }

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

    /// <summary>
    /// A page in Chromium whose relative addresses resolve against a server's dashboard; disposing it closes the browser.
    /// Under <c>CI=true</c> without Chromium (where <see cref="ChromiumFactAttribute"/> does not skip) it fails, saying what to install.
    /// </summary>
    private sealed class ChromiumPage : IAsyncDisposable
    {
        private IPlaywright? _playwright;
        private IBrowser? _browser;
        private IBrowserContext? _context;

        private ChromiumPage()
        {
        }

        public IPage Page { get; private set; } = null!;

        public static async Task<ChromiumPage> OpenAsync(DashboardServer server)
        {
            Assert.True(ChromiumFactAttribute.IsChromiumInstalled,
                $"CI=true and no Chromium at {ChromiumFactAttribute.ChromiumPath}: install it with `apt-get install -y chromium` (.ci/run does).");

            var chromium = new ChromiumPage();
            try
            {
                chromium._playwright = await Playwright.CreateAsync();
                chromium._browser = await LaunchChromiumAsync(chromium._playwright);
                chromium._context = await NewContextAsync(chromium._browser, server);
                chromium.Page = await chromium._context.NewPageAsync();
                return chromium;
            }
            catch
            {
                await chromium.DisposeAsync();
                throw;
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (_context is not null)
            {
                await _context.DisposeAsync();
            }

            if (_browser is not null)
            {
                await _browser.DisposeAsync();
            }

            _playwright?.Dispose();
        }
    }
}
