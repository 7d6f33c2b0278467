namespace CnappAi.Modules.Ai.Contracts;

/// <summary>One ready-to-review change for the exact resource. A draft: nothing is applied from here.</summary>
public sealed record FixSnippet(FixFormat Format, string Title, string Code);
