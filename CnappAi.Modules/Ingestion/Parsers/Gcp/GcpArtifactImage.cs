using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Gcp;

/// <summary>The image an occurrence is about: <c>resourceUri</c> is the image URL (<c>https://{region}-docker.pkg.dev/...@sha256:...</c>).</summary>
internal static class GcpArtifactImage
{
    // ContainerImage drops the URL scheme and reads the digest after '@' itself. Non-image artifacts
    // (language packages in Artifact Registry) keep their URL as a native id.
    public static CanonicalResource From(string uri) =>
        ResourceIds.ContainerImage(uri, null)
        ?? ResourceIds.VendorNative("gcp-artifact-analysis", uri.Trim(), CloudProvider.Gcp, "artifact", null);
}
