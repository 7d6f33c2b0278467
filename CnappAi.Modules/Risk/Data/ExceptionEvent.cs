namespace CnappAi.Modules.Risk.Data;

/// <summary>A line of an exception's history (table <c>risk_exception_events</c>), append-only.</summary>
internal sealed class ExceptionEvent
{
    public Guid Id { get; set; }
    public Guid ExceptionId { get; set; }
    public required string Event { get; set; }
    public DateTimeOffset At { get; set; }
    public required string By { get; set; }
    public string? Detail { get; set; }
}
