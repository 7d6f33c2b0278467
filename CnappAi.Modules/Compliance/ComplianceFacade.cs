using CnappAi.Modules.Compliance.AskCompliance;
using CnappAi.Modules.Compliance.Catalogue;
using CnappAi.Modules.Compliance.Contracts;
using CnappAi.Modules.Compliance.EvaluateControls;
using CnappAi.Modules.Compliance.ExportEvidence;
using CnappAi.Modules.Shared.Security;

namespace CnappAi.Modules.Compliance;

internal sealed class ComplianceFacade(
    ComplianceCatalogue catalogue,
    EvaluatePostureHandler posture,
    AskComplianceHandler ask,
    IActorAccessor actors) : IComplianceFacade
{
    public IReadOnlyList<ComplianceFramework> GetFrameworks()
    {
        actors.Demand(Roles.Viewer);
        return catalogue.Frameworks;
    }

    public IReadOnlyList<FrameworkControl> GetControls(string frameworkId)
    {
        actors.Demand(Roles.Viewer);
        return catalogue.Controls(frameworkId);
    }

    public IReadOnlyList<string> FrameworksOf(string sharedControlId)
    {
        actors.Demand(Roles.Viewer);
        return catalogue.FrameworksOf(sharedControlId);
    }

    public Task<FrameworkPosture?> GetPostureAsync(string frameworkId, CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        return posture.HandleAsync(frameworkId, ct);
    }

    public async Task<bool> WriteEvidenceAsync(string frameworkId, EvidenceFormat format, TextWriter output, CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        if (await posture.HandleAsync(frameworkId, ct).ConfigureAwait(false) is not { } result)
        {
            return false;
        }

        await EvidenceWriter.WriteAsync(result, format, output, ct).ConfigureAwait(false);
        return true;
    }

    public Task<ComplianceAnswer> AskAsync(string question, string? frameworkId, CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        return ask.HandleAsync(question, frameworkId, ct);
    }
}
