namespace CnappAi.Modules.Remediation.Contracts;

/// <summary>What one action of a remediation plan does. Remediation is the only module where actions exist.</summary>
public enum ActionType
{
    JiraIssue = 0,
    ServiceNowIncident = 1,
    ServiceNowChange = 2,
    SlackMessage = 3,
    GitHubPullRequest = 4,

    /// <summary>Adds a tag (AWS, Azure) or label (GCP) to the finding's resource.</summary>
    CloudTag = 5,

    /// <summary>A temporary network restriction: an Azure NSG deny rule or a GCP firewall deny rule.</summary>
    CloudNetworkRestriction = 6,

    /// <summary>A risk acceptance of the finding through the risk module (a known false positive).</summary>
    SuppressFinding = 7,
}
