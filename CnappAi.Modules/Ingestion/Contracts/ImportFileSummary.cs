namespace CnappAi.Modules.Ingestion.Contracts;

/// <summary>Per-file outcome: the detected source and format, accepted and rejected record counts.</summary>
public sealed record ImportFileSummary(string Path, string? Source, string? Format, int Observations, int Rejected);
