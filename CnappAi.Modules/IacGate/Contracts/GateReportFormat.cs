namespace CnappAi.Modules.IacGate.Contracts;

/// <summary>How a report is printed: a pull-request comment or machine-readable JSON.</summary>
public enum GateReportFormat
{
    Markdown,
    Json,
}
