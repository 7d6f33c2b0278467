namespace CnappAi.Modules.Ingestion.Contracts;

/// <summary>A rejected record or unreadable file: which file, where in it (JSON pointer, line) and why.</summary>
public sealed record ImportError(string File, string Location, string Message);
