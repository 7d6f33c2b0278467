using System.Collections.Frozen;

namespace CnappAi.Modules.Normalization.Resources;

/// <summary>
/// GCP full-name templates keyed by every type-hint spelling after <see cref="HintKey"/> folding: Cloud Asset
/// <c>compute.googleapis.com/Instance</c> and Terraform <c>google_compute_instance</c> both become
/// <c>computeinstance</c>; Cloud Logging <c>gce_instance</c> stays <c>gceinstance</c>.
/// </summary>
internal static class GcpNameShapes
{
    private const string Compute = "//compute.googleapis.com/projects/{project}";

    private static readonly FrozenDictionary<string, GcpNameShape> ByHint = Build(
        (Located($"{Compute}/zones/{{location}}/instances/{{name}}"), ["instance", "vm", "computeinstance", "gceinstance"]),
        (Located($"{Compute}/zones/{{location}}/disks/{{name}}"), ["disk", "computedisk", "gcedisk"]),
        (Global($"{Compute}/global/firewalls/{{name}}"), ["firewall", "firewallrule", "computefirewall", "gcefirewallrule"]),
        (Global($"{Compute}/global/networks/{{name}}"), ["network", "vpc", "computenetwork", "gcenetwork"]),
        (Global($"{Compute}/global/images/{{name}}"), ["image", "vmimage", "computeimage", "gceimage"]),
        (Located($"{Compute}/regions/{{location}}/subnetworks/{{name}}"), ["subnetwork", "subnet", "computesubnetwork", "gcesubnetwork"]),
        (Global("//storage.googleapis.com/{name}"), ["bucket", "storagebucket", "gcsbucket"]),
        (Located("//container.googleapis.com/projects/{project}/locations/{location}/clusters/{name}"),
            ["gkecluster", "gke", "cluster", "containercluster", "k8scluster"]),
        (Global("//sqladmin.googleapis.com/projects/{project}/instances/{name}"),
            ["sqlinstance", "dbinstance", "cloudsql", "cloudsqlinstance", "cloudsqldatabase", "sqladmininstance", "sqldatabaseinstance"]),
        (Global("//iam.googleapis.com/projects/{project}/serviceAccounts/{name}"), ["serviceaccount", "iamserviceaccount"]),
        (Located("//cloudfunctions.googleapis.com/projects/{project}/locations/{location}/functions/{name}"),
            ["function", "cloudfunction", "cloudfunctionsfunction", "cloudfunctionscloudfunction", "cloudfunctions2function"]),
        (Located("//run.googleapis.com/projects/{project}/locations/{location}/services/{name}"),
            ["runservice", "cloudrunservice", "cloudrunrevision", "cloudrunv2service"]),
        (Global("//bigquery.googleapis.com/projects/{project}/datasets/{name}"), ["dataset", "bigquerydataset"]),
        (Global("//cloudresourcemanager.googleapis.com/projects/{name}"), ["project", "cloudresourcemanagerproject", "gceproject"]));

    public static string? Key(string? typeHint) =>
        HintKey.Normalize(typeHint?.Replace(".googleapis.com", string.Empty, StringComparison.OrdinalIgnoreCase), "google");

    public static GcpNameShape? FromHint(string? hintKey) =>
        hintKey is not null && ByHint.TryGetValue(hintKey, out var shape) ? shape : null;

    private static GcpNameShape Located(string template) => new(template, GcpLocation.Required);

    private static GcpNameShape Global(string template) => new(template, GcpLocation.None);

    private static FrozenDictionary<string, GcpNameShape> Build(params (GcpNameShape Shape, string[] Keys)[] groups)
    {
        var map = new Dictionary<string, GcpNameShape>(StringComparer.Ordinal);
        foreach (var (shape, keys) in groups)
        {
            foreach (var key in keys)
            {
                map[key] = shape;
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
