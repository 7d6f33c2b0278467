using CnappAi.Modules.Assets.Contracts;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Assets.Data;

/// <summary>
/// An asset of the inventory (table <c>assets_assets</c>), keyed by canonical uid. The context columns hold the
/// effective values; <see cref="ContextSources"/> records which source set each one, so a lower source never
/// overwrites a higher one (see <c>ContextLayers</c>).
/// </summary>
internal sealed class AssetRecord
{
    public required string Uid { get; set; }
    public CloudProvider Provider { get; set; }
    public string? Account { get; set; }
    public string? Region { get; set; }
    public string? Type { get; set; }
    public ResourceClass Class { get; set; }
    public string? Name { get; set; }
    public string? Team { get; set; }
    public string? Environment { get; set; }
    public string? Application { get; set; }
    public string? DataClassification { get; set; }
    public DataSensitivity DataSensitivity { get; set; }
    public Criticality Criticality { get; set; }
    public bool? InternetFacing { get; set; }
    public bool CrownJewel { get; set; }
    public string? OwnerContact { get; set; }
    public string ContextSources { get; set; } = string.Empty;
    public string? TagsJson { get; set; }

    /// <summary>True once a finding's raw record was read for tags; assets known only from a CMDB are read on first sight.</summary>
    public bool TagsScanned { get; set; }

    /// <summary>Seen in findings (false for assets only named by a CMDB or relationships export).</summary>
    public bool InFindings { get; set; }
    public DateTimeOffset FirstSeen { get; set; }
    public DateTimeOffset ContextChangedAt { get; set; }
    public string? ContextChangedBy { get; set; }
}
