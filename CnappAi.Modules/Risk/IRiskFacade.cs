using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Risk.Contracts;

namespace CnappAi.Modules.Risk;

/// <summary>
/// Risk scoring with business context: a 0–10 score and P1–P4 per unified finding with a stored breakdown of every
/// factor, a CISA SSVC decision for CVE findings, SLA due dates, exceptions (risk acceptances and suppression rules)
/// and the KEV/EPSS feeds. Weights, bands and SLA days come from configuration (docs/risk-scoring.md).
/// </summary>
public interface IRiskFacade
{
    /// <summary>The context-free baseline of an observation (severity and CVSS only), part of a finding's content hash.</summary>
    RiskAssessment ScoreAtImport(NormalizedObservation observation);

    /// <summary>Loads threat intel, exceptions, attack-path members and the asset inventory for <see cref="EnrichAtImport"/>; call once before an import.</summary>
    Task PrepareAsync(CancellationToken ct);

    /// <summary>
    /// Scores one observation as a unified finding of its own, in memory (call <see cref="PrepareAsync"/> first): the
    /// enrichment to store with it. The post-import pass corrects findings that turn out to have several members.
    /// </summary>
    FindingEnrichment EnrichAtImport(NormalizedObservation observation, string clusterId, string? controlId, string? matchReason);

    /// <summary>
    /// The post-import pass: rescores unified findings that gained or changed members since <paramref name="importStartedAt"/>,
    /// findings on assets whose context changed after they were scored, and everything when an exception expired.
    /// </summary>
    Task<RescoreSummary> ScoreAfterImportAsync(DateTimeOffset? importStartedAt, CancellationToken ct);

    /// <summary>Rescores these unified findings now (after a split, a confirmed mapping or a context edit).</summary>
    Task<RescoreSummary> RescoreClustersAsync(IReadOnlyCollection<string> clusterIds, CancellationToken ct);

    /// <summary>Rescores findings on these resources now (after a manual context edit).</summary>
    Task<RescoreSummary> RescoreResourcesAsync(IReadOnlyCollection<string> resourceUids, CancellationToken ct);

    /// <summary>Rescores every finding (after a weight change or a threat-intel refresh).</summary>
    Task<RescoreSummary> RescoreAllAsync(CancellationToken ct);

    /// <summary>"Why this score" for a finding id or unified-finding (cluster) id; null when unknown.</summary>
    Task<RiskBreakdown?> GetBreakdownAsync(string findingOrClusterId, CancellationToken ct);

    /// <summary>Creates a risk acceptance or suppression rule and rescores what it covers. Throws <see cref="FluentValidation.ValidationException"/> when invalid.</summary>
    Task<RiskExceptionView> CreateExceptionAsync(CreateExceptionRequest request, CancellationToken ct);

    /// <summary>Revokes an exception (its findings reopen); false when unknown or already revoked.</summary>
    Task<bool> RevokeExceptionAsync(Guid exceptionId, string revokedBy, string reason, CancellationToken ct);

    Task<IReadOnlyList<RiskExceptionView>> GetExceptionsAsync(bool includeInactive, CancellationToken ct);

    /// <summary>The history of one exception, or of all when <paramref name="exceptionId"/> is null (created, revoked, expired).</summary>
    Task<IReadOnlyList<ExceptionEventView>> GetExceptionHistoryAsync(Guid? exceptionId, CancellationToken ct);

    /// <summary>
    /// Replaces the set of unified findings (by cluster id, as in <see cref="FindingView.ClusterId"/>) that lie on attack
    /// paths, with the path ids for each; findings that joined or left are rescored. Returns how many changed.
    /// </summary>
    Task<int> SetAttackPathMembershipAsync(IReadOnlyDictionary<string, IReadOnlyList<string>> pathsByCluster, CancellationToken ct);

    /// <summary>Days to fix by priority (1–4) as configured (<c>Risk:SlaDaysP1</c> … <c>P4</c>, defaults 7, 30, 90, 180).</summary>
    IReadOnlyDictionary<int, int> GetSlaDays();

    /// <summary>Which KEV and EPSS data scoring uses now.</summary>
    Task<ThreatIntelStatus> GetThreatIntelStatusAsync(CancellationToken ct);

    /// <summary>Downloads KEV and EPSS now (keeping the last good copy on failure); rescoring follows when a feed changed.</summary>
    Task<ThreatIntelStatus> RefreshThreatIntelAsync(CancellationToken ct);
}
