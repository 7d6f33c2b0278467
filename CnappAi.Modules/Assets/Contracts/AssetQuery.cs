namespace CnappAi.Modules.Assets.Contracts;

/// <summary>Filters and page for the asset inventory; filters combine with AND.</summary>
public sealed record AssetQuery
{
    /// <summary>Matches the uid, name or application.</summary>
    public string? Text { get; init; }
    public string? Team { get; init; }
    public string? Environment { get; init; }
    public bool? CrownJewel { get; init; }
    public bool? InternetFacing { get; init; }
    public int Skip { get; init; }
    public int Take { get; init; } = 50;
}
