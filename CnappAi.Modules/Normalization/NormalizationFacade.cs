using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Normalization.ExportFindings;
using CnappAi.Modules.Normalization.QueryFindings;
using CnappAi.Modules.Normalization.StoreFindings;

namespace CnappAi.Modules.Normalization;

internal sealed class NormalizationFacade(StoreFindingsHandler store, QueryFindingsHandler query) : INormalizationFacade
{
    public string FindingIdOf(NormalizedObservation observation) => FindingIdentity.IdOf(observation);

    public Task<StoreResult> StoreAsync(IReadOnlyList<FindingWrite> batch, CancellationToken ct) => store.HandleAsync(batch, ct);

    public Task<FindingPage> QueryAsync(FindingQuery findingQuery, CancellationToken ct) => query.PageAsync(findingQuery, ct);

    public IAsyncEnumerable<FindingView> ExportAsync(FindingQuery findingQuery, CancellationToken ct) => query.ExportAsync(findingQuery, ct);

    public Task<int> WriteExportAsync(FindingQuery findingQuery, ExportFormat format, TextWriter output, CancellationToken ct) =>
        FindingExporter.WriteAsync(query.ExportAsync(findingQuery, ct), format, output, ct);

    public Task<FindingView?> GetAsync(string id, CancellationToken ct) => query.GetAsync(id, ct);

    public Task<string?> GetRawRecordAsync(string id, CancellationToken ct) => query.GetRawAsync(id, ct);

    public Task<FindingTotals> GetTotalsAsync(CancellationToken ct) => query.TotalsAsync(ct);
}
