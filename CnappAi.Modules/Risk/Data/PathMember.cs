namespace CnappAi.Modules.Risk.Data;

/// <summary>A unified finding on at least one attack path (table <c>risk_attack_path_members</c>), as the attack-path analysis reports it.</summary>
internal sealed class PathMember
{
    public required string ClusterId { get; set; }
    public required string PathIds { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
