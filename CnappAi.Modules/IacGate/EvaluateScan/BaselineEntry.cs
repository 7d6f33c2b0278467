using CnappAi.Modules.IacGate.Guidance;

namespace CnappAi.Modules.IacGate.EvaluateScan;

/// <summary>
/// The identity of an issue across scans: normalized rule, file, resource address and a digest of the offending code.
/// Line numbers are deliberately absent, so an edit above the resource does not make its failures look new.
/// </summary>
internal sealed record BaselineEntry(string Rule, string File, string? Address, string? Digest, string Title)
{
    public static BaselineEntry Of(ScannedCheck check) =>
        new(RuleIds.Normalize(check.RuleId), check.File, check.Address, check.CodeDigest, check.Observation.Title);

    /// <summary>A short id for the issue, shown in reports so people can refer to it.</summary>
    public string Fingerprint => SnippetDigest.Hash($"{Rule}|{File}|{Address}|{Digest}");
}
