namespace CnappAi.Modules.Ai.Contracts;

/// <summary>A drafted fix: snippets in several formats, the steps around them and what to watch out for.</summary>
/// <param name="ControlId">The shared control the fix restores, e.g. <c>storage.public-access</c>; null when none applies.</param>
public sealed record FixProposal(
    string? ControlId,
    string Summary,
    IReadOnlyList<FixSnippet> Snippets,
    IReadOnlyList<string> Steps,
    IReadOnlyList<string> Caveats);
