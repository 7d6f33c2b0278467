using CnappAi.Modules.SampleTenant.Contracts;
using CnappAi.Modules.SampleTenant.Estate;
using CnappAi.Modules.SampleTenant.Problems;
using CnappAi.Modules.SampleTenant.Scenario;
using CnappAi.Modules.SampleTenant.Writers;

namespace CnappAi.Modules.SampleTenant.WriteTenant;

/// <summary>
/// The counting pass: how many records each result set will hold (so pages can state totals and link onward), and
/// the observations and distinct findings per source that an import of the tenant must report.
/// </summary>
internal sealed class TenantCensus : ITenantSink
{
    public const string CmdbSource = "cmdb";
    public const string RelationshipsSource = "relationships";
    public const string ManifestSource = "cnappai-manifest";

    private readonly Dictionary<string, int> _findings = new(StringComparer.Ordinal);

    public Dictionary<OutputStream, int> Records { get; } = [];

    public int Assets { get; private set; }

    public int Edges { get; private set; }

    public int Problems { get; private set; }

    public int CrownJewels { get; private set; }

    public int Observations => Records.Values.Sum();

    public int Findings => _findings.Values.Sum();

    public void Stack(AppStack stack)
    {
        Assets += stack.Assets.Count;
        Edges += stack.Edges.Count;
        CrownJewels += stack.Assets.Count(a => a.IsCrownJewel);
    }

    public void Problem(Problem problem)
    {
        Problems++;
        foreach (var sighting in problem.Sightings)
        {
            Add(sighting.Stream);
            _findings[sighting.Source] = _findings.GetValueOrDefault(sighting.Source) + 1;
            if (sighting.RepeatedInPreviousWindow)
            {
                Add(OutputStream.LaceworkHostsPrevious);
            }
        }
    }

    public void Path(AttackPath path)
    {
    }

    public int Count(OutputStream stream) => Records.GetValueOrDefault(stream);

    /// <summary>Per source: files, observations and findings; the context files last.</summary>
    public IReadOnlyList<SampleSourceSummary> Sources()
    {
        var vendors = Records
            .GroupBy(r => StreamLayout.Source(r.Key))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SampleSourceSummary(g.Key, g.Sum(r => StreamLayout.Files(r.Key, r.Value)), g.Sum(r => r.Value), _findings.GetValueOrDefault(g.Key)));
        return [.. vendors, new(CmdbSource, 1, 0, 0), new(RelationshipsSource, 1, 0, 0), new(ManifestSource, 1, 0, 0)];
    }

    private void Add(OutputStream stream) => Records[stream] = Records.GetValueOrDefault(stream) + 1;
}
