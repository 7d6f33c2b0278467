using CnappAi.Modules.SampleTenant.Estate;
using CnappAi.Modules.SampleTenant.Problems;
using CnappAi.Modules.SampleTenant.Scenario;

namespace CnappAi.Modules.SampleTenant.WriteTenant;

/// <summary>Receives the tenant as it is generated, stack by stack; one pass counts, the next writes.</summary>
internal interface ITenantSink
{
    void Stack(AppStack stack);

    void Problem(Problem problem);

    void Path(AttackPath path);
}
