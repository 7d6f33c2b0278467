using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.IacGate.EvaluateScan;

/// <summary>
/// One failed check as the gate needs it: the ingestion parser's observation plus where it points (file, lines,
/// resource address) and the offending code, taken from the scanner's raw record.
/// </summary>
/// <param name="Address">The IaC resource address (<c>aws_s3_bucket.logs</c>), when the scanner or the snippet names one.</param>
/// <param name="Snippet">The offending code as scanned, one entry per line; empty when the scanner gave none.</param>
/// <param name="ToolFingerprint">The scanner's own fingerprints (SARIF), used when there is no snippet.</param>
/// <param name="SuppressionReason">Why the check was skipped in the code (a <c>checkov:skip</c> comment, a SARIF suppression).</param>
internal sealed record ScannedCheck(
    NormalizedObservation Observation,
    string Tool,
    string RuleId,
    string File,
    int? StartLine,
    int? EndLine,
    string? Address,
    string? ResourceType,
    string? ResourceName,
    IReadOnlyList<string> Snippet,
    string? ToolFingerprint,
    string Language,
    string? SuppressionReason,
    string? HelpUri)
{
    /// <summary>A digest of the offending code that ignores indentation and blank lines, so moved or re-indented code keeps it.</summary>
    public string? CodeDigest { get; } = SnippetDigest.Of(Snippet) ?? ToolFingerprint;
}
