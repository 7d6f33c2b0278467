namespace CnappAi.Modules.Normalization.Contracts;

/// <summary>
/// A resource under its provider's own canonical id: an ARN, a lower-cased Azure resource id, a GCP full
/// resource name, a Kubernetes object path or a container image reference. <see cref="Uid"/> is the
/// comparison key across tools; the other fields are parsed out of it.
/// </summary>
public sealed record CanonicalResource(
    string Uid,
    CloudProvider Provider,
    string? Account,
    string? Region,
    string? Type,
    ResourceClass Class,
    string? Name);
