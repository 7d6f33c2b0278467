namespace CnappAi.Modules.Ai.Contracts;

/// <summary>What the AI module runs on.</summary>
/// <param name="Provider">none, openai, azure-openai or openai-compatible.</param>
/// <param name="EmbeddingModel">The local embedding model used for semantic search.</param>
public sealed record AiStatus(string Provider, string? Model, bool ModelConfigured, string EmbeddingModel);
