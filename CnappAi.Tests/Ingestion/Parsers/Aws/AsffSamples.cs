using System.Text.Json.Nodes;

namespace CnappAi.Tests.Ingestion.Parsers.Aws;

/// <summary>Minimal ASFF findings for edge cases the vendor samples do not cover.</summary>
internal static class AsffSamples
{
    public static JsonObject Finding(string id, string title = "S3 general purpose buckets should block public access") => new()
    {
        ["SchemaVersion"] = "2018-10-08",
        ["Id"] = id,
        ["ProductArn"] = "arn:aws:securityhub:us-east-1::product/aws/securityhub",
        ["GeneratorId"] = "security-control/S3.8",
        ["AwsAccountId"] = "111122223333",
        ["Types"] = new JsonArray("Software and Configuration Checks/Industry and Regulatory Standards"),
        ["CreatedAt"] = "2024-05-01T13:22:13.933Z",
        ["UpdatedAt"] = "2024-05-02T13:22:13.933Z",
        ["Severity"] = new JsonObject { ["Label"] = "HIGH", ["Normalized"] = 70 },
        ["Title"] = title,
        ["Description"] = "text",
        ["Resources"] = new JsonArray(new JsonObject { ["Type"] = "AwsS3Bucket", ["Id"] = "arn:aws:s3:::acme-logs", ["Region"] = "us-east-1" }),
        ["Compliance"] = new JsonObject { ["Status"] = "FAILED", ["SecurityControlId"] = "S3.8" },
        ["Workflow"] = new JsonObject { ["Status"] = "NEW" },
        ["RecordState"] = "ACTIVE",
    };

    public static string Page(params JsonObject[] findings) => new JsonObject { ["Findings"] = new JsonArray(findings) }.ToJsonString();
}
