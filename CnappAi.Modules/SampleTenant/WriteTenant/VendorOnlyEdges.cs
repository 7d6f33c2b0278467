using CnappAi.Modules.SampleTenant.Estate;
using CnappAi.Modules.SampleTenant.Problems;

namespace CnappAi.Modules.SampleTenant.WriteTenant;

/// <summary>
/// In every third ordinary stack the graph export misses which machines the internet reaches; only the CNAPPs know it,
/// from the exposure fields of their own records (Wiz <c>vulnerableAsset.hasWideInternetExposure</c>, Orca
/// <c>asset_labels</c> and <c>model.data.Inventory.AccessEndpoints</c>). Such an edge is held back from the
/// relationships file while the stack's problems are written, and written there after all when no Wiz vulnerability
/// or Orca alert record of the machine carries it, so an imported tenant keeps every edge either way.
/// </summary>
internal sealed class VendorOnlyEdges
{
    private readonly List<Edge> _held = [];
    private readonly HashSet<string> _carried = new(StringComparer.Ordinal);

    /// <summary>True when the edge is held back for the vendors' records to carry.</summary>
    public bool Hold(AppStack stack, Edge edge)
    {
        var vendorOnly = stack.Index % 3 == 2
            && edge.Source == Relationships.Internet && edge.Relationship == Relationships.Exposes
            && stack.Assets.Any(a => a.Uid == edge.Target && a.Kind == AssetKind.Vm && a.InternetFacing);
        if (vendorOnly)
        {
            _held.Add(edge);
        }

        return vendorOnly;
    }

    public void Seen(Problem problem)
    {
        if (problem.Asset.InternetFacing && problem.Sightings.Any(s => Carries(s.Stream, problem.Asset)))
        {
            _carried.Add(problem.Asset.Uid);
        }
    }

    /// <summary>The held edges no vendor record carried; clears the stack's state.</summary>
    public IReadOnlyList<Edge> Release()
    {
        var uncarried = _held.Where(e => !_carried.Contains(e.Target)).ToList();
        _held.Clear();
        _carried.Clear();
        return uncarried;
    }

    public static bool Carries(OutputStream stream, Asset asset) =>
        stream == OutputStream.OrcaAlerts || (stream == OutputStream.WizVulnerabilities && asset.Kind == AssetKind.Vm);
}
