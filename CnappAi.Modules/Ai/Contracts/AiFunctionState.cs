namespace CnappAi.Modules.Ai.Contracts;

/// <summary>Whether a function may use the model, and if not, why and since when.</summary>
/// <param name="ModelAllowed">False once reviewed accuracy fell below the bar, until an admin re-enables it.</param>
/// <param name="Accuracy">Reviewed accuracy of model outputs since the model was (re-)enabled; null before any review.</param>
public sealed record AiFunctionState(AiFunction Function, bool ModelAllowed, string? Reason, DateTimeOffset? ChangedAt, string? ChangedBy, double? Accuracy, int Reviewed);
