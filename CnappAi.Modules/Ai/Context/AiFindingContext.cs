using CnappAi.Modules.Correlation.Contracts;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ai.Context;

/// <summary>
/// Everything the agents know about one finding, built from other modules' facades: the finding, the other tools'
/// observations of the same problem, the asset's business context, the shared control it fails, the risk factors read
/// here, and the risk module's own breakdown when it has scored the finding with context.
/// </summary>
internal sealed record AiFindingContext(
    FindingView Finding,
    IReadOnlyList<FindingView> Corroborating,
    AssetContext Asset,
    SharedControl? Control,
    IReadOnlyList<RiskFactor> RiskFactors,
    string? RawRecordExcerpt,
    RiskSummary? Risk = null)
{
    public IReadOnlyList<string> FindingIds => [Finding.Id, .. Corroborating.Select(c => c.Id)];

    public IReadOnlyList<string> Sources => [.. Corroborating.Select(c => c.Source).Prepend(Finding.Source).Distinct()];

    public bool IsOpen => Finding.Status is FindingStatus.Open or FindingStatus.InProgress;

    public bool Has(string factor) => RiskFactors.Any(f => f.Name == factor);
}
