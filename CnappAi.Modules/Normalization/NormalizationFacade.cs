using CnappAi.Modules.Normalization.ClusterMembers;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Normalization.ExportFindings;
using CnappAi.Modules.Normalization.QueryFindings;
using CnappAi.Modules.Normalization.ResolveMissing;
using CnappAi.Modules.Normalization.SetStatus;
using CnappAi.Modules.Normalization.StoreFindings;
using CnappAi.Modules.Shared.Security;

namespace CnappAi.Modules.Normalization;

internal sealed class NormalizationFacade(
    IActorAccessor actors,
    StoreFindingsHandler store,
    QueryFindingsHandler query,
    StreamMembersHandler members,
    UpdateMembersHandler updates,
    ResolveMissingHandler resolveMissing,
    SetFindingStatusHandler setStatus) : INormalizationFacade
{
    public string FindingIdOf(NormalizedObservation observation)
    {
        actors.Demand(Roles.Viewer);
        return FindingIdentity.IdOf(observation);
    }

    public Task<StoreResult> StoreAsync(IReadOnlyList<FindingWrite> batch, CancellationToken ct)
    {
        actors.Demand(Roles.Analyst);
        return store.HandleAsync(batch, ct);
    }

    public Task<FindingPage> QueryAsync(FindingQuery findingQuery, CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        return query.PageAsync(findingQuery, ct);
    }

    public IAsyncEnumerable<FindingView> ExportAsync(FindingQuery findingQuery, CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        return query.ExportAsync(findingQuery, ct);
    }

    public Task<int> WriteExportAsync(FindingQuery findingQuery, ExportFormat format, TextWriter output, CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        return FindingExporter.WriteAsync(query.ExportAsync(findingQuery, ct), format, output, ct);
    }

    public Task<FindingView?> GetAsync(string id, CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        return query.GetAsync(id, ct);
    }

    public Task<string?> GetRawRecordAsync(string id, CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        return query.GetRawAsync(id, ct);
    }

    public Task<FindingTotals> GetTotalsAsync(CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        return query.TotalsAsync(ct);
    }

    public IAsyncEnumerable<ClusterMember> StreamMembersAsync(MemberFilter filter, CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        return members.StreamAsync(filter, ct);
    }

    public Task<int> ApplyEnrichmentAsync(IReadOnlyList<EnrichmentUpdate> enrichment, CancellationToken ct)
    {
        actors.Demand(Roles.Analyst);
        return updates.EnrichAsync(enrichment, ct);
    }

    public Task<int> MoveToClustersAsync(IReadOnlyList<ClusterMove> moves, CancellationToken ct)
    {
        actors.Demand(Roles.Analyst);
        return updates.MoveAsync(moves, ct);
    }

    public Task<int> ResolveNotSeenAsync(string source, string originPrefix, IReadOnlySet<string> seenFindingIds, CancellationToken ct)
    {
        actors.Demand(Roles.Analyst);
        return resolveMissing.HandleAsync(source, originPrefix, seenFindingIds, ct);
    }

    public Task<int> SetStatusAsync(IReadOnlyCollection<string> findingIds, FindingStatus status, CancellationToken ct)
    {
        actors.Demand(Roles.Analyst);
        return setStatus.HandleAsync(findingIds, status, ct);
    }
}
