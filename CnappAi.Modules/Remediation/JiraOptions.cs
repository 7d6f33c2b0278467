namespace CnappAi.Modules.Remediation;

internal sealed class JiraOptions
{
    public string BaseUrl { get; set; } = "";
    public string Email { get; set; } = "";
    public string ApiToken { get; set; } = "";
    public string ProjectKey { get; set; } = "SEC";
    public string IssueType { get; set; } = "Task";

    /// <summary>
    /// The status a plan's finding takes when its ticket (Jira or ServiceNow) is done: <c>Resolved</c> or
    /// <c>InProgress</c>. Any other value is logged by the status sync and changes no finding.
    /// </summary>
    public string DoneMeans { get; set; } = "Resolved";
}
