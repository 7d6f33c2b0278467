namespace CnappAi.Modules.Ingestion.Contracts;

/// <summary>Whether the connector could authenticate and read one page, and what went wrong if not.</summary>
public sealed record ConnectionTestResult(bool Success, string Message);
