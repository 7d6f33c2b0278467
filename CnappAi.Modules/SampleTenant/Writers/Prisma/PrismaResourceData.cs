using System.Text.Json;
using CnappAi.Modules.SampleTenant.Determinism;
using CnappAi.Modules.SampleTenant.Estate;

namespace CnappAi.Modules.SampleTenant.Writers.Prisma;

/// <summary><c>resource.data</c>: an abridged copy of the cloud API's own JSON for the resource, as Prisma stores it.</summary>
internal static class PrismaResourceData
{
    private const string Compute = "https://www.googleapis.com/compute/v1/projects";

    public static void Write(Utf8JsonWriter w, Asset asset)
    {
        switch (asset.Cloud, asset.Kind)
        {
            case (Cloud.Aws, AssetKind.Vm):
                w.WriteString("instanceId", asset.NativeId);
                w.WriteString("instanceType", "m5.large");
                w.WriteString("imageId", asset.AltId);
                w.WriteString("privateIpAddress", asset.PrivateIp);
                w.WriteStartObject("placement");
                w.WriteString("availabilityZone", asset.Zone);
                w.WriteEndObject();
                break;
            case (Cloud.Aws, AssetKind.Firewall):
                w.WriteString("groupId", asset.NativeId);
                w.WriteString("groupName", asset.Name);
                w.WriteString("vpcId", "vpc-0" + StableIds.Hex("vpc:" + asset.Account.Id + asset.Region.Id, 16));
                break;
            case (Cloud.Aws, AssetKind.Cluster):
                w.WriteString("name", asset.Name);
                w.WriteString("arn", asset.ProviderId);
                w.WriteString("version", asset.Platform);
                break;
            case (Cloud.Aws, AssetKind.Bucket):
                w.WriteString("bucketName", asset.Name);
                break;
            case (Cloud.Aws, AssetKind.Database):
                w.WriteString("dbInstanceIdentifier", asset.Name);
                w.WriteString("dbInstanceArn", asset.ProviderId);
                w.WriteString("engine", asset.Platform?.Split(' ')[0]);
                break;
            case (Cloud.Aws, AssetKind.Identity):
                w.WriteString("roleName", asset.Name);
                w.WriteString("roleId", asset.AltId);
                w.WriteString("arn", asset.ProviderId);
                w.WriteString("path", "/");
                break;
            case (Cloud.Aws, _):
                w.WriteString("functionName", asset.Name);
                w.WriteString("functionArn", asset.ProviderId);
                w.WriteString("runtime", asset.Platform);
                break;
            case (Cloud.Azure, _):
                w.WriteString("id", asset.ProviderId);
                w.WriteString("name", asset.Name);
                w.WriteString("location", asset.Region.Id);
                break;
            default:
                Gcp(w, asset);
                break;
        }
    }

    private static void Gcp(Utf8JsonWriter w, Asset asset)
    {
        var project = asset.Account.Id;
        w.WriteString("name", asset.Kind switch
        {
            AssetKind.Identity => $"projects/{project}/serviceAccounts/{asset.Name}",
            AssetKind.Function => $"projects/{project}/locations/{asset.Region.Id}/functions/{asset.Name}",
            _ => asset.Name,
        });
        switch (asset.Kind)
        {
            case AssetKind.Vm:
                w.WriteString("id", asset.AltId);
                w.WriteString("selfLink", $"{Compute}/{project}/zones/{asset.Zone}/instances/{asset.Name}");
                w.WriteString("zone", $"{Compute}/{project}/zones/{asset.Zone}");
                break;
            case AssetKind.Firewall:
                w.WriteString("selfLink", $"{Compute}/{project}/global/firewalls/{asset.Name}");
                break;
            case AssetKind.Cluster:
                w.WriteString("selfLink", $"https://container.googleapis.com/v1/projects/{project}/locations/{asset.Region.Id}/clusters/{asset.Name}");
                break;
            case AssetKind.Bucket:
                w.WriteString("id", asset.Name);
                w.WriteString("selfLink", $"https://www.googleapis.com/storage/v1/b/{asset.Name}");
                break;
            case AssetKind.Database:
                w.WriteString("selfLink", $"https://sqladmin.googleapis.com/sql/v1beta4/projects/{project}/instances/{asset.Name}");
                break;
            case AssetKind.Identity:
                w.WriteString("email", asset.Name);
                w.WriteString("uniqueId", asset.AltId);
                break;
            default:
                w.WriteString("runtime", asset.Platform);
                break;
        }
    }
}
