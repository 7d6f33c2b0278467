using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Prisma;

/// <summary>The canonical resource a Compute scan is about: the image (by reference and digest) or, for host scans, the host.</summary>
internal static class PrismaComputeImage
{
    /// <summary>From a twistcli <c>results[]</c> entry or a Compute API image/host report.</summary>
    public static PrismaComputeTarget Target(JsonElement report, string format)
    {
        var key = RecordMapping.Require(report.FirstStr("id", "_id", "hostname"), "image id");
        var reference = Reference(report.Str("repoTag.registry"), report.Str("repoTag.repo"), report.Str("repoTag.tag")) ?? report.Str("name");
        var digest = Digest(report.FirstStr("imageID", "id", "_id"));
        var resource = reference is not null || digest is not null
            ? ResourceIds.ContainerImage(reference, digest)
            : Host(report);
        return new PrismaComputeTarget(
            resource ?? throw new RecordRejectedException("record has no image or host"),
            key,
            format,
            report.Date("scanTime"));
    }

    /// <summary>From the Registry, Repository, Tag and Id columns of a twistcli CSV row.</summary>
    public static CanonicalResource? FromParts(string? registry, string? repository, string? tag, string? id)
    {
        var reference = Reference(registry, repository, tag);
        var digest = Digest(id);
        return ResourceIds.ContainerImage(reference, digest);
    }

    public static string? Reference(string? registry, string? repository, string? tag)
    {
        if (string.IsNullOrWhiteSpace(repository))
        {
            return null;
        }

        var host = string.IsNullOrWhiteSpace(registry) ? string.Empty : registry.Trim().TrimEnd('/') + "/";
        var suffix = string.IsNullOrWhiteSpace(tag) ? string.Empty : ":" + tag.Trim();
        return host + repository.Trim() + suffix;
    }

    private static string? Digest(string? id) =>
        id is not null && id.Trim().StartsWith("sha256:", StringComparison.OrdinalIgnoreCase) ? id.Trim() : null;

    // Host reports (GET /api/v1/hosts) name the cloud instance behind the host when Compute knows it.
    private static CanonicalResource? Host(JsonElement report)
    {
        var hostname = report.FirstStr("hostname", "_id");
        var instance = report.Str("cloudMetadata.resourceID");
        var cloud = report.Str("cloudMetadata.provider")?.Trim().ToLowerInvariant();
        var fromCloud = cloud switch
        {
            "aws" => ResourceIds.AwsFromParts(report.Str("cloudMetadata.accountID"), report.Str("cloudMetadata.region"), "instance", instance),
            "azure" => ResourceIds.Parse(instance),
            _ => null,
        };
        return fromCloud ?? (hostname is null ? null : ResourceIds.VendorNative("prisma-compute", hostname, CloudProvider.Unknown, "host", hostname));
    }
}
