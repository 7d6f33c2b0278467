using CnappAi.Modules.Remediation.Contracts;

namespace CnappAi.Tests.Web.Pages.Remediation;

/// <summary>Plan views for page tests, with text that would be markup if a page rendered it as HTML.</summary>
internal static class RemediationViews
{
    public const string Hostile = "<img src=x onerror=alert(1)>";

    public static PlanView Plan(PlanStatus status = PlanStatus.PendingApproval, ActionStatus actionStatus = ActionStatus.Pending, string? error = null) => new(
        Guid.Parse("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"), "f-1", $"[P1] Public bucket {Hostile}", "prod", status, "ana", "Ana Analyst",
        DateTimeOffset.UnixEpoch, 1, new string('a', 64), null, null, [],
        [
            new PlanActionView(Guid.NewGuid(), 0, ActionType.JiraIssue, GovernanceMode.HumanInTheLoop, "Jira issue in SEC", $"Fix it {Hostile}",
                [new RenderedRequest("POST", "https://acme.atlassian.net/rest/api/3/issue", new Dictionary<string, string> { ["Content-Type"] = "application/json" }, "{\"fields\":{}}")],
                new string('b', 64), "cnappai-key", actionStatus, error is null ? 0 : 3, actionStatus == ActionStatus.Succeeded ? "SEC-24" : null,
                actionStatus == ActionStatus.Succeeded ? "https://acme.atlassian.net/browse/SEC-24" : null, error, null, null),
        ]);
}
