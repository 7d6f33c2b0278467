namespace CnappAi.Modules.Assets.Contracts;

/// <summary>One page of assets and how many matched.</summary>
public sealed record AssetPage(IReadOnlyList<AssetView> Items, int Total);
