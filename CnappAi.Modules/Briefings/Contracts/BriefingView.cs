namespace CnappAi.Modules.Briefings.Contracts;

/// <summary>A stored briefing: its provenance, the computed figures and the narrative written from them (plain text).</summary>
public sealed record BriefingView(BriefingSummary Summary, BriefingContent Content, string Narrative);
