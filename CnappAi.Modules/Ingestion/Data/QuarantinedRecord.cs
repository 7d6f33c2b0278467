namespace CnappAi.Modules.Ingestion.Data;

/// <summary>
/// A record (or file) that could not be imported, kept with its location, reason and raw text so nothing
/// is lost and it can be fixed and re-imported (table <c>ingestion_quarantine</c>).
/// </summary>
internal sealed class QuarantinedRecord
{
    public long Id { get; set; }
    public Guid RunId { get; set; }
    public required string File { get; set; }
    public required string Location { get; set; }
    public required string Reason { get; set; }
    public string? Raw { get; set; }
    public DateTimeOffset QuarantinedAt { get; set; }
}
