using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Risk.AttackPaths;
using CnappAi.Modules.Risk.Contracts;
using CnappAi.Modules.Risk.Exceptions;
using CnappAi.Modules.Risk.ScoreRisk;
using CnappAi.Modules.Risk.ThreatIntel;
using CnappAi.Modules.Shared.Security;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.Risk;

internal sealed class RiskFacade(
    IActorAccessor actors,
    ScoringState state,
    ClusterScorer scorer,
    ScoreClustersHandler clusters,
    ScoreAfterImportHandler afterImport,
    BreakdownHandler breakdown,
    ManageExceptionsHandler exceptions,
    ExceptionViews exceptionViews,
    SetPathMembershipHandler paths,
    ThreatIntelStore intel,
    RefreshThreatIntelHandler refreshHandler,
    IOptions<RiskOptions> options,
    TimeProvider clock) : IRiskFacade
{
    public RiskAssessment ScoreAtImport(NormalizedObservation observation)
    {
        actors.Demand(Roles.Viewer);
        return BaselineRiskModel.Score(observation);
    }

    public Task PrepareAsync(CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        return state.PrepareAsync(warmAssets: true, ct);
    }

    public FindingEnrichment EnrichAtImport(NormalizedObservation observation, string clusterId, string? controlId, string? matchReason)
    {
        actors.Demand(Roles.Viewer);
        return scorer.Score(clusterId, [MemberFacts.Of(observation, controlId, matchReason, clock.GetUtcNow())], state.Current).Members[0];
    }

    public Task<RescoreSummary> ScoreAfterImportAsync(DateTimeOffset? importStartedAt, CancellationToken ct)
    {
        actors.Demand(Roles.Analyst);
        return afterImport.HandleAsync(importStartedAt, ct);
    }

    public Task<RescoreSummary> RescoreClustersAsync(IReadOnlyCollection<string> clusterIds, CancellationToken ct)
    {
        actors.Demand(Roles.Analyst);
        return RescoreAsync(new MemberFilter { ClusterIds = clusterIds }, clusterIds.Count == 0, ct);
    }

    public Task<RescoreSummary> RescoreResourcesAsync(IReadOnlyCollection<string> resourceUids, CancellationToken ct)
    {
        actors.Demand(Roles.Analyst);
        return RescoreAsync(new MemberFilter { ResourceUids = resourceUids }, resourceUids.Count == 0, ct);
    }

    public Task<RescoreSummary> RescoreAllAsync(CancellationToken ct)
    {
        actors.Demand(Roles.Analyst);
        return RescoreAsync(new MemberFilter(), false, ct);
    }

    public Task<RiskBreakdown?> GetBreakdownAsync(string findingOrClusterId, CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        return breakdown.HandleAsync(findingOrClusterId, ct);
    }

    public Task<RiskExceptionView> CreateExceptionAsync(CreateExceptionRequest request, CancellationToken ct)
    {
        actors.Demand(Roles.Analyst);
        return exceptions.CreateAsync(request, ct);
    }

    public Task<bool> RevokeExceptionAsync(Guid exceptionId, string revokedBy, string reason, CancellationToken ct)
    {
        actors.Demand(Roles.Analyst);
        return exceptions.RevokeAsync(exceptionId, revokedBy, reason, ct);
    }

    public Task<IReadOnlyList<RiskExceptionView>> GetExceptionsAsync(bool includeInactive, CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        return exceptionViews.ListAsync(includeInactive, ct);
    }

    public Task<IReadOnlyList<ExceptionEventView>> GetExceptionHistoryAsync(Guid? exceptionId, CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        return exceptionViews.HistoryAsync(exceptionId, ct);
    }

    public Task<int> SetAttackPathMembershipAsync(IReadOnlyDictionary<string, IReadOnlyList<string>> pathsByCluster, CancellationToken ct)
    {
        actors.Demand(Roles.Analyst);
        return paths.HandleAsync(pathsByCluster, ct);
    }

    public IReadOnlyDictionary<int, int> GetSlaDays()
    {
        actors.Demand(Roles.Viewer);
        var o = options.Value;
        return new Dictionary<int, int> { [1] = o.SlaDaysP1, [2] = o.SlaDaysP2, [3] = o.SlaDaysP3, [4] = o.SlaDaysP4 };
    }

    public async Task<ThreatIntelStatus> GetThreatIntelStatusAsync(CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        var snapshot = await intel.LoadAsync(reload: false, ct).ConfigureAwait(false);
        return new ThreatIntelStatus(snapshot.KevVersion, snapshot.Kev.Count, snapshot.EpssVersion, snapshot.Epss.Count, snapshot.Origin, []);
    }

    public async Task<ThreatIntelStatus> RefreshThreatIntelAsync(CancellationToken ct)
    {
        actors.Demand(Roles.Admin);
        var (status, changed) = await refreshHandler.HandleAsync(ct).ConfigureAwait(false);
        if (changed)
        {
            await RescoreAllAsync(ct).ConfigureAwait(false);
        }

        return status;
    }

    private async Task<RescoreSummary> RescoreAsync(MemberFilter filter, bool nothing, CancellationToken ct)
    {
        if (nothing)
        {
            return RescoreSummary.Empty;
        }

        await state.PrepareAsync(warmAssets: true, ct).ConfigureAwait(false);
        return await clusters.HandleAsync(filter, ct).ConfigureAwait(false);
    }
}
