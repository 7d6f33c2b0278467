using System.Text.Json;
using CnappAi.Modules.SampleTenant.Estate;

namespace CnappAi.Modules.SampleTenant.Writers.Orca;

/// <summary>
/// The flat asset fields of an Orca alert. Orca gives pieces, not the cloud id: for AWS the short vendor id, the account
/// and region (a role by its AROA unique id and name); for Azure the ARM id as the vendor id.
/// </summary>
internal static class OrcaAsset
{
    public static void Write(Utf8JsonWriter w, Asset asset, string organization)
    {
        var type = Type(asset);
        var vendorId = asset.Cloud == Cloud.Azure ? asset.ProviderId : asset.Kind == AssetKind.Identity ? asset.AltId! : asset.NativeId;
        w.WriteString("source", asset.Name);
        w.WriteString("asset_name", asset.Name);
        w.WriteString("asset_unique_id", $"{type}_{asset.Account.Id}_{(asset.Cloud == Cloud.Azure ? asset.Name : vendorId)}");
        w.WriteString("asset_type", type);
        w.WriteString("asset_type_string", type);
        w.WriteString("asset_category", asset.Kind switch
        {
            AssetKind.Vm => "VM",
            AssetKind.Bucket => "Storage",
            AssetKind.Identity => "Users and Access",
            AssetKind.Firewall => "Network",
            AssetKind.Database => "Database",
            AssetKind.Cluster => "Kubernetes",
            _ => "Serverless",
        });
        w.WriteString("asset_state", asset.Kind == AssetKind.Vm ? "running" : "enabled");
        w.WriteString("asset_vendor_id", vendorId);
        w.WriteStartArray("asset_regions");
        w.WriteStringValue(asset.Region.Id);
        w.WriteEndArray();
        w.WriteStartArray("asset_labels");
        if (asset.InternetFacing)
        {
            w.WriteStringValue("internet_facing");
        }

        if (asset.App.HoldsSensitiveData)
        {
            w.WriteStringValue(asset.App.DataClassification);
        }

        w.WriteEndArray();
        w.WriteString("cloud_provider", asset.Cloud == Cloud.Aws ? "aws" : "azure");
        w.WriteString("cloud_provider_id", asset.Account.Id);
        w.WriteString("cloud_vendor_id", asset.Account.Id);
        w.WriteString("cloud_account_id", asset.Account.OrcaAccountId);
        w.WriteString("account_name", asset.Account.OrcaName);
        w.WriteString("organization_id", organization);
    }

    /// <summary>
    /// The asset graph under <c>model</c>, for an internet-facing machine only: its <c>Inventory</c> with the public
    /// endpoint in <c>AccessEndpoints</c>, serialised into a string as Orca's own samples have it.
    /// </summary>
    public static void Model(Utf8JsonWriter w, Asset asset)
    {
        if (!asset.InternetFacing || asset.PublicIp is not { } ip)
        {
            return;
        }

        w.WriteStartObject("model");
        w.WriteString("name", asset.Name);
        w.WriteString("type", Type(asset));
        w.WriteStartObject("data");
        w.WriteStartObject("Inventory");
        w.WriteString("Name", asset.Name);
        w.WriteString("Region", asset.Region.Id);
        w.WriteString("AccessEndpoints", $"[\"{ip}:443\"]");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static string Type(Asset asset) => (asset.Cloud, asset.Kind) switch
    {
        (Cloud.Aws, AssetKind.Vm) => "AwsEc2Instance",
        (Cloud.Aws, AssetKind.Firewall) => "AwsEc2SecurityGroup",
        (Cloud.Aws, AssetKind.Cluster) => "AwsEksCluster",
        (Cloud.Aws, AssetKind.Bucket) => "AwsS3Bucket",
        (Cloud.Aws, AssetKind.Database) => "AwsRdsDbInstance",
        (Cloud.Aws, AssetKind.Identity) => "AwsRole",
        (Cloud.Aws, _) => "AwsLambdaFunction",
        (_, AssetKind.Vm) => "AzureComputeVm",
        (_, AssetKind.Firewall) => "AzureNetworkSecurityGroup",
        (_, AssetKind.Cluster) => "AzureAksCluster",
        (_, AssetKind.Bucket) => "AzureStorageAccount",
        (_, AssetKind.Database) => "AzureSqlServer",
        (_, AssetKind.Identity) => "AzureUserAssignedIdentity",
        _ => "AzureFunctionApp",
    };
}
