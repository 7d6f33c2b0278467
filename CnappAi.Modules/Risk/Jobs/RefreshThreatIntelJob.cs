using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Risk.ScoreRisk;
using CnappAi.Modules.Risk.ThreatIntel;
using Hangfire;

namespace CnappAi.Modules.Risk.Jobs;

/// <summary>Refreshes KEV and EPSS when the URLs answer (keeping the last good copy when not), and rescores everything when a feed changed.</summary>
[DisableConcurrentExecution(timeoutInSeconds: 3600)]
[AutomaticRetry(Attempts = 2)]
internal sealed class RefreshThreatIntelJob(RefreshThreatIntelHandler refresh, ScoringState state, ScoreClustersHandler clusters)
{
    public async Task RunAsync(CancellationToken ct)
    {
        var (_, changed) = await refresh.HandleAsync(ct).ConfigureAwait(false);
        if (changed)
        {
            await state.PrepareAsync(warmAssets: true, ct).ConfigureAwait(false);
            await clusters.HandleAsync(new MemberFilter(), ct).ConfigureAwait(false);
        }
    }
}
