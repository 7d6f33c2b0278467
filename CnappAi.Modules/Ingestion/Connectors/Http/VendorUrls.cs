namespace CnappAi.Modules.Ingestion.Connectors.Http;

/// <summary>Joins a configured base URL and an API path, tolerating the trailing slashes and API prefixes people paste.</summary>
internal static class VendorUrls
{
    public static Uri Combine(Uri baseUrl, string path, params string[] prefixesToDrop)
    {
        var root = baseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/');
        foreach (var prefix in prefixesToDrop)
        {
            if (root.EndsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                root = root[..^prefix.Length];
                break;
            }
        }

        return new Uri(root + "/" + path.TrimStart('/'), UriKind.Absolute);
    }

    /// <summary>True when a URL the vendor handed us (a next-page link) points at the same scheme, host and port as the connector, so its token never leaves for another host.</summary>
    public static bool SameOrigin(Uri candidate, Uri baseUrl) =>
        Uri.Compare(candidate, baseUrl, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;
}
