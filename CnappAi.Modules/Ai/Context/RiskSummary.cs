namespace CnappAi.Modules.Ai.Context;

/// <summary>The risk module's own breakdown of a finding's score, when it has scored it with context.</summary>
/// <param name="Factors">Each factor as "name: input (+contribution)".</param>
/// <param name="Ssvc">The CISA SSVC decision label (Track, Track*, Attend, Act) for CVE findings.</param>
internal sealed record RiskSummary(double Score, int Priority, string Model, IReadOnlyList<string> Factors, string? Ssvc, DateTimeOffset? SlaDue, bool SlaBreached, string Summary);
