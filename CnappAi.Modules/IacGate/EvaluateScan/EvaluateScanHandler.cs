using CnappAi.Modules.IacGate.Contracts;
using CnappAi.Modules.IacGate.Data;
using CnappAi.Modules.IacGate.FalsePositives;
using CnappAi.Modules.IacGate.History;
using Microsoft.Extensions.Logging;

namespace CnappAi.Modules.IacGate.EvaluateScan;

/// <summary>
/// One gate run: read the scan, find the baseline (a file, else the last passing stored scan of the repository and
/// baseline branch), tell new issues from existing ones, triage each, decide, and store the scan for next time.
/// </summary>
internal sealed partial class EvaluateScanHandler(
    ScanReader reader, ExceptionsLoader exceptionsLoader, ScanHistory history, IssueTriage triage, TimeProvider time, ILogger<EvaluateScanHandler> logger)
{
    public async Task<GateReport> HandleAsync(GateRequest request, CancellationToken ct)
    {
        if (!Enum.IsDefined(request.FailOn))
        {
            throw new GateInputException("the threshold must be P1, P2, P3 or P4");
        }

        var scanName = request.ScanName ?? request.ScanPath;
        var exceptions = await exceptionsLoader.LoadAsync(request.ExceptionsPath, ct).ConfigureAwait(false);
        var scan = await reader.ReadAsync(request.ScanPath, $"scan '{scanName}'", ct).ConfigureAwait(false);
        var repository = RepositoryKey.Repository(request.Repository);
        var branch = RepositoryKey.Branch(request.Branch);
        var (baseline, baselineEntries) = await BaselineAsync(request, repository, RepositoryKey.Branch(request.BaselineBranch) ?? branch, ct).ConfigureAwait(false);

        var current = scan.Checks.Select(BaselineEntry.Of).ToList();
        var (existing, gone) = BaselineMatcher.Match(current, baselineEntries);
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var issues = new List<GateIssue>(scan.Checks.Count);
        for (var i = 0; i < scan.Checks.Count; i++)
        {
            issues.Add(await triage.TriageAsync(scan.Checks[i], existing[i], request, exceptions, today, ct).ConfigureAwait(false));
        }

        issues = [.. issues.OrderByDescending(i => i.Blocking).ThenBy(i => i.Priority).ThenByDescending(i => i.Severity)
            .ThenBy(i => i.Status).ThenBy(i => i.File, StringComparer.Ordinal).ThenBy(i => i.StartLine ?? 0)];
        var totals = new GateTotals(
            issues.Count,
            issues.Count(i => i.Status == GateIssueStatus.New),
            issues.Count(i => i.Status == GateIssueStatus.Existing),
            issues.Count(i => i.Blocking),
            issues.Count(i => i.LikelyFalsePositive is not null),
            issues.Count(i => i.Accepted is not null),
            gone.Count,
            scan.Rejected.Count);
        var outcome = totals.Blocking > 0 ? GateOutcome.Fail : GateOutcome.Pass;

        Guid? storedId = null;
        if (request.Store && repository is not null && branch is not null)
        {
            storedId = Guid.NewGuid();
            await history.StoreAsync(
                new StoredScan
                {
                    Id = storedId.Value,
                    Repository = repository,
                    Branch = branch,
                    TakenAt = now,
                    Source = scan.Format,
                    Tools = string.Join(',', scan.Tools),
                    Passed = outcome == GateOutcome.Pass,
                    Issues = totals.Failed,
                    NewIssues = totals.New,
                    Blocking = totals.Blocking,
                    EntriesJson = ScanHistory.Serialize(current),
                },
                ct).ConfigureAwait(false);
        }

        LogOutcome(logger, outcome, repository ?? "(no repository)", branch ?? "(no branch)", totals.New, totals.Blocking);
        return new GateReport(
            outcome,
            outcome == GateOutcome.Fail ? 1 : 0,
            request.FailOn,
            new GateScanInfo(scanName, scan.Source, scan.Format, scan.Tools, repository, branch, request.Workspace, request.Strict, storedId),
            baseline,
            totals,
            issues,
            [.. gone.Select(g => new GateFixedIssue(g.Rule, g.Title, g.File, g.Address))],
            scan.Rejected,
            now);
    }

    private async Task<(GateBaselineInfo Info, IReadOnlyList<BaselineEntry> Entries)> BaselineAsync(
        GateRequest request, string? repository, string? branch, CancellationToken ct)
    {
        if (request.BaselinePath is { } path)
        {
            // Only the file name: on the server the baseline sits in a private temporary folder that is nobody's business.
            var baseline = await reader.ReadAsync(path, $"baseline '{Path.GetFileName(path)}'", ct).ConfigureAwait(false);
            var entries = baseline.Checks.Select(BaselineEntry.Of).ToList();
            return (new GateBaselineInfo(GateBaselineKind.File, $"baseline scan file {Path.GetFileName(path)}", null, null, entries.Count), entries);
        }

        if (repository is null || branch is null)
        {
            return (new GateBaselineInfo(GateBaselineKind.None,
                "no baseline (no baseline file, and no repository and branch to look up stored scans): every issue counts as new", null, null, 0), []);
        }

        if (await history.LastPassingAsync(repository, branch, ct).ConfigureAwait(false) is not { } stored)
        {
            return (new GateBaselineInfo(GateBaselineKind.None,
                $"no passing scan of {repository}@{branch} is stored yet: every issue counts as new", null, null, 0), []);
        }

        return (new GateBaselineInfo(GateBaselineKind.StoredScan,
            $"last passing scan of {repository}@{branch} ({stored.Scan.TakenAt:yyyy-MM-dd HH:mm} UTC)",
            stored.Scan.Id, stored.Scan.TakenAt, stored.Entries.Count), stored.Entries);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "IaC gate {Outcome} for {Repository}@{Branch}: {New} new issues, {Blocking} blocking")]
    private static partial void LogOutcome(ILogger logger, GateOutcome outcome, string repository, string branch, int @new, int blocking);
}
