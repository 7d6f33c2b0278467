namespace CnappAi.Modules.IacGate.Contracts;

/// <summary>What the scan was compared with.</summary>
/// <param name="Description">In words, e.g. "stored scan of acme/app@main from 2026-05-01 (passed)".</param>
/// <param name="Issues">How many issues the baseline holds.</param>
public sealed record GateBaselineInfo(GateBaselineKind Kind, string Description, Guid? ScanId, DateTimeOffset? TakenAt, int Issues);
