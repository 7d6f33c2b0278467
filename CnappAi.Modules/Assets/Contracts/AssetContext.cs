namespace CnappAi.Modules.Assets.Contracts;

/// <summary>
/// The business context of an asset, merged from its tags, a CMDB import and manual edits (a manual edit beats the
/// CMDB, which beats tags). <see cref="Environment"/> is normalised to <c>prod</c>, <c>staging</c>, <c>test</c>,
/// <c>dev</c> or <c>sandbox</c>; <see cref="DataClassification"/> keeps the label as given (<c>pii</c>, <c>internal</c>).
/// <see cref="InternetFacing"/> is null when nothing says either way.
/// </summary>
public sealed record AssetContext(
    string? Team,
    string? Environment,
    string? Application,
    string? DataClassification,
    DataSensitivity DataSensitivity,
    Criticality Criticality,
    bool? InternetFacing,
    bool CrownJewel,
    string? OwnerContact = null)
{
    public static AssetContext None { get; } = new(null, null, null, null, DataSensitivity.Unknown, Criticality.Unknown, null, false);
}
