namespace CnappAi.Modules.Ingestion.Contracts;

/// <summary>What detection made of a file: its source and format, or why it could not be read.</summary>
public sealed record ParsedFileInfo(string Path, string? Source, string? Format, string? Error);
