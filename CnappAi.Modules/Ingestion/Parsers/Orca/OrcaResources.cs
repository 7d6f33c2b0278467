using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Orca;

/// <summary>
/// Orca gives the pieces of a cloud id, not the id (§12 of the vendor reference): a full id when it copied one,
/// else the ARN or GCP name rebuilt from account, region, asset type and short id, else Orca's asset key as a
/// vendor-native id.
/// </summary>
internal static class OrcaResources
{
    // Orca type names the shared type hints do not already know.
    private static readonly Dictionary<string, string> TypeHints = new(StringComparer.OrdinalIgnoreCase)
    {
        ["storage"] = "bucket",
        ["vmimage"] = "image",
        ["vm"] = "instance",
        ["AwsEc2EbsVolume"] = "volume",
        ["AwsUser"] = "user",
        ["AwsRole"] = "role",
        ["AwsGroup"] = "group",
        ["AwsIamUser"] = "user",
        ["AwsIamRole"] = "role",
        ["AwsIamGroup"] = "group",
    };

    public static CanonicalResource? Resolve(OrcaAsset asset)
    {
        foreach (var id in new[] { asset.Arn, asset.VendorId })
        {
            if (ResourceIds.Parse(id) is { } parsed)
            {
                return Complete(parsed, asset);
            }
        }

        var provider = Provider(asset.Provider);
        var key = UniqueIdParts(asset.UniqueId, asset.Type);
        var account = Clean(asset.Account) ?? key?.Account;
        var type = Clean(asset.Type) ?? key?.Type;
        var built = provider switch
        {
            CloudProvider.Aws when IsAwsAccount(account) => ResourceIds.AwsFromParts(account, asset.Region, Hint(type), ShortId(type, asset, key?.Id)),
            CloudProvider.Gcp when account is not null => ResourceIds.GcpFromParts(account, asset.Region, Hint(type), ShortId(type, asset, key?.Id)),
            _ => null,
        };
        if (built is not null)
        {
            return Complete(built, asset);
        }

        var uniqueId = Clean(asset.UniqueId);
        if (uniqueId is null)
        {
            return null;
        }

        var native = Complete(ResourceIds.VendorNative("orca", uniqueId, provider, type, Clean(asset.Name)), asset);
        return native with { Region = Clean(asset.Region) };
    }

    public static CloudProvider Provider(string? provider) => provider?.Trim().ToLowerInvariant() switch
    {
        "aws" => CloudProvider.Aws,
        "azure" => CloudProvider.Azure,
        "gcp" => CloudProvider.Gcp,
        "kubernetes" or "k8s" => CloudProvider.Kubernetes,
        _ => CloudProvider.Unknown,
    };

    // IAM ARNs name users, roles and groups, while Orca's vendor id for them may be AWS's opaque AIDA/AROA id.
    private static string? ShortId(string? type, OrcaAsset asset, string? keyId) =>
        Hint(type) is "user" or "role" or "group"
            ? Clean(asset.Name) ?? Clean(asset.VendorId) ?? keyId
            : Clean(asset.VendorId) ?? keyId ?? Clean(asset.Name);

    private static string? Hint(string? type) => type is not null && TypeHints.TryGetValue(type, out var hint) ? hint : type;

    /// <summary><c>AwsUser_111122223333_trent</c>: type, account, id; trusted only when the type prefix agrees with the record.</summary>
    private static (string Type, string Account, string Id)? UniqueIdParts(string? uniqueId, string? type)
    {
        var parts = uniqueId?.Split('_', 3);
        if (parts is not { Length: 3 } || parts.Any(string.IsNullOrWhiteSpace))
        {
            return null;
        }

        return type is null || string.Equals(parts[0], type.Trim(), StringComparison.OrdinalIgnoreCase) ? (parts[0], parts[1], parts[2]) : null;
    }

    private static bool IsAwsAccount(string? account) => account is { Length: 12 } && account.All(char.IsAsciiDigit);

    private static CanonicalResource Complete(CanonicalResource resource, OrcaAsset asset) =>
        resource.Provider is not (CloudProvider.Aws or CloudProvider.Azure or CloudProvider.Gcp)
            ? resource
            : resource with
            {
                Account = resource.Account ?? (resource.Provider != CloudProvider.Aws || IsAwsAccount(asset.Account) ? Clean(asset.Account) : null),
                Name = resource.Name ?? Clean(asset.Name),
            };

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
