using System.ComponentModel.DataAnnotations;

namespace CnappAi.Modules.AttackPaths;

/// <summary>Attack-path analysis settings (section <c>AttackPaths</c>); defaults in docs/attack-paths.md.</summary>
internal sealed class AttackPathsOptions
{
    public const string SectionName = "AttackPaths";

    /// <summary>Longest path searched, in hops (the internet exposure counts as the first).</summary>
    [Range(1, 12)]
    public int MaxDepth { get; set; } = 6;

    /// <summary>How many of the best paths each rebuild stores for the dashboard and feeds into risk scoring.</summary>
    [Range(1, 5000)]
    public int StoredPaths { get; set; } = 200;

    /// <summary>How often the rebuild job looks for new imports (it skips the search when its inputs did not change).</summary>
    [Required]
    public string RebuildCron { get; set; } = "*/5 * * * *";
}
