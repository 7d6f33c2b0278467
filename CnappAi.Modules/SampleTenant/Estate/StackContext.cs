using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.SampleTenant.Determinism;

namespace CnappAi.Modules.SampleTenant.Estate;

/// <summary>What the per-cloud asset factories share while one stack is built: its random stream, place and naming tag.</summary>
internal sealed class StackContext(SampleRandom random, CloudAccount account, Application app, Region region, string tag, int firstIndex)
{
    private readonly List<Asset> _assets = [];
    private readonly List<Edge> _edges = [];

    public SampleRandom Random { get; } = random;
    public CloudAccount Account { get; } = account;
    public Application App { get; } = app;
    public Region Region { get; } = region;

    /// <summary>Appended to names so two stacks of one application never collide; empty for the headline stack.</summary>
    public string Tag { get; } = tag;

    public IReadOnlyList<Asset> Assets => _assets;
    public IReadOnlyList<Edge> Edges => _edges;
    public int NextIndex => firstIndex + _assets.Count;

    /// <summary><c>payments-api-2f</c>: the application, a part name and the stack tag.</summary>
    public string Name(string part, string separator = "-") =>
        string.Join(separator, new[] { App.Slug, part, Tag }.Where(p => p.Length > 0));

    public Asset Add(Asset asset)
    {
        _assets.Add(asset);
        return asset;
    }

    public void Link(Asset source, Asset target, string relationship, string? detail = null) =>
        _edges.Add(new Edge(source.Uid, target.Uid, relationship, detail));

    public void Expose(Asset target, string detail) =>
        _edges.Add(new Edge(Relationships.Internet, target.Uid, Relationships.Exposes, detail));

    public string PrivateIp() => $"10.{Random.Between(0, 63)}.{Random.Between(0, 255)}.{Random.Between(4, 250)}";

    public string PublicIp(Cloud cloud)
    {
        int[] firsts = cloud switch { Cloud.Aws => [3, 18, 34, 52, 54], Cloud.Azure => [20, 40, 52, 104], _ => [34, 35, 104] };
        return $"{Random.Pick(firsts)}.{Random.Between(1, 254)}.{Random.Between(0, 255)}.{Random.Between(1, 254)}";
    }

    /// <summary>The canonical uid of a cloud id; the generator only writes ids the parsers understand.</summary>
    public static string UidOf(string providerId) =>
        ResourceIds.Parse(providerId)?.Uid ?? throw new InvalidOperationException($"not a canonical id: {providerId}");
}
