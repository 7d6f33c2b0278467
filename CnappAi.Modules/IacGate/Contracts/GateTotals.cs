namespace CnappAi.Modules.IacGate.Contracts;

/// <summary>Counts over the report's issues.</summary>
/// <param name="Failed">Failed checks in the scan.</param>
/// <param name="Blocking">New issues at or above the threshold that are neither accepted nor (outside strict mode) likely false positives.</param>
/// <param name="Fixed">Baseline issues this scan no longer reports.</param>
/// <param name="Rejected">Records of the scan that could not be read.</param>
public sealed record GateTotals(int Failed, int New, int Existing, int Blocking, int LikelyFalsePositives, int Accepted, int Fixed, int Rejected);
