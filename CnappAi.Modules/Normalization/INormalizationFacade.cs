using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Normalization;

/// <summary>The normalized finding store: the only way other modules and the UI read or write findings.</summary>
public interface INormalizationFacade
{
    /// <summary>The stable id of a finding: the same source and source id always give the same id.</summary>
    string FindingIdOf(NormalizedObservation observation);

    /// <summary>Inserts new findings, updates changed ones and leaves identical ones untouched, in one transaction.</summary>
    Task<StoreResult> StoreAsync(IReadOnlyList<FindingWrite> batch, CancellationToken ct);

    Task<FindingPage> QueryAsync(FindingQuery query, CancellationToken ct);

    /// <summary>Streams every finding matching the query's filters (paging ignored), ordered by id.</summary>
    IAsyncEnumerable<FindingView> ExportAsync(FindingQuery query, CancellationToken ct);

    /// <summary>Writes every finding matching the query's filters in the given format; returns how many were written.</summary>
    Task<int> WriteExportAsync(FindingQuery query, ExportFormat format, TextWriter output, CancellationToken ct);

    Task<FindingView?> GetAsync(string id, CancellationToken ct);

    /// <summary>The source's record exactly as imported.</summary>
    Task<string?> GetRawRecordAsync(string id, CancellationToken ct);

    Task<FindingTotals> GetTotalsAsync(CancellationToken ct);

    /// <summary>
    /// Streams stored findings in the narrow shape the correlate-and-score passes need, ordered by cluster so each
    /// unified finding's members arrive together (see <see cref="MemberFilter"/>).
    /// </summary>
    IAsyncEnumerable<ClusterMember> StreamMembersAsync(MemberFilter filter, CancellationToken ct);

    /// <summary>Writes new enrichment (context, score, priority, SLA, suppression, primary row) for many findings in one transaction; returns rows changed.</summary>
    Task<int> ApplyEnrichmentAsync(IReadOnlyList<EnrichmentUpdate> updates, CancellationToken ct);

    /// <summary>Moves findings to other unified findings in one transaction (splits, newly confirmed mappings); returns rows changed.</summary>
    Task<int> MoveToClustersAsync(IReadOnlyList<ClusterMove> moves, CancellationToken ct);

    /// <summary>
    /// After a complete (full) read of a source: marks resolved the open findings of <paramref name="source"/> whose
    /// origin file lies under <paramref name="originPrefix"/> and whose id is not in <paramref name="seenFindingIds"/>;
    /// returns how many. A finding reported again later is reopened by its next import.
    /// </summary>
    Task<int> ResolveNotSeenAsync(string source, string originPrefix, IReadOnlySet<string> seenFindingIds, CancellationToken ct);

    /// <summary>
    /// Sets the status of these stored findings (a ticket closed in CnappAi's name, a person's triage) in one
    /// transaction; returns how many changed. Unknown ids and findings already in <paramref name="status"/> are left
    /// alone. The caller records why (its own audit record). The vendor's view wins once it reports again: a later
    /// import whose observation changed overwrites the status, an unchanged re-import is skipped and keeps it. Call
    /// <c>IRiskFacade.RescoreClustersAsync</c> afterwards for priority and SLA to follow.
    /// </summary>
    Task<int> SetStatusAsync(IReadOnlyCollection<string> findingIds, FindingStatus status, CancellationToken ct);
}
