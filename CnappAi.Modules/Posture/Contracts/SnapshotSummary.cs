namespace CnappAi.Modules.Posture.Contracts;

/// <summary>What a snapshot run stored: the day captured, its rows, and the days back-filled (none once history exists).</summary>
public sealed record SnapshotSummary(DateOnly Day, int Findings, int Rows, int BackfilledDays);
