using CnappAi.Modules.SampleTenant.Contracts;
using CnappAi.Modules.SampleTenant.WriteTenant;

namespace CnappAi.Modules.SampleTenant;

internal sealed class SampleTenantFacade(WriteTenantHandler write) : ISampleTenantFacade
{
    public Task<SampleSummary> WriteAsync(SampleRequest request, CancellationToken ct) => write.HandleAsync(request, ct);
}
