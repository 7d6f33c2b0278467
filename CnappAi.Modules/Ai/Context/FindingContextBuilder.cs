using CnappAi.Modules.Normalization;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ai.Context;

/// <summary>Builds <see cref="AiFindingContext"/> from the normalization facade; nothing here writes.</summary>
internal sealed class FindingContextBuilder(INormalizationFacade findings, InventoryContext inventory, TimeProvider clock)
{
    private const int RawExcerptChars = 4000;

    public async Task<AiFindingContext?> BuildAsync(string findingId, CancellationToken ct)
    {
        var finding = await findings.GetAsync(findingId.Trim(), ct).ConfigureAwait(false);
        if (finding is null)
        {
            return null;
        }

        var raw = await findings.GetRawRecordAsync(finding.Id, ct).ConfigureAwait(false);
        var siblings = await CorroboratingAsync(finding, ct).ConfigureAwait(false);
        var asset = AssetContextReader.From(finding, raw);
        if (asset.Source == "none" || asset.OwnerTeam is null)
        {
            // Another tool's record of the same problem may carry the tags this one lacks.
            foreach (var sibling in siblings)
            {
                var other = AssetContextReader.From(sibling, await findings.GetRawRecordAsync(sibling.Id, ct).ConfigureAwait(false));
                if (other.OwnerTeam is not null)
                {
                    asset = other;
                    break;
                }
            }
        }

        asset = await inventory.MergeAsync(finding, asset, ct).ConfigureAwait(false);
        var control = ControlResolver.Resolve(finding);
        var factors = RiskFactors.For(finding, siblings, asset, control, clock.GetUtcNow());
        var risk = await inventory.BreakdownAsync(finding, ct).ConfigureAwait(false);
        return new AiFindingContext(finding, siblings, asset, control, factors, raw is null ? null : raw.Length <= RawExcerptChars ? raw : raw[..RawExcerptChars], risk);
    }

    private async Task<IReadOnlyList<FindingView>> CorroboratingAsync(FindingView finding, CancellationToken ct)
    {
        var sameResource = await findings.QueryAsync(new FindingQuery { ClusterId = finding.ClusterId, Take = 500 }, ct).ConfigureAwait(false);
        return [.. sameResource.Items.Where(f => f.ClusterId == finding.ClusterId && f.Id != finding.Id)];
    }
}
