namespace CnappAi.Modules.Briefings.Data;

internal sealed class BriefingRecord
{
    public Guid Id { get; set; }

    public string Title { get; set; } = string.Empty;

    public string Trigger { get; set; } = string.Empty;

    public DateTimeOffset GeneratedAt { get; set; }

    public string GeneratedBy { get; set; } = string.Empty;

    public DateOnly DataAsOf { get; set; }

    public string NarrativeEngine { get; set; } = string.Empty;

    public string? NarrativeModel { get; set; }

    public string RuleSet { get; set; } = string.Empty;

    public int Open { get; set; }

    public int CriticalHigh { get; set; }

    /// <summary>The computed figures (<c>BriefingContent</c>) as JSON.</summary>
    public string ContentJson { get; set; } = string.Empty;

    public string Narrative { get; set; } = string.Empty;

    public string? HtmlPath { get; set; }

    public string? MarkdownPath { get; set; }

    public string? PdfPath { get; set; }

    public string PdfStatus { get; set; } = string.Empty;

    public string SlackStatus { get; set; } = string.Empty;
}
