using CnappAi.Modules.Ai.Contracts;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Remediation.Rendering;

/// <summary>What a renderer reads: the finding, the AI's recommendation for it, and the ids the action will carry.</summary>
internal sealed record RenderInput(FindingView Finding, FindingExplanation? Advice, Guid PlanId, string IdempotencyKey, string PlanUrl)
{
    public FixProposal? Fix => Advice?.Fix.Output;

    /// <summary>The Terraform snippet of the fix when there is one, else its first snippet.</summary>
    public FixSnippet? MainSnippet =>
        Fix?.Snippets.FirstOrDefault(s => s.Format == FixFormat.Terraform) ?? (Fix?.Snippets is [var first, ..] ? first : null);

    public string PriorityLabel => $"P{Finding.Priority}";

    public string Headline => Single($"[{PriorityLabel}] {Finding.Title}", 250);

    public string WhatIsWrong => Advice?.Explanation.Output.Summary ?? Finding.Description ?? Finding.Title;

    public string FixSummary => Fix?.Summary ?? Advice?.Triage.Output.FixInstruction ?? "See the finding for the recommended fix.";

    /// <summary>The evidence lines every ticket carries.</summary>
    public IReadOnlyList<string> Evidence =>
    [
        $"Finding: {Finding.Id} ({Finding.Source} {Finding.SourceFindingId})",
        $"Resource: {Finding.Resource.Uid}",
        $"Severity: {Finding.Severity}; risk {Finding.RiskScore:0.0}/10, {PriorityLabel}",
        $"Environment: {Finding.Environment ?? "unknown"}; account {Finding.Resource.Account ?? "unknown"}; region {Finding.Resource.Region ?? "unknown"}",
        $"First seen: {Finding.FirstSeen?.ToString("u") ?? "unknown"}; last seen: {Finding.LastSeen?.ToString("u") ?? "unknown"}",
        $"Recommendation: {Advice?.Fix.Engine ?? "none"} output {Advice?.Fix.Id.ToString() ?? "-"}",
    ];

    private static string Single(string text, int max)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= max ? line : line[..max];
    }
}
