namespace CnappAi.Modules.Compliance.Contracts;

/// <summary>
/// One line of an evidence package: what was checked (<see cref="Check"/>, the tool's rule), when
/// (<see cref="CheckedAt"/>, the tool's last sighting), by which tool, the result and the resource.
/// </summary>
public sealed record EvidenceRow(
    string FrameworkId,
    string ControlId,
    string ControlTitle,
    string SharedControlId,
    string Check,
    string? RuleId,
    string Tool,
    DateTimeOffset? CheckedAt,
    ControlResult Result,
    string Status,
    string ResourceUid,
    string FindingId);
