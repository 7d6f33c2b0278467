using CnappAi.Modules.Ingestion;
using CnappAi.Modules.Ingestion.Contracts;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Remediation;
using CnappAi.Modules.SampleTenant;
using CnappAi.Modules.SampleTenant.Contracts;
using CnappAi.Modules.Shared.Security;
using CnappAi.Tests.Correlation;
using CnappAi.Tests.TestInfrastructure;
using CnappAi.Tests.TestInfrastructure.RemediationServers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CnappAi.Tests.Remediation;

/// <summary>
/// A small sample tenant imported into a temp database, with loopback Jira, ServiceNow, Slack, GitHub and cloud
/// servers configured as the executors' endpoints, and a hand-moved clock.
/// </summary>
public sealed class RemediationFixture : IAsyncLifetime
{
    public const string SigningSecret = "8f742231b10e8888abcd99yyyzzz85a5";

    internal TestServices Services { get; private set; } = null!;

    internal TestClock Clock { get; } = new(new DateTimeOffset(2026, 8, 21, 9, 0, 0, TimeSpan.Zero));

    internal JiraServer Jira { get; private set; } = null!;

    internal ServiceNowServer ServiceNow { get; private set; } = null!;

    internal SlackServer Slack { get; private set; } = null!;

    internal GitHubServer GitHub { get; private set; } = null!;

    internal CloudServer Cloud { get; private set; } = null!;

    internal List<FindingView> Findings { get; private set; } = [];

    internal IRemediationFacade Facade => Services.Get<IRemediationFacade>();

    internal IActorAccessor Actors => Services.Get<IActorAccessor>();

    public static Actor Analyst { get; } = Actor.User("ana", "Ana Analyst", [Roles.Analyst]);

    public static Actor Approver { get; } = Actor.User("bob", "Bob Approver", [Roles.Approver]);

    public static Actor SecondApprover { get; } = Actor.User("cyd", "Cyd Approver", [Roles.Approver]);

    public static Actor AnalystApprover { get; } = Actor.User("dee", "Dee Both", [Roles.Analyst, Roles.Approver]);

    public static Actor Admin { get; } = Actor.User("adm", "Ada Admin", [Roles.Admin]);

    public async Task InitializeAsync()
    {
        Jira = await JiraServer.StartAsync();
        ServiceNow = await ServiceNowServer.StartAsync();
        Slack = await SlackServer.StartAsync();
        GitHub = await GitHubServer.StartAsync();
        Cloud = await CloudServer.StartAsync();
        Services = await TestServices.CreateAsync(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)), Settings());
        var folder = Path.Combine(Services.Directory, "tenant");
        await Services.Get<ISampleTenantFacade>().WriteAsync(new SampleRequest(folder, 40, 42, new DateOnly(2026, 8, 20)), CancellationToken.None);
        using (Actors.Use(Actor.System))
        {
            await Services.Get<IIngestionFacade>().ImportAsync(new ImportRequest([folder]), CancellationToken.None);
        }

        Findings = await CorrelationPipeline.FindingsAsync(Services);
    }

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        await Jira.DisposeAsync();
        await ServiceNow.DisposeAsync();
        await Slack.DisposeAsync();
        await GitHub.DisposeAsync();
        await Cloud.DisposeAsync();
    }

    /// <summary>Makes <paramref name="actor"/> the current actor until disposed.</summary>
    internal IDisposable As(Actor actor) => Actors.Use(actor);

    private Dictionary<string, string?> Settings() => new()
    {
        ["Remediation:AttemptTimeout"] = "00:00:01",
        ["Remediation:RequestTimeout"] = "00:00:20",
        ["Remediation:RetryBaseDelay"] = "00:00:00.050",
        ["Remediation:MaxRetries"] = "2",
        ["Remediation:Jira:BaseUrl"] = Jira.BaseAddress.ToString(),
        ["Remediation:Jira:Email"] = JiraServer.Email,
        ["Remediation:Jira:ApiToken"] = JiraServer.ApiToken,
        ["Remediation:ServiceNow:BaseUrl"] = ServiceNow.BaseAddress.ToString(),
        ["Remediation:ServiceNow:User"] = ServiceNowServer.User,
        ["Remediation:ServiceNow:Password"] = ServiceNowServer.Password,
        ["Remediation:Slack:ApiBaseUrl"] = $"{Slack.BaseAddress}api/",
        ["Remediation:Slack:BotToken"] = SlackServer.BotToken,
        ["Remediation:Slack:Channel"] = SlackServer.Channel,
        ["Remediation:Slack:WebhookUrl"] = $"{Slack.BaseAddress}{SlackServer.WebhookPath}",
        ["Remediation:Slack:SigningSecret"] = SigningSecret,
        ["Remediation:Slack:ApprovalChannel"] = SlackServer.Channel,
        ["Remediation:Slack:Users:U0BOB"] = "bob",
        ["Remediation:Slack:Users:U0ANA"] = "ana",
        ["Remediation:GitHub:ApiBaseUrl"] = GitHub.BaseAddress.ToString(),
        ["Remediation:GitHub:Token"] = GitHubServer.Token,
        ["Remediation:GitHub:Owner"] = GitHubServer.Owner,
        ["Remediation:GitHub:Repository"] = GitHubServer.Repo,
        ["Remediation:Cloud:AwsTaggingEndpoint"] = $"{Cloud.BaseAddress}aws/",
        ["Remediation:Cloud:AwsAccessKeyId"] = CloudServer.AwsAccessKey,
        ["Remediation:Cloud:AwsSecretAccessKey"] = CloudServer.AwsSecretKey,
        ["Remediation:Cloud:AzureArmBaseUrl"] = $"{Cloud.BaseAddress}azure/",
        ["Remediation:Cloud:AzureBearerToken"] = CloudServer.AzureToken,
        ["Remediation:Cloud:GcpComputeBaseUrl"] = $"{Cloud.BaseAddress}gcp/",
        ["Remediation:Cloud:GcpBearerToken"] = CloudServer.GcpToken,
        ["Remediation:UserRoles:ana"] = "analyst",
        ["Remediation:UserRoles:bob"] = "approver",
        ["Remediation:UserRoles:cyd"] = "approver",
        ["Remediation:UserRoles:dee"] = "analyst,approver",
        ["Remediation:UserRoles:eve"] = "viewer",
    };
}
