using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CnappAi.Modules.Identity;
using CnappAi.Modules.Identity.Contracts;
using CnappAi.Modules.Ingestion;
using CnappAi.Modules.Ingestion.Contracts;
using CnappAi.Modules.Remediation.Contracts;
using CnappAi.Modules.SampleTenant;
using CnappAi.Modules.SampleTenant.Contracts;
using CnappAi.Modules.Shared.Persistence;
using CnappAi.Modules.Shared.Security;
using CnappAi.Tests.TestInfrastructure;
using CnappAi.Web.Cli;

namespace CnappAi.Tests.Web.Security.RemediationEndpoints;

/// <summary>
/// One real dashboard process for the remediation endpoint tests: the sample tenant imported, a Slack signing secret
/// and Slack user mapping in its environment, and three accounts an admin created (each signed in over HTTP and past
/// the first-sign-in password change): <c>ana</c> (analyst and approver), <c>bob</c> (approver), <c>vic</c> (viewer).
/// </summary>
public sealed class RemediationHost : IAsyncLifetime
{
    public const string SigningSecret = "http-tests-slack-signing-secret";
    public const string BobInSlack = "U0BOB";
    public const string AnaInSlack = "U0ANA";

    private const string Initial = "Initial-Passw0rd-1";
    private const string Chosen = "Chosen-Passw0rd-22";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private int _nextFinding;

    internal WebHostProcess Host { get; private set; } = null!;

    /// <summary>Analyst and approver: requests plans, and may try to approve them.</summary>
    public HttpClient Ana { get; private set; } = null!;

    public HttpClient Bob { get; private set; } = null!;

    public HttpClient Vic { get; private set; } = null!;

    public IReadOnlyList<string> FindingIds { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Host = await WebHostProcess.StartAsync(
            new Dictionary<string, string>
            {
                ["Remediation__Slack__SigningSecret"] = SigningSecret,
                [$"Remediation__Slack__Users__{BobInSlack}"] = "bob",
                [$"Remediation__Slack__Users__{AnaInSlack}"] = "ana",
            },
            PrepareAsync);
        Ana = await SignInFirstTimeAsync("ana");
        Bob = await SignInFirstTimeAsync("bob");
        Vic = await SignInFirstTimeAsync("vic");
        var export = await Ana.GetStringAsync("/api/findings/export?format=jsonl");
        FindingIds = [.. export.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!["id"]!.GetValue<string>())];
        FindingIds.Count.ShouldBeGreaterThan(60, "the sample tenant was imported, with a finding for each plan these tests request");
    }

    public async Task DisposeAsync()
    {
        Ana?.Dispose();
        Bob?.Dispose();
        Vic?.Dispose();
        await Host.DisposeAsync();
    }

    /// <summary>A finding no other test has planned for yet.</summary>
    public string NextFindingId() => FindingIds[Interlocked.Increment(ref _nextFinding)];

    /// <summary>Ana requests a plan (the default actions) over HTTP; it must be waiting for one approval.</summary>
    public async Task<PlanView> RequestPlanAsync()
    {
        using var response = await Ana.PostAsJsonAsync("/api/plans/", new PlanRequest(NextFindingId(), []));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var plan = await ReadAsync<PlanView>(response);
        plan.Status.ShouldBe(PlanStatus.PendingApproval);
        return plan;
    }

    public async Task<PlanView> GetPlanAsync(Guid id)
    {
        using var response = await Vic.GetAsync($"/api/plans/{id}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await ReadAsync<PlanView>(response);
    }

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<T>(Json))!;

    /// <summary>The audit trail as the <c>audit export</c> verb writes it (JSON lines), read from the host's database file.</summary>
    public async Task<IReadOnlyList<JsonNode>> AuditAsync()
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var exit = await CommandLineApp.RunAsync(["audit", "export", "--db", Path.Combine(Host.Directory, "cnappai.db")], output, error);
        exit.ShouldBe(0, error.ToString());
        return [.. output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!)];
    }

    /// <summary>Signs in with the admin-set password and chooses a new one, as a new user must; redirects are not followed.</summary>
    private async Task<HttpClient> SignInFirstTimeAsync(string userName)
    {
        var client = Host.CreateAnonymousClient(followRedirects: false);
        using var signIn = await WebHostProcess.SignInAsync(client, userName, Initial);
        signIn.Headers.Location!.ToString().ShouldStartWith(MustChangePath);
        var token = await WebHostProcess.AntiforgeryTokenAsync(client, MustChangePath);
        using var change = await client.PostAsync(MustChangePath, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["currentPassword"] = Initial,
            ["newPassword"] = Chosen,
            ["confirmPassword"] = Chosen,
        }));
        change.Headers.Location!.ToString().ShouldBe("/", $"{userName} could change the password");
        return client;
    }

    private const string MustChangePath = "/account/change-password";

    private static async Task PrepareAsync(string database)
    {
        await using var services = await TestServices.CreateAsync(settings: new Dictionary<string, string?>
        {
            ["ConnectionStrings:CnappAi"] = DatabaseOptions.SqliteConnectionString(database),
        });
        using var system = services.Get<IActorAccessor>().Use(Actor.System);
        var folder = Path.Combine(services.Directory, "tenant");
        await services.Get<ISampleTenantFacade>().WriteAsync(new SampleRequest(folder), CancellationToken.None);
        await services.Get<IIngestionFacade>().ImportAsync(new ImportRequest([folder]), CancellationToken.None);
        var identity = services.Get<IIdentityFacade>();
        (await identity.CreateUserAsync(new CreateUserRequest("ana", null, Initial, [Roles.Analyst, Roles.Approver]), CancellationToken.None)).Succeeded.ShouldBeTrue();
        (await identity.CreateUserAsync(new CreateUserRequest("bob", null, Initial, [Roles.Approver]), CancellationToken.None)).Succeeded.ShouldBeTrue();
        (await identity.CreateUserAsync(new CreateUserRequest("vic", null, Initial, [Roles.Viewer]), CancellationToken.None)).Succeeded.ShouldBeTrue();
    }
}

/// <summary>The plan API and Slack endpoint tests share one dashboard process.</summary>
[CollectionDefinition(Name)]
public sealed class RemediationHostGroup : ICollectionFixture<RemediationHost>
{
    public const string Name = "Remediation endpoints over HTTP";
}
