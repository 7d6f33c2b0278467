namespace CnappAi.Modules.Correlation.Contracts;

/// <summary>
/// A control suggested for an unmapped rule by lexical similarity (0–1) to the control's title and the vendor rule
/// names already mapped to it. <see cref="SimilarTo"/> is the mapped rule name or control title that matched best.
/// </summary>
public sealed record ControlSuggestion(string ControlId, string Title, double Similarity, string SimilarTo);
