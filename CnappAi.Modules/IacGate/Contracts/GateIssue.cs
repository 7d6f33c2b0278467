using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.IacGate.Contracts;

/// <summary>One failed check, explained for the developer who has to fix it.</summary>
/// <param name="Fingerprint">Identifies the issue across scans: rule, file, resource and a digest of the offending code, never line numbers.</param>
/// <param name="Explanation">What is wrong and why it matters, in plain words.</param>
/// <param name="ExplanationSource"><c>fix-catalogue</c> when the gate knows the rule, <c>scanner</c> when the text comes from the scanner's own rule description.</param>
/// <param name="LikelyFalsePositive">Why the issue is probably not a real risk (test or example code, a dev-only workspace), or null.</param>
/// <param name="Notes">Anything else the reader should know, such as an exception that has expired.</param>
public sealed record GateIssue(
    string RuleId,
    string Title,
    string Tool,
    Severity Severity,
    GatePriority Priority,
    double RiskScore,
    GateIssueStatus Status,
    bool Blocking,
    string File,
    int? StartLine,
    int? EndLine,
    string? Resource,
    string Fingerprint,
    string Explanation,
    string ExplanationSource,
    GateControl? Control,
    GateFix? Fix,
    string? LikelyFalsePositive,
    GateAcceptance? Accepted,
    string? HelpUri,
    IReadOnlyList<string> Notes);
