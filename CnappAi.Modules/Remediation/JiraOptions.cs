namespace CnappAi.Modules.Remediation;

internal sealed class JiraOptions
{
    public string BaseUrl { get; set; } = "";
    public string Email { get; set; } = "";
    public string ApiToken { get; set; } = "";
    public string ProjectKey { get; set; } = "SEC";
    public string IssueType { get; set; } = "Task";

    /// <summary>The finding status a done ticket means: <c>Resolved</c> or <c>InProgress</c>.</summary>
    public string DoneMeans { get; set; } = "Resolved";
}
