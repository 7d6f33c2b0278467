using CnappAi.Modules.SampleTenant.Contracts;
using CnappAi.Modules.SampleTenant.Determinism;
using CnappAi.Modules.SampleTenant.Manifest;
using CnappAi.Modules.SampleTenant.Writers;
using FluentValidation;

namespace CnappAi.Modules.SampleTenant.WriteTenant;

/// <summary>
/// Writes a tenant in two passes over the same deterministic generator: the first counts every result set (pages
/// state their totals, the manifest header states what an import must find), the second streams the files.
/// </summary>
internal sealed class WriteTenantHandler(IValidator<SampleRequest> validator, TimeProvider time)
{
    public Task<SampleSummary> HandleAsync(SampleRequest request, CancellationToken ct) =>
        Task.Run(() => Handle(request, ct), ct);

    private SampleSummary Handle(SampleRequest request, CancellationToken ct)
    {
        validator.ValidateAndThrow(request);
        var started = time.GetTimestamp();
        var clock = new SampleClock(request.AsOf ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        var root = OutputFolder.Prepare(request.OutputDirectory);
        var generator = new TenantGenerator(request.Seed, request.Assets, clock);

        var census = new TenantCensus();
        var assets = generator.Run(census, ct);
        var sources = census.Sources();
        var header = new ManifestHeader(generator.Org, request.Seed, assets, clock, census.Observations, census.Findings,
            census.Problems, census.Edges, census.CrownJewels, sources);

        int files;
        long bytes;
        string manifest;
        using (var writer = new TenantWriter(new WriterContext(generator.Org, clock, root), census, header))
        {
            generator.Run(writer, ct);
            (files, bytes) = writer.Complete();
            manifest = writer.ManifestPath;
        }

        bytes += ReadmeWriter.Write(root, header);
        return new SampleSummary(root, assets, request.Seed, clock.AsOf, sources, files, census.Observations, census.Findings,
            census.Problems, manifest, bytes, time.GetElapsedTime(started));
    }
}
