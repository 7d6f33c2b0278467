using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Prisma;

/// <summary>
/// The canonical resource of a CSPM alert. Prisma's <c>resource.id</c> is often a short cloud id and its
/// <c>rrn</c> is Prisma's own reference, so the provider id is found in this order: a canonical id given
/// outright, one in the raw cloud JSON (<c>resource.data</c>), one rebuilt from account, region, type and
/// short id, and only then the Prisma reference itself.
/// </summary>
internal static class PrismaAlertResource
{
    public static CanonicalResource From(JsonElement alert)
    {
        if (alert.Get("resource") is not { ValueKind: JsonValueKind.Object } resource)
        {
            throw new RecordRejectedException("record has no resource");
        }

        var provider = Provider(resource.Str("cloudType"));
        return Given(resource, provider)
            ?? Rebuilt(resource, provider)
            ?? Native(resource, provider)
            ?? throw new RecordRejectedException("record has no resource id");
    }

    private static CanonicalResource? Given(JsonElement resource, CloudProvider provider) =>
        new[] { resource.Str("rrn"), resource.Str("id"), resource.Str("data.selfLink"), resource.Str("data.id"), resource.Str("data.arn") }
            .Where(id => !string.IsNullOrWhiteSpace(id))
            .Select(ResourceIds.Parse)
            .FirstOrDefault(r => r is not null && Fits(r, provider));

    // A short id such as "sg-0a1b2c" must not pass for some other kind of id (an image name, another cloud).
    private static bool Fits(CanonicalResource resource, CloudProvider provider) =>
        provider == CloudProvider.Unknown
            ? resource.Provider is CloudProvider.Aws or CloudProvider.Azure or CloudProvider.Gcp
            : resource.Provider == provider;

    private static CanonicalResource? Rebuilt(JsonElement resource, CloudProvider provider)
    {
        var account = resource.Str("accountId");
        var shortId = resource.FirstStr("id", "name");
        var hint = PrismaResourceTypes.Hint(resource.Str("resourceType"));
        return provider switch
        {
            CloudProvider.Aws => ResourceIds.AwsFromParts(account, resource.Str("regionId"), hint, shortId),
            CloudProvider.Gcp when hint is not null => ResourceIds.GcpFromParts(account, GcpLocation(resource), hint, GcpName(resource, hint)),
            _ => null,
        };
    }

    // A service account's resource.id is its numeric uniqueId; only its email (or full name) identifies it.
    private static string? GcpName(JsonElement resource, string hint) =>
        hint == "service account"
            ? resource.FirstStr("data.email", "data.name", "name")
            : resource.FirstStr("name", "id");

    // Zonal GCP resources name their zone (as a selfLink) in the raw data; Prisma's regionId is only the region.
    private static string? GcpLocation(JsonElement resource) =>
        resource.Str("data.zone") is { } zone ? zone[(zone.LastIndexOf('/') + 1)..] : resource.Str("regionId");

    private static CanonicalResource? Native(JsonElement resource, CloudProvider provider)
    {
        var id = resource.FirstStr("rrn", "unifiedAssetId", "id");
        return id is null ? null : ResourceIds.VendorNative("prisma", id, provider, resource.Str("resourceType"), resource.Str("name"));
    }

    private static CloudProvider Provider(string? cloudType) => cloudType?.Trim().ToLowerInvariant() switch
    {
        "aws" => CloudProvider.Aws,
        "azure" => CloudProvider.Azure,
        "gcp" or "gcloud" => CloudProvider.Gcp,
        _ => CloudProvider.Unknown,
    };
}
