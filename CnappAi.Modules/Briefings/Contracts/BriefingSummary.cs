namespace CnappAi.Modules.Briefings.Contracts;

/// <summary>
/// A stored briefing as listed, with its provenance: generated when and by whom (a person, or the schedule that ran it),
/// the data it reflects, the narrative's engine and model, and how it was delivered.
/// </summary>
/// <param name="Trigger"><c>on-demand</c>, <c>cli</c>, <c>schedule:daily</c> or <c>schedule:weekly</c>.</param>
/// <param name="PdfStatus"><c>created</c>, or why there is no PDF (Chromium not found, timed out, failed).</param>
/// <param name="SlackStatus"><c>sent</c>, <c>not configured</c>, or the failure.</param>
public sealed record BriefingSummary(
    Guid Id,
    string Title,
    string Trigger,
    DateTimeOffset GeneratedAt,
    string GeneratedBy,
    DateOnly DataAsOf,
    string NarrativeEngine,
    string? NarrativeModel,
    string RuleSet,
    int Open,
    int CriticalHigh,
    string PdfStatus,
    string SlackStatus);
