using CnappAi.Modules.IacGate.Contracts;

namespace CnappAi.Modules.IacGate.EvaluateScan;

/// <summary>What a scan file holds: its format, its failed checks and the records that could not be read.</summary>
internal sealed record ScanContents(string Source, string Format, IReadOnlyList<ScannedCheck> Checks, IReadOnlyList<GateReadError> Rejected)
{
    public IReadOnlyList<string> Tools => [.. Checks.Select(c => c.Tool).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)];
}
