namespace CnappAi.Modules.IacGate.Contracts;

/// <summary>The gate's verdict on one scan, with every failed check explained.</summary>
/// <param name="ExitCode">0 when the gate passes, 1 when a blocking issue exists (the CLI exits with it).</param>
/// <param name="Issues">Ordered by blocking first, then priority, severity, file and line.</param>
public sealed record GateReport(
    GateOutcome Outcome,
    int ExitCode,
    GatePriority FailOn,
    GateScanInfo Scan,
    GateBaselineInfo Baseline,
    GateTotals Totals,
    IReadOnlyList<GateIssue> Issues,
    IReadOnlyList<GateFixedIssue> Fixed,
    IReadOnlyList<GateReadError> Rejected,
    DateTimeOffset EvaluatedAt);
