using CnappAi.Modules.Assets.Contracts;

namespace CnappAi.Modules.Assets.Context;

/// <summary>Normalises the words tags and CMDBs use for environment, data classification and criticality.</summary>
internal static class ContextValues
{
    public static string? Environment(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" => null,
        "prod" or "production" or "prd" or "live" => "prod",
        "staging" or "stage" or "stg" or "preprod" or "pre-prod" or "uat" => "staging",
        "test" or "testing" or "qa" => "test",
        "dev" or "development" or "develop" => "dev",
        "sandbox" or "sbx" or "lab" or "demo" => "sandbox",
        var other => other.Length <= 32 ? other : other[..32],
    };

    public static DataSensitivity Sensitivity(string? classification) => classification?.Trim().ToLowerInvariant() switch
    {
        "public" => DataSensitivity.Public,
        "internal" or "private" => DataSensitivity.Internal,
        "confidential" or "sensitive" => DataSensitivity.Confidential,
        "restricted" or "pii" or "pci" or "phi" or "secret" or "highly-confidential" or "highly confidential" => DataSensitivity.Restricted,
        _ => DataSensitivity.Unknown,
    };

    public static Criticality Criticality(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "low" or "tier-3" or "tier3" => Contracts.Criticality.Low,
        "medium" or "moderate" or "tier-2" or "tier2" => Contracts.Criticality.Medium,
        "high" or "tier-1" or "tier1" => Contracts.Criticality.High,
        "critical" or "mission-critical" or "tier-0" or "tier0" => Contracts.Criticality.Critical,
        _ => Contracts.Criticality.Unknown,
    };

    public static bool? Flag(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "true" or "yes" or "1" or "exposed" or "public" => true,
        "false" or "no" or "0" or "internal" or "private" => false,
        _ => null,
    };
}
