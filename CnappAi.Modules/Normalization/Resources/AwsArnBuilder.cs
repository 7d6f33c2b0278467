using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Normalization.Resources;

/// <summary>
/// Rebuilds the ARN AWS would issue from the parts vendors give (Orca, Lacework, Prisma short ids). The result is
/// run back through the parser so built and received ARNs are described identically.
/// </summary>
internal static class AwsArnBuilder
{
    public static CanonicalResource? Build(string? account, string? region, string? typeHint, string? shortId, string? partition)
    {
        var id = VendorText.Clean(shortId);
        if (id is not null && (id.StartsWith("arn:", StringComparison.OrdinalIgnoreCase)
            || id.StartsWith(AwsArnParser.AsffAccountPrefix, StringComparison.OrdinalIgnoreCase)))
        {
            return ResourceIdParser.Parse(id);
        }

        var accountId = VendorText.Clean(account);
        var regionName = VendorText.Clean(region)?.ToLowerInvariant();
        var hintKey = AwsArnShapes.Key(typeHint);
        if (AwsArnShapes.IsAccount(hintKey))
        {
            return AwsArnParser.AccountRoot(PartitionOf(partition, regionName), accountId ?? id);
        }

        if (id is null)
        {
            return null;
        }

        var shape = AwsArnShapes.FromHint(hintKey) ?? AwsArnShapes.FromIdPrefix(id);
        if (shape is null || (shape.HasRegion && regionName is null) || (shape.HasAccount && accountId is null))
        {
            return null;
        }

        var resource = shape.Service switch
        {
            // IAM paths arrive with or without their leading '/' ("/service-role/app"); the ARN has none.
            "iam" => id.TrimStart('/'),
            // ASFF AwsEcrContainerImage names the image (repo:tag or repo@digest); the ARN is the repository's.
            "ecr" => id.Split('@', ':')[0],
            _ => id,
        };

        var arn = $"arn:{PartitionOf(partition, regionName)}:{shape.Service}:{(shape.HasRegion ? regionName : null)}:"
            + $"{(shape.HasAccount ? accountId : null)}:{shape.Prefix}{resource}";
        return ResourceIdParser.Parse(arn);
    }

    /// <summary>The partition given, else the one the region belongs to (cn-north-1 is aws-cn), else aws.</summary>
    public static string PartitionOf(string? partition, string? region)
    {
        var given = VendorText.Clean(partition)?.ToLowerInvariant();
        if (given is not null)
        {
            return given;
        }

        return region switch
        {
            null => "aws",
            _ when region.StartsWith("cn-", StringComparison.Ordinal) => "aws-cn",
            _ when region.StartsWith("us-gov-", StringComparison.Ordinal) => "aws-us-gov",
            _ when region.StartsWith("us-isob-", StringComparison.Ordinal) => "aws-iso-b",
            _ when region.StartsWith("us-iso-", StringComparison.Ordinal) => "aws-iso",
            _ when region.StartsWith("eu-isoe-", StringComparison.Ordinal) => "aws-iso-e",
            _ when region.StartsWith("us-isof-", StringComparison.Ordinal) => "aws-iso-f",
            _ => "aws",
        };
    }
}
