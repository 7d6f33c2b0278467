using CnappAi.Modules.IacGate;
using CnappAi.Modules.IacGate.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.IacGate;

/// <summary>The real modules over one SQLite file, shared by a test class; tests that store scans use their own repository names.</summary>
public sealed class GateServicesFixture : IAsyncLifetime
{
    private TestServices? _services;

    internal IIacGateFacade Gate => _services!.Get<IIacGateFacade>();

    internal Task<GateReport> EvaluateAsync(GateRequest request) => Gate.EvaluateAsync(request, CancellationToken.None);

    public async Task InitializeAsync() => _services = await TestServices.CreateAsync();

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
    }
}
