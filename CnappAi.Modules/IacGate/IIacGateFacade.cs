using CnappAi.Modules.IacGate.Contracts;

namespace CnappAi.Modules.IacGate;

/// <summary>The IaC security gate: judges a CI pipeline's IaC scan and explains every failed check.</summary>
public interface IIacGateFacade
{
    /// <summary>
    /// Reads the scan (SARIF 2.1.0 from any tool, or Checkov JSON) through the ingestion parsers, compares it with
    /// the baseline, explains each failed check and stores the scan for the next run's comparison.
    /// Throws <see cref="GateInputException"/> when the scan, baseline or exceptions file cannot be used.
    /// </summary>
    Task<GateReport> EvaluateAsync(GateRequest request, CancellationToken ct);

    /// <summary>The report as a pull-request comment (Markdown, grouped by severity, collapsible details) or as JSON.</summary>
    string Render(GateReport report, GateReportFormat format);
}
