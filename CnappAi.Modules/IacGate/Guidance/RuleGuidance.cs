using CnappAi.Modules.IacGate.Fixes;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.IacGate.Guidance;

/// <summary>
/// What the gate knows about one kind of failure, whichever scanner reports it: the shared control it breaks, how
/// serious it is when the scanner gives no severity, a plain explanation, and the fixes per resource type.
/// </summary>
/// <param name="Key">Stable catalogue key, e.g. <c>aws.s3.encryption</c>.</param>
/// <param name="ControlId">A shared control id (<c>storage.encryption-at-rest</c>), or null for hygiene checks no control covers.</param>
/// <param name="RuleIds">Checkov, Trivy/tfsec and KICS ids, in any spelling <see cref="RuleIds.Normalize"/> accepts.</param>
internal sealed record RuleGuidance(
    string Key,
    string? ControlId,
    Severity Severity,
    string Explanation,
    IReadOnlyList<string> RuleIds,
    IReadOnlyList<FixRecipe> Fixes);
