using CnappAi.Modules.Audit.Contracts;
using CnappAi.Modules.Audit.ExportTrail;
using CnappAi.Modules.Audit.QueryTrail;
using CnappAi.Modules.Audit.VerifyChain;
using CnappAi.Modules.Shared.Security;

namespace CnappAi.Modules.Audit;

internal sealed class AuditFacade(IActorAccessor actors, QueryTrailHandler query, VerifyChainHandler verify, ExportTrailHandler export) : IAuditFacade
{
    public Task<AuditPage> QueryAsync(AuditQuery request, CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        return query.HandleAsync(request, ct);
    }

    public Task<AuditVerification> VerifyAsync(CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        return verify.HandleAsync(ct);
    }

    public Task<int> ExportJsonLinesAsync(TextWriter output, DateTimeOffset? since, CancellationToken ct)
    {
        actors.Demand(Roles.Admin);
        return export.HandleAsync(output, since, ct);
    }
}
