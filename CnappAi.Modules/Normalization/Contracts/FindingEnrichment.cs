namespace CnappAi.Modules.Normalization.Contracts;

/// <summary>
/// What correlation, the asset inventory and risk scoring add to a stored finding. It is written beside the
/// observation but is not part of its content hash, so a change of context (a CMDB import, a new KEV entry, an
/// exception) never makes a re-import of unchanged source data count as an update.
/// </summary>
/// <param name="ControlId">The shared control the finding's rule maps to (<c>storage.public-access</c>), when mapped.</param>
/// <param name="MatchReason">Why the finding belongs to its cluster, e.g. <c>cve CVE-2021-44228 on resource</c>.</param>
/// <param name="RiskScore">The contextual 0–10 score of the unified finding.</param>
/// <param name="Priority">1 = P1 … 4 = P4.</param>
/// <param name="RiskFactors">The scoring breakdown, encoded by the risk module (opaque here).</param>
/// <param name="Team">Owner team of the resource, from the asset inventory.</param>
/// <param name="Environment">Environment of the resource (<c>prod</c>, <c>staging</c>, <c>dev</c>, ...).</param>
/// <param name="SlaDue">When the finding must be fixed by, from its priority's SLA.</param>
/// <param name="SuppressedUntil">Set while a risk acceptance or suppression rule covers the finding.</param>
/// <param name="IsPrimary">True for the one row that represents its unified finding in the ranked queue.</param>
/// <param name="ClusterSources">How many distinct tools report the unified finding.</param>
public sealed record FindingEnrichment(
    string? ControlId,
    string? MatchReason,
    double RiskScore,
    int Priority,
    string? RiskFactors,
    string? Team,
    string? Environment,
    DateTimeOffset? SlaDue,
    DateTimeOffset? SuppressedUntil,
    bool IsPrimary = true,
    int ClusterSources = 1);
