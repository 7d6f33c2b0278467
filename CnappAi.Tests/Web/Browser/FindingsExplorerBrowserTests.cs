using CnappAi.Tests.TestInfrastructure;
using CnappAi.Web.Cli;
using Microsoft.Playwright;

namespace CnappAi.Tests.Web.Browser;

/// <summary>The real dashboard process in real Chromium: what a security engineer sees after an import.</summary>
public class FindingsExplorerBrowserTests
{
    [Fact]
    public async Task FindingsPage_AfterImport_ListsAndFiltersTheFindings()
    {
        await using var host = await WebHostProcess.StartAsync(prepareDatabase: ImportGuardDutyAsync);
        await using var chromium = await ChromiumBrowser.LaunchAsync();
        var page = await chromium.Browser.NewPageAsync();
        await host.SignInAsync(page);

        await page.GotoAsync(new Uri(host.BaseAddress, "findings?unified=false").ToString());
        var rows = page.Locator("tbody tr.mud-table-row");
        await Assertions.Expect(rows).ToHaveCountAsync(4);

        await page.GetByPlaceholder("Search title, resource, rule or CVE").FillAsync("Discovery");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        (await rows.First.InnerTextAsync()).ShouldContain("anomalously invoking APIs commonly used in Discovery tactics");

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(host.Directory, "..", "findings-explorer.png"), FullPage = true });
    }

    [Fact]
    public async Task OverviewPage_AfterImport_ShowsOpenCounts()
    {
        await using var host = await WebHostProcess.StartAsync(prepareDatabase: ImportGuardDutyAsync);
        await using var chromium = await ChromiumBrowser.LaunchAsync();
        var page = await chromium.Browser.NewPageAsync();
        await host.SignInAsync(page);

        await page.GotoAsync(host.BaseAddress.ToString());

        await Assertions.Expect(page.Locator("[data-testid=open-count]")).ToHaveTextAsync("4");
        await Assertions.Expect(page.GetByText("aws-securityhub")).ToBeVisibleAsync();
    }

    private static async Task ImportGuardDutyAsync(string database)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CommandLineApp.RunAsync(["import", FixtureFiles.Get("aws_securityhub/defectdojo/awssecurityhub/guardduty.json"), "--db", database], output, error);
        exit.ShouldBe(0, error.ToString());
    }
}
