using CnappAi.Modules.IacGate.Contracts;
using CnappAi.Modules.IacGate.EvaluateScan;
using CnappAi.Modules.IacGate.Rendering;
using CnappAi.Modules.Shared.Security;

namespace CnappAi.Modules.IacGate;

internal sealed class IacGateFacade(IActorAccessor actors, EvaluateScanHandler evaluate) : IIacGateFacade
{
    public Task<GateReport> EvaluateAsync(GateRequest request, CancellationToken ct)
    {
        actors.Demand(Roles.Analyst);
        return evaluate.HandleAsync(request, ct);
    }

    public string Render(GateReport report, GateReportFormat format)
    {
        actors.Demand(Roles.Viewer);
        return format == GateReportFormat.Json ? GateJson.Write(report) : MarkdownReportWriter.Write(report);
    }
}
