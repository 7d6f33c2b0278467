using System.Text;
using CnappAi.Modules.SampleTenant.Estate;

namespace CnappAi.Modules.SampleTenant.Writers.Context;

/// <summary>
/// <c>context/assets.csv</c>: the business context a CMDB export gives, one row per resource (owner team, application,
/// environment, data classification, criticality). Columns are documented in docs/context-files.md.
/// </summary>
internal sealed class AssetContextWriter : IDisposable
{
    public static readonly string[] Columns =
    [
        "resource_id", "provider", "account_id", "account_name", "region", "resource_type", "name", "application",
        "owner_team", "owner_email", "environment", "data_classification", "business_criticality", "internet_facing", "tags",
    ];

    private readonly StreamWriter _writer;

    public AssetContextWriter(string root)
    {
        Directory.CreateDirectory(System.IO.Path.Combine(root, "context"));
        Path = System.IO.Path.Combine(root, "context", "assets.csv");
        _writer = new StreamWriter(JsonWriters.Create(Path), new UTF8Encoding(false)) { NewLine = "\n" };
        _writer.WriteLine(string.Join(',', Columns));
    }

    public string Path { get; }

    public long Bytes { get; private set; }

    public void Write(Asset asset)
    {
        string[] values =
        [
            asset.Kind is AssetKind.Workload or AssetKind.Image ? asset.Uid : asset.ProviderId,
            asset.Kind switch { AssetKind.Workload => "kubernetes", AssetKind.Image => "container", _ => asset.Cloud.ToString().ToLowerInvariant() },
            asset.Account.Id,
            asset.Account.Name,
            asset.Region.Id,
            TypeOf(asset.Kind),
            asset.Name,
            asset.App.Slug,
            asset.App.Team,
            asset.App.OwnerEmail,
            asset.Account.StageName,
            asset.Classification,
            asset.IsCrownJewel ? "critical" : asset.App.Criticality,
            asset.InternetFacing ? "true" : "false",
            AssetTags.Joined(asset),
        ];
        _writer.WriteLine(string.Join(',', values.Select(Quote)));
    }

    public void Complete()
    {
        _writer.Flush();
        Bytes = _writer.BaseStream.Length;
        _writer.Dispose();
    }

    public void Dispose() => _writer.Dispose();

    public static string TypeOf(AssetKind kind) => kind switch
    {
        AssetKind.Vm => "virtual-machine",
        AssetKind.Firewall => "firewall",
        AssetKind.Cluster => "kubernetes-cluster",
        AssetKind.Workload => "kubernetes-workload",
        AssetKind.Image => "container-image",
        AssetKind.Bucket => "object-storage",
        AssetKind.Database => "database",
        AssetKind.Identity => "identity",
        _ => "function",
    };

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
