using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Normalization.Resources;

/// <summary>
/// AWS ARNs, <c>arn:{partition}:{service}:{region}:{account}:{resource}</c>, split on ':' into at most six parts so
/// the resource part keeps its own ':' and '/' (paths, qualifiers, versions).
/// </summary>
internal static class AwsArnParser
{
    /// <summary>Security Hub (ASFF) names the account itself with this pseudo id instead of an ARN.</summary>
    public const string AsffAccountPrefix = "AWS::::Account:";

    // Services whose ARNs carry only a resource id, no resource type (arn:aws:sns:...:alerts).
    private static readonly HashSet<string> ResourceIdOnlyServices = ["sns", "sqs"];

    public static CanonicalResource? Parse(string arn)
    {
        if (arn.StartsWith(AsffAccountPrefix, StringComparison.OrdinalIgnoreCase))
        {
            // Canonicalised to the root principal ARN so the pseudo id and ResourceIds.Account(...) meet.
            return AccountRoot("aws", VendorText.Clean(arn[AsffAccountPrefix.Length..]));
        }

        var parts = arn.Split(':', 6);
        if (parts.Length < 6 || !IsPartition(parts[1]) || !IsService(parts[2]) || parts[5].Length == 0)
        {
            return null;
        }

        var partition = parts[1].ToLowerInvariant();
        var service = parts[2].ToLowerInvariant();
        var region = parts[3].Length == 0 ? null : parts[3].ToLowerInvariant();
        var account = parts[4].Length == 0 ? null : parts[4];
        var resource = parts[5];

        if (service == "iam" && resource == "root")
        {
            return region is null ? AccountRoot(partition, account) : null;
        }

        var (resourceType, name) = SplitResource(service, resource, region is null && account is null);
        if (name is null)
        {
            // "instance/" or "s3:::/key" name nothing a finding could be about.
            return null;
        }

        var type = resourceType is null ? service : $"{service}:{resourceType}";

        // Partition, service and region are lower-case in every real ARN; folding them makes odd casing still join.
        // The resource part stays as received: it is case-sensitive.
        var uid = $"arn:{partition}:{service}:{region}:{account}:{resource}";
        if (type == "logs:log-group" && uid.EndsWith(":*", StringComparison.Ordinal))
        {
            // DescribeLogGroups reports "...:log-group:name:*" while other tools omit the ":*": one group, one uid.
            uid = uid[..^2];
        }

        return new CanonicalResource(uid, CloudProvider.Aws, account, region, type, AwsResourceClasses.Classify(type), name);
    }

    /// <summary>
    /// The account root principal ARN, the documented canonical id of an AWS account. Account ids are digits
    /// (12 in practice); an alias or name would build a uid that never joins, so it gives null.
    /// </summary>
    public static CanonicalResource? AccountRoot(string partition, string? account) =>
        account is null || !account.All(char.IsAsciiDigit)
            ? null
            : new CanonicalResource($"arn:{partition}:iam::{account}:root", CloudProvider.Aws, account, null, "iam:account", ResourceClass.Account, account);

    private static (string? Type, string? Name) SplitResource(string service, string resource, bool global)
    {
        if (service == "s3" && global)
        {
            // arn:aws:s3:::bucket or arn:aws:s3:::bucket/key/with/slashes (an object).
            var slash = resource.IndexOf('/', StringComparison.Ordinal);
            return slash switch
            {
                < 0 => ("bucket", resource),
                0 => (null, null),
                _ => ("object", LastSegment(resource, '/')),
            };
        }

        if (ResourceIdOnlyServices.Contains(service))
        {
            return (null, LastSegment(resource, ':'));
        }

        var trimmed = resource.TrimStart('/');
        var split = trimmed.IndexOfAny([':', '/']);
        if (split <= 0)
        {
            return (null, NullIfEmpty(trimmed));
        }

        var type = trimmed[..split].ToLowerInvariant();
        var rest = trimmed[(split + 1)..];
        return (type, NameOf(service, rest));
    }

    private static string? NameOf(string service, string rest)
    {
        if (service == "logs")
        {
            // Log group names hold '/' but never ':' ("/aws/lambda/fn:*"): the whole path is the name.
            return NullIfEmpty(rest.Split(':')[0]);
        }

        if (service == "elasticloadbalancing")
        {
            // loadbalancer/app/{name}/{id} and targetgroup/{name}/{id}: the generated id is not the name.
            var segments = rest.Split('/', StringSplitOptions.RemoveEmptyEntries);
            return segments.Length switch { 0 => null, 1 => segments[0], _ => segments[^2] };
        }

        // Drop qualifiers and versions (function:fn:prod, task-definition/family:3), then paths (role/path/name).
        return LastSegment(rest.Split(':')[0], '/');
    }

    private static string? LastSegment(string text, char separator)
    {
        var segments = text.Split(separator, StringSplitOptions.RemoveEmptyEntries);
        return segments.Length == 0 ? null : segments[^1];
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static bool IsPartition(string partition) =>
        partition.Equals("aws", StringComparison.OrdinalIgnoreCase)
        || (partition.StartsWith("aws-", StringComparison.OrdinalIgnoreCase) && partition.Length > 4 && IsToken(partition));

    private static bool IsService(string service) => service.Length > 0 && IsToken(service);

    private static bool IsToken(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-' && c != '.')
            {
                return false;
            }
        }

        return true;
    }
}
