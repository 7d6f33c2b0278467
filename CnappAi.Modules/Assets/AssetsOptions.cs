using System.ComponentModel.DataAnnotations;

namespace CnappAi.Modules.Assets;

/// <summary>
/// Asset inventory settings (section <c>Assets</c>): which tag keys carry business context, per cloud, and the rules
/// that make an asset a crown jewel. Unset lists use the defaults documented in docs/correlation.md.
/// </summary>
internal sealed class AssetsOptions
{
    public const string SectionName = "Assets";

    /// <summary>Tag keys by cloud (<c>Default</c>, <c>Aws</c>, <c>Azure</c>, <c>Gcp</c>, <c>Kubernetes</c>); a cloud's keys are tried before the defaults.</summary>
    public Dictionary<string, TagKeySet> TagKeys { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>An asset matching any rule is a crown jewel (a manual flag overrides). Empty: the default rule.</summary>
    public List<CrownJewelRule> CrownJewelRules { get; set; } = [];

    /// <summary>At most this many rows are read from one CMDB or relationships file.</summary>
    [Range(1, 50_000_000)]
    public int MaxContextRows { get; set; } = 5_000_000;
}
