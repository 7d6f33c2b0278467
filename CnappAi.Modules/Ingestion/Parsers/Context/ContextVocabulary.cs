using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Context;

/// <summary>
/// The values the context files may use (docs/context-files.md). A value outside a list rejects the row, so a CMDB
/// export with a typo is reported with its line instead of being stored as unknown context.
/// </summary>
internal static class ContextVocabulary
{
    public const string Internet = "internet";

    public static readonly IReadOnlySet<string> Environments = Set("prod", "production", "staging", "stage", "qa", "test", "dev", "development", "sandbox");

    public static readonly IReadOnlySet<string> DataClassifications = Set("public", "internal", "confidential", "restricted", "pii", "pci", "phi");

    public static readonly IReadOnlySet<string> Criticalities = Set("low", "medium", "high", "critical");

    public static readonly IReadOnlySet<string> Relationships = Set(
        "exposes", "contains", "runs-image", "runs-as", "protects", "connects-to", "can-read", "can-write",
        "holds-credential-for", "federates-to", "can-assume", "member-of");

    /// <summary>The value, checked against a vocabulary; a missing value is allowed only when <paramref name="required"/> is false.</summary>
    public static string? Check(string? value, IReadOnlySet<string> allowed, string column, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return required ? throw new RecordRejectedException($"record has no {column}") : null;
        }

        var trimmed = value.Trim();
        return allowed.Contains(trimmed)
            ? trimmed
            : throw new RecordRejectedException($"{column} '{Short(trimmed)}' is not one of: {string.Join(", ", allowed.Order(StringComparer.Ordinal))}");
    }

    /// <summary>A resource id a context file may name: a cloud id, a Kubernetes object or a container image.</summary>
    public static string ResourceId(string? value, string column, bool allowInternet = false)
    {
        var id = RecordMapping.Require(value, column);
        if (allowInternet && string.Equals(id, Internet, StringComparison.OrdinalIgnoreCase))
        {
            return Internet;
        }

        var recognised = ResourceIds.Parse(id) is not null || (IsImageReference(id) && ResourceIds.ContainerImage(id) is not null);
        return recognised ? id : throw new RecordRejectedException($"{column} '{Short(id)}' is not an ARN, Azure resource id, GCP resource name, k8s:// id or image reference");
    }

    // An image names its registry host (a '.' or ':' in the first segment) or its digest; a bare "a/b" is too loose to trust.
    private static bool IsImageReference(string id)
    {
        var slash = id.IndexOf('/', StringComparison.Ordinal);
        return !id.Contains(' ', StringComparison.Ordinal)
            && (id.Contains("@sha256:", StringComparison.Ordinal) || (slash > 0 && id[..slash].IndexOfAny(['.', ':']) >= 0));
    }

    private static string Short(string value) => value.Length > 80 ? value[..80] + "..." : value;

    private static HashSet<string> Set(params string[] values) => new(values, StringComparer.OrdinalIgnoreCase);
}
