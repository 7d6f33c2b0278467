using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Normalization.Resources;

internal static class ResourceIdBuilder
{
    public static CanonicalResource? Aws(string? account, string? region, string? typeHint, string? shortId, string? partition) => throw new NotImplementedException();

    public static CanonicalResource? Azure(string? subscription, string? resourceGroup, string? type, string? name) => throw new NotImplementedException();

    public static CanonicalResource? Gcp(string? project, string? location, string? typeHint, string? name) => throw new NotImplementedException();

    public static CanonicalResource? Account(CloudProvider provider, string? accountId) => throw new NotImplementedException();

    public static CanonicalResource Kubernetes(string? cluster, string? ns, string kind, string name) => throw new NotImplementedException();

    public static CanonicalResource? ContainerImage(string? reference, string? digest) => throw new NotImplementedException();

    public static CanonicalResource? SourceFile(string? repository, string? path) => throw new NotImplementedException();

    public static CanonicalResource VendorNative(string vendor, string id, CloudProvider provider, string? type, string? name) => throw new NotImplementedException();
}
