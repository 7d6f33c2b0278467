namespace CnappAi.Modules.Ai.Contracts;

/// <summary>The answer to a natural-language question over the normalized store, citing the records it used.</summary>
/// <param name="Interpretation">How the question was read (filters applied), so a reader can check it.</param>
/// <param name="Total">How many records matched in all; the citations are the top of that list.</param>
public sealed record QueryAnswer(string Answer, IReadOnlyList<CitedRecord> Citations, string? Interpretation, int Total);
