using System.Text.Json.Serialization;

namespace CnappAi.Modules.Ai.Contracts;

/// <summary>The narrative of an executive briefing: a few short paragraphs, each stating only figures the briefing holds.</summary>
public sealed record BriefingNarrative(IReadOnlyList<string> Paragraphs)
{
    /// <summary>The paragraphs separated by a blank line, as the briefing stores and renders them.</summary>
    [JsonIgnore]
    public string Text => string.Join("\n\n", Paragraphs);
}
