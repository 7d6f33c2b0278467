using CnappAi.Modules.SampleTenant.Contracts;
using CnappAi.Modules.SampleTenant.WriteTenant;
using CnappAi.Modules.Shared.Security;

namespace CnappAi.Modules.SampleTenant;

/// <remarks>The module also runs without the database (it only writes files), so the actor accessor may be absent; the ambient one is used then.</remarks>
internal sealed class SampleTenantFacade(WriteTenantHandler write, IActorAccessor? actors = null) : ISampleTenantFacade
{
    private readonly IActorAccessor _actors = actors ?? new AmbientActorAccessor();

    public Task<SampleSummary> WriteAsync(SampleRequest request, CancellationToken ct)
    {
        _actors.Demand(Roles.Analyst);
        return write.HandleAsync(request, ct);
    }
}
