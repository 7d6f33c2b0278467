using System.Globalization;
using System.Text.Json.Nodes;

namespace CnappAi.Tests.TestInfrastructure.VendorServers;

/// <summary>
/// Minimal records in each vendor's documented shape (shared/reference/vendor-apis.md), with the fields our parsers
/// need and the timestamps incremental sync keys on. Each resource is distinct, so every record is its own finding.
/// </summary>
public static class VendorRecords
{
    public static readonly DateTimeOffset Epoch = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    public static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    public static JsonObject WizIssue(string id, DateTimeOffset changed) => new()
    {
        ["id"] = id,
        ["type"] = "CLOUD_CONFIGURATION",
        ["status"] = "OPEN",
        ["severity"] = "HIGH",
        ["createdAt"] = Iso(changed.AddDays(-1)),
        ["updatedAt"] = Iso(changed),
        ["statusChangedAt"] = Iso(changed),
        ["sourceRule"] = new JsonObject { ["__typename"] = "CloudConfigurationRule", ["id"] = "wc-rule-1", ["name"] = "S3 bucket allows public read" },
        ["entitySnapshot"] = new JsonObject
        {
            ["id"] = "entity-" + id,
            ["type"] = "BUCKET",
            ["nativeType"] = "s3#Bucket",
            ["name"] = "bucket-" + id,
            ["cloudPlatform"] = "AWS",
            ["providerId"] = "arn:aws:s3:::bucket-" + id,
            ["region"] = "us-east-1",
            ["subscriptionExternalId"] = "111122223333",
        },
    };

    public static JsonObject WizVulnerability(string id, DateTimeOffset detected) => new()
    {
        ["id"] = id,
        ["name"] = "CVE-2023-1234",
        ["CVSSSeverity"] = "HIGH",
        ["vendorSeverity"] = "HIGH",
        ["score"] = 7.5,
        ["status"] = "OPEN",
        ["firstDetectedAt"] = Iso(detected.AddDays(-2)),
        ["lastDetectedAt"] = Iso(detected),
        ["detailedName"] = "openssl",
        ["version"] = "1.1.1k",
        ["fixedVersion"] = "1.1.1l",
        ["vulnerableAsset"] = new JsonObject
        {
            ["id"] = "asset-" + id,
            ["type"] = "VIRTUAL_MACHINE",
            ["name"] = "vm-" + id,
            ["region"] = "us-east-1",
            ["providerUniqueId"] = $"arn:aws:ec2:us-east-1:111122223333:instance/i-{id}",
            ["cloudPlatform"] = "AWS",
            ["subscriptionExternalId"] = "111122223333",
        },
    };

    public static JsonObject PrismaAlert(string id, DateTimeOffset alertTime) => new()
    {
        ["id"] = id,
        ["status"] = "open",
        ["alertTime"] = alertTime.ToUnixTimeMilliseconds(),
        ["firstSeen"] = alertTime.AddDays(-1).ToUnixTimeMilliseconds(),
        ["lastSeen"] = alertTime.ToUnixTimeMilliseconds(),
        ["policyId"] = "pol-1",
        ["policy"] = new JsonObject { ["policyId"] = "pol-1", ["name"] = "AWS S3 buckets are accessible to public", ["policyType"] = "config", ["severity"] = "high" },
        ["resource"] = new JsonObject
        {
            ["id"] = "bucket-" + id,
            ["rrn"] = $"rrn::bucket:us-east-1:111122223333:bucket-{id}",
            ["name"] = "bucket-" + id,
            ["accountId"] = "111122223333",
            ["cloudType"] = "aws",
            ["regionId"] = "us-east-1",
            ["resourceType"] = "S3_BUCKET",
            ["data"] = new JsonObject { ["arn"] = "arn:aws:s3:::bucket-" + id },
        },
    };

    public static JsonObject PrismaImage(string id) => new()
    {
        ["_id"] = "sha256:" + id,
        ["id"] = "sha256:" + id,
        ["repoTag"] = new JsonObject { ["registry"] = "111122223333.dkr.ecr.us-east-1.amazonaws.com", ["repo"] = "web-" + id, ["tag"] = "1.0" },
        ["vulnerabilityDistribution"] = new JsonObject { ["critical"] = 0, ["high"] = 1, ["medium"] = 0, ["low"] = 0, ["total"] = 1 },
        ["vulnerabilities"] = new JsonArray(new JsonObject
        {
            ["cve"] = "CVE-2023-1234",
            ["cvss"] = 7.5,
            ["severity"] = "high",
            ["status"] = "fixed in 1.1.1l",
            ["packageName"] = "openssl",
            ["packageVersion"] = "1.1.1k",
        }),
    };

    public static JsonObject OrcaAlert(string id, DateTimeOffset lastSeen) => new()
    {
        ["id"] = Guid.NewGuid().ToString(),
        ["name"] = id,
        ["type"] = "Alert",
        ["asset_unique_id"] = $"AwsEc2Instance_111122223333_i-{id}",
        ["data"] = new JsonObject
        {
            ["AlertId"] = Value(id),
            ["Title"] = Value("Instance exposed to the internet"),
            ["RiskLevel"] = Value("high"),
            ["Status"] = Value("open"),
            ["Category"] = Value("Network misconfigurations"),
            ["CreatedAt"] = Value(Iso(lastSeen.AddDays(-1))),
            ["LastSeen"] = Value(Iso(lastSeen)),
            ["CloudAccount"] = new JsonObject { ["data"] = new JsonObject { ["CloudProvider"] = Value("aws"), ["CloudVendorId"] = Value("111122223333") } },
            ["Inventory"] = new JsonObject
            {
                ["data"] = new JsonObject { ["Name"] = Value("i-" + id), ["Type"] = Value("AwsEc2Instance"), ["Region"] = Value("us-east-1"), ["VendorId"] = Value("i-" + id) },
            },
        },
    };

    public static JsonObject LaceworkAlert(long id, DateTimeOffset start) => new()
    {
        ["alertId"] = id,
        ["alertName"] = "Unauthorized API Call",
        ["alertType"] = "CloudActivityLogIngestion",
        ["severity"] = "High",
        ["status"] = "Open",
        ["startTime"] = Iso(start),
        ["endTime"] = Iso(start.AddHours(1)),
        ["lastUserUpdatedTime"] = string.Empty,
        ["policyId"] = "lacework-global-37",
        ["alertInfo"] = new JsonObject { ["subject"] = $"Unauthorized API Call {id}", ["description"] = "An unauthorized call was made." },
        ["derivedFields"] = new JsonObject { ["category"] = "Policy", ["sub_category"] = "Cloud", ["source"] = "AWS" },
    };

    public static JsonObject LaceworkHostVulnerability(long mid, string cve, DateTimeOffset start) => new()
    {
        ["mid"] = mid,
        ["vulnId"] = cve,
        ["severity"] = "High",
        ["status"] = "Active",
        ["startTime"] = Iso(start),
        ["featureKey"] = new JsonObject { ["name"] = "openssl", ["namespace"] = "ubuntu:20.04", ["version_installed"] = "1.1.1f-1ubuntu2", ["package_active"] = 1 },
        ["fixInfo"] = new JsonObject { ["fix_available"] = "1", ["fixed_version"] = "1.1.1f-1ubuntu2.19", ["eval_status"] = "VULNERABLE" },
        ["machineTags"] = new JsonObject { ["Hostname"] = $"web-{mid}", ["InstanceId"] = $"i-{mid}", ["Account"] = "111122223333", ["Zone"] = "us-east-1a", ["VmProvider"] = "AWS" },
    };

    private static JsonObject Value(JsonNode? value) => new() { ["value"] = value };
}
