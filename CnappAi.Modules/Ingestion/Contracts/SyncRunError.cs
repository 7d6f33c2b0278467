namespace CnappAi.Modules.Ingestion.Contracts;

/// <summary>One problem in a sync run: which query and page, the archived page file, where in it, and why.</summary>
public sealed record SyncRunError(string Query, int? Page, string? File, string? Location, string Message);
