using System.ComponentModel.DataAnnotations;
using CnappAi.Modules.Remediation.Contracts;

namespace CnappAi.Modules.Remediation;

/// <summary>
/// Section <c>Remediation</c>. Credentials (API tokens, passwords, the Slack signing secret) belong in environment
/// variables (<c>Remediation__Jira__ApiToken</c>, ...), never in appsettings.json; they are never stored in a plan.
/// </summary>
internal sealed class RemediationOptions
{
    public const string SectionName = "Remediation";

    /// <summary>How long an approval stays valid; a plan not executed by then expires.</summary>
    public TimeSpan ApprovalLifetime { get; set; } = TimeSpan.FromHours(24);

    [Range(1, 5)]
    public int ProductionCloudApprovals { get; set; } = 2;

    public List<string> ProductionEnvironments { get; set; } = ["production", "prod"];

    /// <summary>Action types that may ever be automated.</summary>
    public List<ActionType> AutomationAllowList { get; set; } = [ActionType.CloudTag, ActionType.SuppressFinding];

    /// <summary>The mode per action type when no stored rule applies (absent types: human-in-the-loop).</summary>
    public Dictionary<ActionType, GovernanceMode> DefaultModes { get; set; } = [];

    /// <summary>Planned when a request names no actions.</summary>
    public List<ActionType> DefaultActions { get; set; } = [ActionType.JiraIssue];

    /// <summary>Plan links in tickets and messages point here.</summary>
    public string DashboardUrl { get; set; } = "http://localhost:5080";

    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(60);
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>Look-up-then-create rounds per action before it is recorded as failed.</summary>
    [Range(1, 10)]
    public int MaxAttempts { get; set; } = 3;

    public string ExpireCron { get; set; } = "*/15 * * * *";
    public string StatusSyncCron { get; set; } = "*/30 * * * *";

    /// <summary>Roles per user id for the default role directory (comma-separated), when no identity module supplies one.</summary>
    public Dictionary<string, string> UserRoles { get; set; } = [];

    public JiraOptions Jira { get; set; } = new();
    public ServiceNowOptions ServiceNow { get; set; } = new();
    public SlackOptions Slack { get; set; } = new();
    public GitHubOptions GitHub { get; set; } = new();
    public CloudOptions Cloud { get; set; } = new();
}
