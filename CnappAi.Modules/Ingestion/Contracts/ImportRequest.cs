namespace CnappAi.Modules.Ingestion.Contracts;

/// <summary>Files or directories to import; <see cref="Source"/> restricts detection to one source's formats.</summary>
public sealed record ImportRequest(IReadOnlyList<string> Paths, string? Source = null);
