namespace CnappAi.Modules.Ai.Contracts;

/// <summary>
/// Where an output came from, stored beside it and shown with it. Prompt and response are the full text exchanged with
/// the model (secrets redacted); for a rule-engine output they are the data the rules read and the output they wrote.
/// </summary>
public sealed record AiProvenance
{
    /// <summary><see cref="AiEngines.RuleBased"/> or <see cref="AiEngines.Model"/>.</summary>
    public required string Engine { get; init; }

    /// <summary>The prompt template, e.g. <c>triage</c>, and its version, e.g. <c>1.2</c>.</summary>
    public required string TemplateId { get; init; }

    public required string TemplateVersion { get; init; }

    /// <summary>The rule set and version that produced a rule-based output, e.g. <c>rules.triage@1.0</c>.</summary>
    public string? RuleSet { get; init; }

    /// <summary>openai, azure-openai or openai-compatible; null when no model was involved.</summary>
    public string? Provider { get; init; }

    public string? Model { get; init; }

    /// <summary>Sampling and limit parameters sent to the model (temperature, max tokens, timeout).</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<string> InputFindingIds { get; init; } = [];

    public string? Prompt { get; init; }

    public string? Response { get; init; }

    public int? PromptTokens { get; init; }

    public int? CompletionTokens { get; init; }

    public long LatencyMs { get; init; }

    /// <summary>Model calls made, including the retry after a validation failure.</summary>
    public int Attempts { get; init; }

    /// <summary>Why the model's output was not used (error, timeout, 429, invalid output, function disabled).</summary>
    public string? FallbackReason { get; init; }

    /// <summary>Plugin functions the model asked for, as <c>plugin-function(arguments)</c>; refused ones are marked.</summary>
    public IReadOnlyList<string> FunctionCalls { get; init; } = [];

    public required DateTimeOffset CreatedAt { get; init; }
}
