namespace CnappAi.Modules.Ingestion.Data;

/// <summary>One import (table <c>ingestion_import_runs</c>), with its summary as JSON.</summary>
internal sealed class ImportRun
{
    public Guid Id { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public int Files { get; set; }
    public int Observations { get; set; }
    public int Findings { get; set; }
    public int New { get; set; }
    public int Updated { get; set; }
    public int Rejected { get; set; }
    public string? SummaryJson { get; set; }
}
