namespace CnappAi.Modules.Briefings.Contracts;

/// <summary>An export of a briefing, ready to download; <see cref="Path"/> is where it is kept on disk.</summary>
public sealed record BriefingFile(string FileName, string ContentType, string Path);
