namespace CnappAi.Modules.Ingestion.Parsers.Prisma;

/// <summary>Prisma's <c>resource.resourceType</c> words turned into the type hints ResourceIds understands.</summary>
internal static class PrismaResourceTypes
{
    private static readonly Dictionary<string, string> Hints = new(StringComparer.OrdinalIgnoreCase)
    {
        ["INSTANCE"] = "instance",
        ["SECURITY_GROUP"] = "security group",
        ["STORAGE_BUCKET"] = "bucket",
        ["VPC"] = "vpc",
        ["SUBNET"] = "subnet",
        ["IAM_USER"] = "iam user",
        ["IAM_ROLE"] = "iam role",
        ["IAM_POLICY"] = "iam policy",
        ["SERVERLESS_FUNCTION"] = "function",
        ["MANAGED_DATABASE"] = "db instance",
        ["KMS_KEY"] = "kms key",
        ["LOAD_BALANCER"] = "elb",
        ["SERVICE_ACCOUNT"] = "service account",
    };

    /// <summary>A hint, or null to let the builder infer the type from the short id's prefix.</summary>
    public static string? Hint(string? resourceType) =>
        resourceType is not null && Hints.TryGetValue(resourceType.Trim(), out var hint) ? hint : null;
}
