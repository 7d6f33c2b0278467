namespace CnappAi.Modules.Ai.Llm;

/// <summary>What one model exchange produced: a validated output, or the reason it could not be used. Either way, the transcript.</summary>
internal sealed record ModelOutcome<T>(
    T? Output,
    string? FailureReason,
    string Prompt,
    string? Response,
    int? PromptTokens,
    int? CompletionTokens,
    int Attempts,
    IReadOnlyList<string> FunctionCalls)
    where T : class
{
    public bool Succeeded => Output is not null && FailureReason is null;
}
