using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Lacework;

/// <summary>
/// The resource a compliance violation names: its cloud id when it is one (ARN, Azure id, GCP name), a GCP IAM
/// member (<c>serviceAccount:sa@p.iam.gserviceaccount.com</c>) as the service account, the account itself when the
/// violation names none, else the name as a vendor-native id within the account.
/// </summary>
internal static class LaceworkComplianceResource
{
    private const string ServiceAccountMember = "serviceAccount:";

    public static CanonicalResource Resolve(LaceworkComplianceScope scope, string? region, string? resource, string? service)
    {
        if (string.IsNullOrEmpty(resource))
        {
            return ResourceIds.Account(scope.Provider, scope.Account)
                ?? throw new RecordRejectedException("record has no resource and the report no account");
        }

        var resolved = ResourceIds.Parse(resource);
        if (resolved is null && scope.Provider == CloudProvider.Gcp && resource.StartsWith(ServiceAccountMember, StringComparison.OrdinalIgnoreCase))
        {
            resolved = ResourceIds.GcpFromParts(scope.Account, null, "serviceAccount", resource[ServiceAccountMember.Length..]);
        }

        if (resolved is not null)
        {
            return resolved with
            {
                Account = resolved.Account ?? scope.Account,
                Region = resolved.Region ?? (string.IsNullOrEmpty(region) ? null : region),
            };
        }

        var native = ResourceIds.VendorNative("lacework", $"{scope.Account}/{resource}", scope.Provider, service, resource);
        return native with { Account = scope.Account, Region = string.IsNullOrEmpty(region) ? null : region };
    }
}
