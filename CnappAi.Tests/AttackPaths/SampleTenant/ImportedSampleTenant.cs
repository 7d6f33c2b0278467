using System.Text.Json;
using CnappAi.Modules.AttackPaths;
using CnappAi.Modules.AttackPaths.Contracts;
using CnappAi.Modules.Ingestion;
using CnappAi.Modules.Ingestion.Contracts;
using CnappAi.Modules.SampleTenant;
using CnappAi.Modules.SampleTenant.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.AttackPaths.SampleTenant;

/// <summary>The default sample tenant (300 assets, seed 42) imported through the real ingestion facade, then one rebuild.</summary>
public sealed class ImportedSampleTenant : IAsyncLifetime
{
    internal TestServices Services { get; private set; } = null!;

    internal GraphBuildSummary Build { get; private set; } = null!;

    /// <summary>The manifest's true chain: the entry, then each step's resource, in order.</summary>
    internal IReadOnlyList<string> HeadlineSteps { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Services = await TestServices.CreateAsync();
        var folder = Path.Combine(Services.Directory, "tenant");
        var summary = await Services.Get<ISampleTenantFacade>().WriteAsync(new SampleRequest(folder, 300, 42, new DateOnly(2026, 8, 20)), CancellationToken.None);
        await Services.Get<IIngestionFacade>().ImportAsync(new ImportRequest([folder]), CancellationToken.None);
        HeadlineSteps = ReadHeadline(summary.ManifestPath);
        Build = await Services.Get<IAttackPathsFacade>().RebuildAsync(CancellationToken.None);
    }

    public async Task DisposeAsync() => await Services.DisposeAsync();

    private static List<string> ReadHeadline(string manifestPath)
    {
        foreach (var line in File.ReadLines(manifestPath))
        {
            using var json = JsonDocument.Parse(line);
            if (json.RootElement.GetProperty("manifest").GetString() == "attack-path")
            {
                return [.. json.RootElement.GetProperty("steps").EnumerateArray().OrderBy(s => s.GetProperty("order").GetInt32()).Select(s => s.GetProperty("resource").GetString()!)];
            }
        }

        throw new InvalidOperationException("the manifest has no attack-path record");
    }
}
