using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Normalization.Resources;

/// <summary>
/// GCP full resource names, <c>//{service}.googleapis.com/{relative name}</c>. The relative name alternates
/// collection and id (<c>projects/p/zones/z/instances/i</c>) except for the bare <c>global</c> segment; buckets carry
/// no project (<c>//storage.googleapis.com/bucket</c>).
/// </summary>
internal static class GcpNameParser
{
    private const string HostSuffix = ".googleapis.com";

    public static CanonicalResource? Parse(string fullName)
    {
        var body = fullName[2..].TrimEnd('/');
        var slash = body.IndexOf('/', StringComparison.Ordinal);
        if (slash <= HostSuffix.Length || !body[..slash].EndsWith(HostSuffix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var service = body[..(slash - HostSuffix.Length)].ToLowerInvariant();
        var segments = body[(slash + 1)..].Split('/');
        if (!IsHostLabel(service) || Array.Exists(segments, s => s.Length == 0))
        {
            return null;
        }

        // The host is case-insensitive, the relative name is not: only the host is folded.
        var uid = $"//{service}{HostSuffix}/{body[(slash + 1)..]}";
        if (service == "storage" && !segments[0].Equals("projects", StringComparison.Ordinal))
        {
            return Bucket(uid, segments);
        }

        var pairs = Pairs(segments);
        if (pairs.Count == 0 || pairs[^1].Id is null)
        {
            return null;
        }

        var type = $"{service}/{pairs[^1].Collection}";
        var account = Find(pairs, "projects") ?? Find(pairs, "folders") ?? Find(pairs, "organizations");
        var region = Find(pairs, "zones") ?? Find(pairs, "regions") ?? Find(pairs, "locations");
        return new CanonicalResource(
            uid,
            CloudProvider.Gcp,
            account == "_" ? null : account,
            region == "global" ? null : region,
            type,
            GcpResourceClasses.Classify(type),
            pairs[^1].Id);
    }

    private static CanonicalResource Bucket(string uid, string[] segments)
    {
        var type = segments.Length == 1 ? "storage/buckets" : "storage/objects";
        return new CanonicalResource(uid, CloudProvider.Gcp, null, null, type, ResourceClass.Bucket, segments[^1]);
    }

    private static List<(string Collection, string? Id)> Pairs(string[] segments)
    {
        var pairs = new List<(string, string?)>();
        for (var i = 0; i < segments.Length; i++)
        {
            if (segments[i] == "global")
            {
                continue;
            }

            pairs.Add((segments[i], i + 1 < segments.Length ? segments[i + 1] : null));
            i++;
        }

        return pairs;
    }

    private static string? Find(List<(string Collection, string? Id)> pairs, string collection) =>
        pairs.Find(p => p.Collection == collection).Id;

    private static bool IsHostLabel(string service)
    {
        if (service.Length == 0)
        {
            return false;
        }

        foreach (var c in service)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-' && c != '.')
            {
                return false;
            }
        }

        return true;
    }
}
