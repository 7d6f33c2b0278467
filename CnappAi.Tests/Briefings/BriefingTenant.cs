using CnappAi.Modules.Ingestion;
using CnappAi.Modules.Ingestion.Contracts;
using CnappAi.Modules.SampleTenant;
using CnappAi.Modules.SampleTenant.Contracts;
using CnappAi.Tests.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CnappAi.Tests.Briefings;

/// <summary>A small sample tenant imported once per test class, on a clock fixed at noon of the tenant's collection day.</summary>
public sealed class BriefingTenant : IAsyncLifetime
{
    public static readonly DateOnly AsOf = new(2026, 8, 20);

    private readonly string _output = Path.Combine(Path.GetTempPath(), "cnappai-tests", "briefings-" + Guid.NewGuid().ToString("n"));

    internal TestClock Clock { get; } = new(new DateTimeOffset(2026, 8, 20, 12, 0, 0, TimeSpan.Zero));

    internal TestServices Services { get; private set; } = null!;

    internal string OutputDirectory => _output;

    public async Task InitializeAsync()
    {
        Services = await TestServices.CreateAsync(
            s => s.AddSingleton<TimeProvider>(Clock),
            new Dictionary<string, string?>
            {
                ["Briefings:OutputDirectory"] = _output,
                ["Posture:BackfillDays"] = "21",
            });
        var folder = Path.Combine(Services.Directory, "tenant");
        await Services.Get<ISampleTenantFacade>().WriteAsync(new SampleRequest(folder, 80, 42, AsOf), CancellationToken.None);
        await Services.Get<IIngestionFacade>().ImportAsync(new ImportRequest([folder]), CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }
}
