using CnappAi.Modules.AttackPaths;
using CnappAi.Modules.Identity;
using CnappAi.Modules.Identity.Contracts;
using CnappAi.Modules.Ingestion;
using CnappAi.Modules.Ingestion.Contracts;
using CnappAi.Modules.SampleTenant;
using CnappAi.Modules.SampleTenant.Contracts;
using CnappAi.Modules.Shared.Security;
using CnappAi.Tests.TestInfrastructure;
using Microsoft.Playwright;

namespace CnappAi.Tests.Web.Browser;

/// <summary>
/// The dashboard's main workflows on the imported sample tenant, in real Chromium against the real app: an analyst
/// signs in (choosing a password on first sign-in), filters the findings to P1 and opens one, requests a plan; an
/// approver approves it; the audit log shows both; an attack path, a freshly generated briefing and an answer to a
/// question open. A screenshot of every step lands under TestResults/workflow/.
/// </summary>
public class WorkflowBrowserTests
{
    private const string Initial = "Initial-Passw0rd-1";
    private const string Chosen = "Chosen-Passw0rd-22";

    [Fact]
    public async Task AnalystRequestsAPlan_ApproverApprovesIt_AndTheWorkflowPagesOpen()
    {
        await using var host = await WebHostProcess.StartAsync(prepareDatabase: PrepareAsync);
        await using var chromium = await ChromiumBrowser.LaunchAsync();
        var shots = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "TestResults", "workflow")).FullName;

        // The analyst: first sign-in, P1 findings, one opened, a plan requested.
        var analyst = await chromium.Browser.NewPageAsync();
        await SignInFirstTimeAsync(host, analyst, "ana");
        await Shot(analyst, shots, "01-signed-in");
        await analyst.GotoAsync(new Uri(host.BaseAddress, "findings?unified=true&priority=1").ToString(), new() { WaitUntil = WaitUntilState.NetworkIdle });
        var firstRow = analyst.Locator("tbody tr.mud-table-row").First;
        await Assertions.Expect(firstRow).ToContainTextAsync("P1");
        await Shot(analyst, shots, "02-p1-findings");
        await firstRow.Locator("a[href^='findings/']").First.ClickAsync();
        await analyst.WaitForURLAsync(url => url.Contains("/findings/", StringComparison.Ordinal));
        await analyst.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Assertions.Expect(analyst.GetByTestId("detail-title")).Not.ToBeEmptyAsync();
        await Shot(analyst, shots, "03-finding-detail");
        await analyst.GetByTestId("request-plan").ClickAsync();
        await Assertions.Expect(analyst.GetByTestId("plan-link")).ToContainTextAsync("PendingApproval");
        await Shot(analyst, shots, "04-plan-requested");

        // The approver approves it in the queue.
        var approver = await (await chromium.Browser.NewContextAsync()).NewPageAsync();
        await SignInFirstTimeAsync(host, approver, "bob");
        await approver.GotoAsync(new Uri(host.BaseAddress, "approvals").ToString(), new() { WaitUntil = WaitUntilState.NetworkIdle });
        var pending = approver.GetByTestId("pending-plan").First;
        await Assertions.Expect(pending).ToBeVisibleAsync();
        await Shot(approver, shots, "05-approvals-queue");
        await pending.GetByTestId("approve").ClickAsync();
        await Assertions.Expect(approver.GetByTestId("pending-plan")).ToHaveCountAsync(0);
        await Shot(approver, shots, "06-approved");

        // The audit log shows the request and the approval, by whom.
        await approver.GotoAsync(new Uri(host.BaseAddress, "audit").ToString(), new() { WaitUntil = WaitUntilState.NetworkIdle });
        await Assertions.Expect(approver.Locator("tbody")).ToContainTextAsync("plan.approved");
        await Assertions.Expect(approver.Locator("tbody")).ToContainTextAsync("plan.requested");
        await approver.GetByTestId("verify-chain").ClickAsync();
        await Assertions.Expect(approver.GetByTestId("chain-status")).ToContainTextAsync("Chain intact");
        await Shot(approver, shots, "07-audit-log");

        // An attack path, a briefing generated now, a question answered.
        await analyst.GotoAsync(new Uri(host.BaseAddress, "paths").ToString(), new() { WaitUntil = WaitUntilState.NetworkIdle });
        await analyst.Locator("a[href^='/paths/']").First.ClickAsync();
        await analyst.WaitForURLAsync(url => url.Contains("/paths/", StringComparison.Ordinal));
        await analyst.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Assertions.Expect(analyst.Locator("svg").First).ToBeVisibleAsync();
        await Shot(analyst, shots, "08-attack-path");
        await analyst.GotoAsync(new Uri(host.BaseAddress, "briefings").ToString(), new() { WaitUntil = WaitUntilState.NetworkIdle });
        await analyst.GetByTestId("generate").ClickAsync();
        await analyst.WaitForURLAsync(url => url.Contains("/briefings/", StringComparison.Ordinal), new() { Timeout = 90_000 });
        await Assertions.Expect(analyst.GetByTestId("narrative")).Not.ToBeEmptyAsync();
        await Shot(analyst, shots, "09-briefing");
        await analyst.GotoAsync(new Uri(host.BaseAddress, "ask").ToString(), new() { WaitUntil = WaitUntilState.NetworkIdle });
        await analyst.GetByTestId("question").FillAsync("public buckets with PII");
        await analyst.GetByTestId("question").PressAsync("Tab");
        await analyst.GetByTestId("ask").ClickAsync();
        await Assertions.Expect(analyst.GetByTestId("answer")).Not.ToBeEmptyAsync();
        await Shot(analyst, shots, "10-ask");
    }

    /// <summary>The sample tenant imported, attack paths built, and two accounts an admin created.</summary>
    private static async Task PrepareAsync(string database)
    {
        await using var services = await TestServices.CreateAsync(settings: new Dictionary<string, string?>
        {
            ["ConnectionStrings:CnappAi"] = Modules.Shared.Persistence.DatabaseOptions.SqliteConnectionString(database),
        });
        using var system = services.Get<IActorAccessor>().Use(Actor.System);
        var folder = Path.Combine(services.Directory, "tenant");
        await services.Get<ISampleTenantFacade>().WriteAsync(new SampleRequest(folder), CancellationToken.None);
        await services.Get<IIngestionFacade>().ImportAsync(new ImportRequest([folder]), CancellationToken.None);
        await services.Get<IAttackPathsFacade>().RebuildAsync(CancellationToken.None);
        var identity = services.Get<IIdentityFacade>();
        await identity.CreateUserAsync(new CreateUserRequest("ana", null, Initial, [Roles.Analyst]), CancellationToken.None);
        await identity.CreateUserAsync(new CreateUserRequest("bob", null, Initial, [Roles.Approver]), CancellationToken.None);
    }

    /// <summary>Signs in with the password an admin set, then chooses one, as a new user must.</summary>
    private static async Task SignInFirstTimeAsync(WebHostProcess host, IPage page, string user)
    {
        await host.SignInAsync(page, user, Initial);
        if (page.Url.Contains("change-password", StringComparison.Ordinal))
        {
            await page.FillAsync("#currentPassword", Initial);
            await page.FillAsync("#newPassword", Chosen);
            await page.FillAsync("#confirmPassword", Chosen);
            await page.ClickAsync("[data-testid=change-submit]");
            await page.WaitForURLAsync(url => !url.Contains("change-password", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit, Timeout = 90_000 });
        }
    }

    private static async Task Shot(IPage page, string folder, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
}
