using CnappAi.Modules.IacGate.Contracts;
using CnappAi.Modules.IacGate.EvaluateScan;
using CnappAi.Modules.IacGate.Rendering;

namespace CnappAi.Modules.IacGate;

internal sealed class IacGateFacade(EvaluateScanHandler evaluate) : IIacGateFacade
{
    public Task<GateReport> EvaluateAsync(GateRequest request, CancellationToken ct) => evaluate.HandleAsync(request, ct);

    public string Render(GateReport report, GateReportFormat format) =>
        format == GateReportFormat.Json ? GateJson.Write(report) : MarkdownReportWriter.Write(report);
}
