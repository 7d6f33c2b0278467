namespace CnappAi.Modules.Assets.Contracts;

/// <summary>Where a stored relationship came from, shown on each attack-path hop it makes.</summary>
public static class RelationshipOrigins
{
    /// <summary>A relationships file (JSON or CSV export of a CMDB or graph tool).</summary>
    public const string File = "relationships-file";

    /// <summary>Relationship facts in Wiz records (<c>entitySnapshot</c>, <c>vulnerableAsset</c>, <c>resource</c>).</summary>
    public const string Wiz = "vendor:wiz";

    /// <summary>Relationship facts in Orca alerts (<c>asset_labels</c>, <c>model.data</c>).</summary>
    public const string Orca = "vendor:orca";
}
