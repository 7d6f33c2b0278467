using CnappAi.Modules.Assets.Context;

namespace CnappAi.Modules.Assets.VendorRelations;

/// <summary>The substrings that make a raw record worth parsing for each <see cref="RelationKinds"/>; ordinal, so cheap.</summary>
internal static class RelationMarkers
{
    // The exposure flags tags are read for, and Orca's list of internet access endpoints.
    private static readonly string[] Exposure = [.. TagExtractor.ExposureMarkers, "AccessEndpoints"];
    private static readonly string[] Identity = [":iam::", "gserviceaccount.com", "ssignedIdentities", "ssignedidentities"];

    /// <summary>Which of the <paramref name="wanted"/> kinds the record has markers for (only those are searched).</summary>
    public static RelationKinds In(string? raw, RelationKinds wanted = RelationKinds.All)
    {
        if (string.IsNullOrEmpty(raw) || wanted == RelationKinds.None)
        {
            return RelationKinds.None;
        }

        var kinds = RelationKinds.None;
        if (wanted.HasFlag(RelationKinds.Exposure) && Exposure.Any(m => raw.Contains(m, StringComparison.Ordinal)))
        {
            kinds |= RelationKinds.Exposure;
        }

        if (wanted.HasFlag(RelationKinds.Cluster) && raw.Contains("kubernetesClusterName", StringComparison.Ordinal))
        {
            kinds |= RelationKinds.Cluster;
        }

        if (wanted.HasFlag(RelationKinds.Image) && raw.Contains("ImageExternalId", StringComparison.Ordinal))
        {
            kinds |= RelationKinds.Image;
        }

        if (wanted.HasFlag(RelationKinds.Identity) && Identity.Any(m => raw.Contains(m, StringComparison.Ordinal)))
        {
            kinds |= RelationKinds.Identity;
        }

        return kinds;
    }
}
