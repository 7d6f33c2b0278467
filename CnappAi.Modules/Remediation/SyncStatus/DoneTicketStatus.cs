using CnappAi.Modules.Normalization;
using CnappAi.Modules.Normalization.Contracts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.Remediation.SyncStatus;

/// <summary>
/// Moves the plan's finding to the status a done ticket stands for (<c>Remediation:Jira:DoneMeans</c>, <c>Resolved</c>
/// or <c>InProgress</c>). Only the plan's own finding changes: a plan is requested for one finding, and the other
/// members of its unified finding are other tools' reports, which stay as their tools last said. The unified finding
/// follows the usual rule (open while any member is open). A value outside the two is logged and changes nothing.
/// </summary>
internal sealed class DoneTicketStatus(INormalizationFacade findings, IOptions<RemediationOptions> options, ILogger<DoneTicketStatus> logger)
{
    private static readonly FindingStatus[] Allowed = [FindingStatus.Resolved, FindingStatus.InProgress];

    public async Task<FindingStatusChange> ApplyAsync(string findingId, string ticketKey, CancellationToken ct)
    {
        var configured = options.Value.Jira.DoneMeans;
        if (Parse(configured) is not { } status)
        {
            logger.LogWarning("Ticket {Key} is done but Remediation:Jira:DoneMeans '{Value}' is not Resolved or InProgress; finding {FindingId} is left as it is", ticketKey, configured, findingId);
            return new FindingStatusChange(null, $"Remediation:Jira:DoneMeans '{configured}' is not Resolved or InProgress", null);
        }

        var finding = await findings.GetAsync(findingId, ct).ConfigureAwait(false);
        if (finding is null)
        {
            return new FindingStatusChange(null, "the finding is no longer stored", null);
        }

        if (finding.Status == status)
        {
            return new FindingStatusChange(null, $"the finding is already {status}", null);
        }

        var changed = await findings.SetStatusAsync([findingId], status, ct).ConfigureAwait(false);
        return changed > 0
            ? new FindingStatusChange(status, null, finding.ClusterId)
            : new FindingStatusChange(null, "the finding changed meanwhile", null);
    }

    // By name only: a number would pass Enum.TryParse and mean a status nobody wrote down.
    private static FindingStatus? Parse(string? configured) =>
        Allowed.Select(s => (FindingStatus?)s).FirstOrDefault(s => string.Equals(s.ToString(), configured?.Trim(), StringComparison.OrdinalIgnoreCase));
}

/// <summary>What a done ticket did to its finding: the status applied, or why none was, and the cluster to rescore.</summary>
internal sealed record FindingStatusChange(FindingStatus? Applied, string? Note, string? ClusterId);
