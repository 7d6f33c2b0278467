namespace CnappAi.Modules.Ai.Context;

/// <summary>
/// Business context of the affected resource. Today it is read from the tags the source copied into its record (or
/// inferred from names); the asset inventory's owner team, environment and criticality take its place when present.
/// </summary>
/// <param name="Source">Where the context came from: <c>inventory</c>, <c>tags</c>, <c>name</c> or <c>none</c>.</param>
internal sealed record AssetContext(
    string? OwnerTeam,
    string? Application,
    string? Environment,
    string? DataClassification,
    string? Criticality,
    bool? InternetFacing,
    string Source)
{
    public static readonly AssetContext Unknown = new(null, null, null, null, null, null, "none");

    public bool IsProduction => Environment is "prod" or "production";

    public bool IsNonProduction => Environment is "dev" or "development" or "test" or "sandbox" or "qa";

    public bool HoldsSensitiveData => DataClassification is "pii" or "pci" or "phi" or "restricted" or "confidential";
}
