using CnappAi.Modules.Normalization;

namespace CnappAi.Modules.Ingestion.Connectors.Sync;

/// <summary>
/// After a clean full sync: findings this connector brought in (their origin is a page in its raw archive folder)
/// that the vendor no longer reports are marked resolved. Findings from file imports or other connectors of the
/// same vendor are never touched.
/// </summary>
internal sealed class MissingFindings(INormalizationFacade findings, RawArchive archive)
{
    public Task<int> ResolveAsync(string connector, string source, IReadOnlySet<string> seen, CancellationToken ct) =>
        findings.ResolveNotSeenAsync(source, archive.ConnectorFolder(connector), seen, ct);
}
