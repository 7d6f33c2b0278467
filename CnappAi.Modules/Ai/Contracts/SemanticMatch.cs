namespace CnappAi.Modules.Ai.Contracts;

/// <summary>A finding whose text is close in meaning to a query; <see cref="Similarity"/> is the cosine of their embeddings.</summary>
public sealed record SemanticMatch(string FindingId, string Title, double Similarity);
