using CnappAi.Modules.Ingestion;
using CnappAi.Modules.Ingestion.Contracts;
using CnappAi.Modules.Normalization;
using CnappAi.Modules.SampleTenant;
using CnappAi.Modules.SampleTenant.Contracts;
using CnappAi.Modules.Shared.Persistence;
using CnappAi.Modules.Shared.Security;

namespace CnappAi.Web.Extensions;

/// <summary>
/// On a first start with an empty database (and <c>SampleData:Enabled</c>, on by default), writes the default
/// sample tenant in the vendors' own formats and imports it through the normal pipeline, so the dashboard
/// opens populated. Runs in the background: the dashboard is up at once and fills as the import commits.
/// </summary>
internal sealed class SampleTenantSeeder(
    IConfiguration configuration,
    IDatabaseMigrator migrator,
    INormalizationFacade findings,
    ISampleTenantFacade samples,
    IIngestionFacade ingestion,
    TimeProvider clock,
    IActorAccessor actors,
    ILogger<SampleTenantSeeder> logger) : BackgroundService
{
    public const string EnabledKey = "SampleData:Enabled";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue(EnabledKey, defaultValue: true))
        {
            return;
        }

        using var system = actors.Use(Actor.System);
        try
        {
            await migrator.MigrateAsync(stoppingToken);
            if ((await findings.GetTotalsAsync(stoppingToken)).All > 0)
            {
                return;
            }

            var directory = Path.Combine(DataFolder.Resolve(configuration), "sample-tenant");
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var written = await samples.WriteAsync(new SampleRequest(directory, AsOf: today), stoppingToken);
            var imported = await ingestion.ImportAsync(new ImportRequest([directory]), stoppingToken);
            logger.LogInformation(
                "Loaded the sample tenant ({Assets} assets): {Findings} findings from {Files} files, {Rejected} rejected",
                written.Assets, imported.Findings, imported.Files, imported.Rejected);
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or UnauthorizedAccessException or FluentValidation.ValidationException)
        {
            // A failed sample load must never stop the dashboard; the reason is in the log.
            logger.LogWarning(ex, "Could not load the sample tenant");
        }
    }
}
