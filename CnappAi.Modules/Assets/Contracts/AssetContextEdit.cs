namespace CnappAi.Modules.Assets.Contracts;

/// <summary>
/// A manual edit of an asset's context from the UI. A null field is left as it is; a set field overrides tags and
/// the CMDB from now on (an empty string clears it). <see cref="EditedBy"/> is recorded with the change.
/// </summary>
public sealed record AssetContextEdit(string Uid, string EditedBy)
{
    public string? Team { get; init; }
    public string? Environment { get; init; }
    public string? Application { get; init; }
    public string? DataClassification { get; init; }
    public Criticality? Criticality { get; init; }
    public bool? InternetFacing { get; init; }
    public bool? CrownJewel { get; init; }
}
