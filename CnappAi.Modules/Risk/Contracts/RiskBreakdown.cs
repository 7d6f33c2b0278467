namespace CnappAi.Modules.Risk.Contracts;

/// <summary>
/// "Why this score": every factor of a unified finding's score as stored at scoring time, the SSVC decision beside it
/// (vulnerabilities with a CVE), the SLA and any exception that suppresses it. <see cref="Score"/> is
/// <see cref="RawTotal"/> clamped to 0–10.
/// </summary>
public sealed record RiskBreakdown(
    string ClusterId,
    double Score,
    double RawTotal,
    int Priority,
    string Model,
    IReadOnlyList<RiskFactor> Factors,
    SsvcDecision? Ssvc,
    DateTimeOffset? SlaDue,
    bool SlaBreached,
    DateTimeOffset? SuppressedUntil,
    string? ExceptionId,
    string Summary);
