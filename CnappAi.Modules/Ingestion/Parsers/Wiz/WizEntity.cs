namespace CnappAi.Modules.Ingestion.Parsers.Wiz;

/// <summary>What a Wiz record says about the affected resource, in the same terms across API nodes and CSV rows.</summary>
internal sealed record WizEntity(
    IReadOnlyList<string?> ProviderIds,
    string? VendorId,
    string? Platform,
    string? Type,
    string? Name,
    string? Region,
    string? Account,
    string? KubernetesNamespace = null,
    string? ImageReference = null,
    string? ImageDigest = null);
