namespace CnappAi.Modules.Risk.Contracts;

/// <summary>
/// A CISA SSVC decision with the decision points that led to it and, for each, where the value came from
/// (<see cref="Evidence"/>: "CISA KEV", "CVSS vector AV:N/AC:L/PR:N/UI:N", "crown jewel", ...).
/// </summary>
public sealed record SsvcDecision(
    SsvcOutcome Outcome,
    SsvcExploitation Exploitation,
    bool Automatable,
    bool TotalTechnicalImpact,
    SsvcMissionImpact MissionImpact,
    IReadOnlyDictionary<string, string> Evidence)
{
    /// <summary>The decision as CISA writes it: Track, Track*, Attend or Act.</summary>
    public string Label => Outcome == SsvcOutcome.TrackStar ? "Track*" : Outcome.ToString();
}
