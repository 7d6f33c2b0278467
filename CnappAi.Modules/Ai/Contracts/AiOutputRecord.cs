namespace CnappAi.Modules.Ai.Contracts;

/// <summary>A stored output as the review queue shows it: the output JSON, its provenance and any review.</summary>
/// <param name="Subject">The finding id, question, requirement or workload the output is about.</param>
public sealed record AiOutputRecord(
    Guid Id,
    AiFunction Function,
    string Subject,
    string OutputJson,
    AiProvenance Provenance,
    bool LedToAction,
    ReviewVerdict? Review);
