namespace CnappAi.Modules.Ai.Data;

/// <summary>One stored agent output with its provenance (the JSON columns hold lists and maps).</summary>
internal sealed class AiOutput
{
    public Guid Id { get; set; }
    public required string Function { get; set; }
    public required string Subject { get; set; }
    public required string Engine { get; set; }
    public required string TemplateId { get; set; }
    public required string TemplateVersion { get; set; }
    public string? RuleSet { get; set; }
    public string? Provider { get; set; }
    public string? Model { get; set; }
    public required string ParametersJson { get; set; }
    public required string InputFindingIdsJson { get; set; }
    public string? Prompt { get; set; }
    public string? Response { get; set; }
    public required string OutputJson { get; set; }
    public int? PromptTokens { get; set; }
    public int? CompletionTokens { get; set; }
    public long LatencyMs { get; set; }
    public int Attempts { get; set; }
    public string? FallbackReason { get; set; }
    public required string FunctionCallsJson { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public bool SampledForReview { get; set; }
    public bool LedToAction { get; set; }
}
