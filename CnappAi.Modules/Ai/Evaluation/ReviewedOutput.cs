namespace CnappAi.Modules.Ai.Evaluation;

/// <summary>A review joined with the output it judges: what accuracy figures are computed from.</summary>
internal sealed record ReviewedOutput(string Function, string Engine, string? Provider, string? Model, string TemplateVersion, string? RuleSet, DateTimeOffset CreatedAt, bool Correct);
