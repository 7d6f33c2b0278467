using CnappAi.Tests.TestInfrastructure;
using CnappAi.Tests.TestInfrastructure.VendorServers;
using Microsoft.Playwright;

namespace CnappAi.Tests.Web.Browser;

/// <summary>
/// The real dashboard in real Chromium against a loopback Wiz: add a connector in the form (its secret from the
/// environment), press "sync now", and watch the run's records arrive through the job server.
/// </summary>
public class ConnectorsBrowserTests
{
    [Fact]
    public async Task ConnectorsPage_AddConnectorAndSyncNow_ImportsTheRecordsAndShowsTheRun()
    {
        await using var wiz = await WizServer.StartAsync();
        wiz.Issues.AddRange(Enumerable.Range(1, 9).Select(i => VendorRecords.WizIssue($"issue-{i}", VendorRecords.Epoch.AddMinutes(i))));
        await using var host = await WebHostProcess.StartAsync(new Dictionary<string, string> { ["CNAPPAI_CONNECTOR__WIZ_UI__CLIENTSECRET"] = WizServer.ClientSecret });
        await using var chromium = await ChromiumBrowser.LaunchAsync();
        var page = await chromium.Browser.NewPageAsync();
        await host.SignInAsync(page);

        // The form is pre-rendered: wait for the interactive circuit, or typed text is lost when it attaches.
        await page.GotoAsync(new Uri(host.BaseAddress, "connectors/new").ToString(), new() { WaitUntil = WaitUntilState.NetworkIdle });
        await FillAsync(page, "Name", "wiz-ui");
        await FillAsync(page, "API URL", wiz.GraphQl.ToString());
        await FillAsync(page, "Client id", WizServer.ClientId);
        await FillAsync(page, "Token URL", wiz.TokenUrl.ToString());
        await page.GetByTestId("save-connector").ClickAsync();
        await Assertions.Expect(page.GetByTestId("status-wiz-ui")).ToHaveTextAsync("never");

        await page.GetByTestId("sync-wiz-ui").ClickAsync();
        var records = page.GetByTestId("records-wiz-ui");
        for (var i = 0; i < 60 && await records.InnerTextAsync() != "9"; i++)
        {
            await Task.Delay(1000);
            await page.GetByRole(AriaRole.Button, new() { Name = "Refresh" }).ClickAsync();
        }

        (await records.InnerTextAsync()).ShouldBe("9", host.Log);
        await Assertions.Expect(page.GetByTestId("status-wiz-ui")).ToContainTextAsync("Succeeded");
        await page.GotoAsync(new Uri(host.BaseAddress, "findings").ToString());
        await Assertions.Expect(page.Locator("tbody tr.mud-table-row")).ToHaveCountAsync(9);
        host.Log.ShouldNotContain(WizServer.ClientSecret);
    }

    // MudBlazor text fields take their value on change, which a blur (Tab) raises.
    private static async Task FillAsync(IPage page, string label, string value)
    {
        var field = page.GetByLabel(label);
        await field.FillAsync(value);
        await field.PressAsync("Tab");
    }
}
