using CnappAi.Modules.Assets;
using CnappAi.Modules.Assets.Contracts;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Risk;

namespace CnappAi.Modules.Ai.Context;

/// <summary>
/// Business context and risk breakdown from the asset inventory and the risk module, through their facades. The
/// inventory's fields win; tags read from the raw record fill what it does not know.
/// </summary>
internal sealed class InventoryContext(IAssetsFacade assets, IRiskFacade risk)
{
    public async Task<AssetContext> MergeAsync(FindingView finding, AssetContext fromTags, CancellationToken ct)
    {
        var asset = await assets.GetAsync(finding.Resource.Uid, ct).ConfigureAwait(false);
        var c = asset?.Context;
        var team = c?.Team ?? finding.Team;
        var environment = c?.Environment ?? finding.Environment;
        if (c is null && team is null && environment is null)
        {
            return fromTags;
        }

        return new AssetContext(
            team ?? fromTags.OwnerTeam,
            c?.Application ?? fromTags.Application,
            environment ?? fromTags.Environment,
            c?.DataClassification?.ToLowerInvariant() ?? fromTags.DataClassification,
            c is { Criticality: not Criticality.Unknown } ? c.Criticality.ToString().ToLowerInvariant() : fromTags.Criticality,
            c?.InternetFacing ?? fromTags.InternetFacing,
            "inventory");
    }

    public async Task<RiskSummary?> BreakdownAsync(FindingView finding, CancellationToken ct)
    {
        var breakdown = await risk.GetBreakdownAsync(finding.Id, ct).ConfigureAwait(false);
        // No stored scoring (findings written without the scoring pass) decodes to all-zero factors: not a breakdown.
        if (breakdown is null || breakdown.Factors.All(f => f.Contribution == 0))
        {
            return null;
        }

        return new RiskSummary(
            breakdown.Score, breakdown.Priority, breakdown.Model,
            [.. breakdown.Factors.Where(f => f.Contribution != 0).Select(f => $"{f.Name}: {f.Input} ({f.Contribution:+0.0;-0.0})")],
            breakdown.Ssvc?.Label, breakdown.SlaDue, breakdown.SlaBreached, breakdown.Summary);
    }
}
