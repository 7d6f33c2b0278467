namespace CnappAi.Modules.IacGate.FalsePositives;

/// <summary>
/// One accepted exception: a rule (or <c>*</c>) on files matching a glob and, optionally, one resource address, with
/// who accepted it, why, and until when. An expired exception no longer applies.
/// </summary>
internal sealed record ExceptionEntry(string? Rule, string? File, string? Resource, string? Reason, string? Owner, DateOnly? Expires);
