using CnappAi.Modules.SampleTenant.Estate;
using CnappAi.Modules.SampleTenant.Manifest;
using CnappAi.Modules.SampleTenant.Problems;
using CnappAi.Modules.SampleTenant.Scenario;
using CnappAi.Modules.SampleTenant.Writers;
using CnappAi.Modules.SampleTenant.Writers.Context;

namespace CnappAi.Modules.SampleTenant.WriteTenant;

/// <summary>
/// The writing pass: routes each sighting to its vendor's result set, each resource to the asset CSV and manifest,
/// each edge to the relationships file (or, for the exposures <see cref="VendorOnlyEdges"/> holds back, to the vendor
/// records alone). Only the result sets the census found records for are opened.
/// </summary>
internal sealed class TenantWriter : ITenantSink, IDisposable
{
    private readonly Dictionary<OutputStream, RecordStream> _streams;
    private readonly AssetContextWriter _assets;
    private readonly RelationshipsWriter _edges;
    private readonly ManifestWriter _manifest;
    private readonly VendorOnlyEdges _vendorOnly = new();

    public TenantWriter(WriterContext ctx, TenantCensus census, ManifestHeader header)
    {
        _streams = Enum.GetValues<OutputStream>()
            .Where(s => census.Count(s) > 0)
            .ToDictionary(s => s, s => RecordStreams.Create(s, ctx, census.Count(s)));
        _assets = new AssetContextWriter(ctx.Root);
        _edges = new RelationshipsWriter(ctx.Root, ctx.Clock);
        _manifest = new ManifestWriter(ctx.Root, header);
    }

    public string ManifestPath => _manifest.Path;

    public void Stack(AppStack stack)
    {
        ReleaseVendorOnly();
        foreach (var asset in stack.Assets)
        {
            _assets.Write(asset);
            _manifest.Resource(asset);
        }

        foreach (var edge in stack.Edges.Where(e => !_vendorOnly.Hold(stack, e)))
        {
            _edges.Write(edge);
        }
    }

    public void Problem(Problem problem)
    {
        _manifest.Problem(problem);
        _vendorOnly.Seen(problem);
        foreach (var sighting in problem.Sightings)
        {
            _streams[sighting.Stream].Write(problem, sighting);
            if (sighting.RepeatedInPreviousWindow)
            {
                _streams[OutputStream.LaceworkHostsPrevious].Write(problem, sighting);
            }
        }
    }

    public void Path(AttackPath path) => _manifest.AttackPath(path);

    /// <summary>Closes every file; returns how many files and bytes were written.</summary>
    public (int Files, long Bytes) Complete()
    {
        foreach (var stream in _streams.Values)
        {
            stream.Output.Complete();
        }

        ReleaseVendorOnly();
        _assets.Complete();
        _edges.Complete();
        _manifest.Complete();
        return (_streams.Values.Sum(s => s.Output.Files.Count) + 3, _streams.Values.Sum(s => s.Output.Bytes) + _assets.Bytes + _edges.Bytes + _manifest.Bytes);
    }

    private void ReleaseVendorOnly()
    {
        foreach (var edge in _vendorOnly.Release())
        {
            _edges.Write(edge);
        }
    }

    public void Dispose()
    {
        foreach (var stream in _streams.Values)
        {
            stream.Dispose();
        }

        _assets.Dispose();
        _edges.Dispose();
        _manifest.Dispose();
    }
}
