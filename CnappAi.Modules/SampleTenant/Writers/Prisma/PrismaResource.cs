using System.Text.Json;
using CnappAi.Modules.SampleTenant.Determinism;
using CnappAi.Modules.SampleTenant.Estate;

namespace CnappAi.Modules.SampleTenant.Writers.Prisma;

/// <summary>
/// An alert's <c>resource</c>: Prisma's own <c>rrn</c>, the cloud's short id (an instance id, a role's unique id, a GCP
/// numeric id; the full id only for Azure), and the raw cloud API JSON in <c>data</c>.
/// </summary>
internal static class PrismaResource
{
    public static void Write(Utf8JsonWriter w, Asset asset)
    {
        var (type, api, service) = Describe(asset);
        var id = Id(asset);
        w.WriteStartObject("resource");
        w.WriteString("id", id);
        w.WriteString("rrn", $"rrn::{api.Split('-')[1]}:{asset.Region.Id}:{asset.Account.Id}:{StableIds.Hex("prisma-rrn:" + asset.Uid, 40)}:{StableIds.Hex("prisma-id:" + id, 12)}");
        w.WriteString("name", asset.Name);
        w.WriteString("account", asset.Account.Name);
        w.WriteString("accountId", asset.Account.Id);
        w.WriteStartArray("cloudAccountGroups");
        w.WriteStringValue("Default Account Group");
        w.WriteStringValue($"{asset.Account.Team} accounts");
        w.WriteEndArray();
        w.WriteString("cloudType", asset.Cloud.ToString().ToLowerInvariant());
        w.WriteString("region", asset.Region.PrismaName);
        w.WriteString("regionId", asset.Region.Id);
        w.WriteString("resourceType", type);
        w.WriteString("resourceApiName", api);
        w.WriteString("cloudServiceName", service);
        w.WriteString("url", Url(asset));
        w.WriteNumber("resourceTs", 1_700_000_000_000 + StableIds.Number("prisma-ts:" + asset.Uid, 20_000_000_000));
        w.WriteString("unifiedAssetId", StableIds.Hex("prisma-asset:" + asset.Uid, 32));
        w.WriteBoolean("resourceConfigJsonAvailable", true);
        w.WriteBoolean("resourceDetailsAvailable", true);
        w.WriteStartObject("additionalInfo");
        w.WriteEndObject();
        w.WriteStartObject("data");
        PrismaResourceData.Write(w, asset);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static string Id(Asset asset) => (asset.Cloud, asset.Kind) switch
    {
        (Cloud.Azure, _) => asset.ProviderId.ToLowerInvariant(),
        (Cloud.Aws, AssetKind.Identity) => asset.AltId!,
        (Cloud.Gcp, AssetKind.Vm or AssetKind.Identity) => asset.AltId!,
        (Cloud.Gcp, AssetKind.Firewall) => StableIds.Number("gce-firewall:" + asset.Uid, 9_000_000_000_000_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => asset.NativeId,
    };

    private static string Url(Asset asset) => asset.Cloud switch
    {
        Cloud.Aws => $"https://console.aws.amazon.com/go/view?arn={asset.ProviderId}",
        Cloud.Azure => $"https://portal.azure.com/#resource{asset.ProviderId}",
        _ => $"https://console.cloud.google.com/home/dashboard?project={asset.Account.Id}",
    };

    private static (string Type, string Api, string Service) Describe(Asset asset) => (asset.Cloud, asset.Kind) switch
    {
        (Cloud.Aws, AssetKind.Vm) => ("INSTANCE", "aws-ec2-describe-instances", "Amazon EC2"),
        (Cloud.Aws, AssetKind.Firewall) => ("SECURITY_GROUP", "aws-ec2-describe-security-groups", "Amazon VPC"),
        (Cloud.Aws, AssetKind.Cluster) => ("KUBERNETES_CLUSTER", "aws-eks-describe-cluster", "Amazon EKS"),
        (Cloud.Aws, AssetKind.Bucket) => ("STORAGE_BUCKET", "aws-s3api-get-bucket-acl", "Amazon S3"),
        (Cloud.Aws, AssetKind.Database) => ("MANAGED_DATABASE", "aws-rds-describe-db-instances", "Amazon RDS"),
        (Cloud.Aws, AssetKind.Identity) => ("IAM_ROLE", "aws-iam-list-roles", "AWS IAM"),
        (Cloud.Aws, _) => ("SERVERLESS_FUNCTION", "aws-lambda-list-functions", "AWS Lambda"),
        (Cloud.Azure, AssetKind.Vm) => ("INSTANCE", "azure-vm-list", "Azure Virtual Machines"),
        (Cloud.Azure, AssetKind.Firewall) => ("SECURITY_GROUP", "azure-network-nsg-list", "Azure Virtual Network"),
        (Cloud.Azure, AssetKind.Cluster) => ("KUBERNETES_CLUSTER", "azure-kubernetes-cluster", "Azure Kubernetes Service"),
        (Cloud.Azure, AssetKind.Bucket) => ("STORAGE_BUCKET", "azure-storage-account-list", "Azure Storage"),
        (Cloud.Azure, AssetKind.Database) => ("MANAGED_DATABASE", "azure-sql-server-list", "Azure SQL Database"),
        (Cloud.Azure, AssetKind.Identity) => ("SERVICE_PRINCIPAL", "azure-managed-identity-list", "Azure Managed Identities"),
        (Cloud.Azure, _) => ("SERVERLESS_FUNCTION", "azure-app-service", "Azure App Service"),
        (_, AssetKind.Vm) => ("INSTANCE", "gcloud-compute-instances-list", "Google Compute Engine"),
        (_, AssetKind.Firewall) => ("SECURITY_GROUP", "gcloud-compute-firewall-rules-list", "Google VPC"),
        (_, AssetKind.Cluster) => ("KUBERNETES_CLUSTER", "gcloud-container-describe-clusters", "Google Kubernetes Engine"),
        (_, AssetKind.Bucket) => ("STORAGE_BUCKET", "gcloud-storage-buckets-list", "Google Cloud Storage"),
        (_, AssetKind.Database) => ("MANAGED_DATABASE", "gcloud-sql-instances-list", "Google Cloud SQL"),
        (_, AssetKind.Identity) => ("SERVICE_ACCOUNT", "gcloud-iam-service-accounts-list", "Google Cloud IAM"),
        _ => ("SERVERLESS_FUNCTION", "gcloud-cloud-function", "Google Cloud Functions"),
    };
}
