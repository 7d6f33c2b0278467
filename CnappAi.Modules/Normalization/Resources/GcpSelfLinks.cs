namespace CnappAi.Modules.Normalization.Resources;

/// <summary>
/// Converts GCP REST URLs (Compute <c>selfLink</c>s and the like, as found inside Prisma <c>resource.data</c>) to full
/// resource names: <c>https://www.googleapis.com/compute/v1/projects/...</c> becomes <c>//compute.googleapis.com/projects/...</c>.
/// </summary>
internal static class GcpSelfLinks
{
    private const string SharedHost = "www.googleapis.com";
    private const string HostSuffix = ".googleapis.com";

    public static string? ToFullName(string url)
    {
        var afterScheme = url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..];
        var segments = afterScheme.Split('?', '#')[0].TrimEnd('/').Split('/');
        var host = segments[0].ToLowerInvariant();
        if (segments.Length < 3 || !host.EndsWith(HostSuffix, StringComparison.Ordinal))
        {
            return null;
        }

        // www.googleapis.com/{service}/{version}/..., {service}.googleapis.com/{service}/{version}/... (Compute) or
        // {service}.googleapis.com/{version}/... (most other APIs).
        string service;
        int index;
        if (host == SharedHost)
        {
            service = segments[1].ToLowerInvariant();
            index = 2;
        }
        else
        {
            service = host[..^HostSuffix.Length];
            index = segments[1].Equals(service, StringComparison.OrdinalIgnoreCase) ? 2 : 1;
        }

        if (index >= segments.Length || !IsVersion(segments[index]) || index + 1 >= segments.Length)
        {
            return null;
        }

        var relative = segments[(index + 1)..];
        if (service == "storage" && relative.Length >= 2 && relative[0] == "b")
        {
            // Storage JSON API: /storage/v1/b/{bucket}[/o/{object}]; the bucket is the resource that findings name.
            return $"//storage{HostSuffix}/{relative[1]}";
        }

        return $"//{service}{HostSuffix}/{string.Join('/', relative)}";
    }

    private static bool IsVersion(string segment) =>
        segment is "alpha" or "beta"
        || (segment.Length >= 2 && segment[0] == 'v' && char.IsAsciiDigit(segment[1]));
}
