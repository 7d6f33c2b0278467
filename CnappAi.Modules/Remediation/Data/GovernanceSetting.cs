using CnappAi.Modules.Remediation.Contracts;

namespace CnappAi.Modules.Remediation.Data;

/// <summary>An admin's governance rule for one action type and environment (table <c>remediation_governance</c>).</summary>
internal sealed class GovernanceSetting
{
    public Guid Id { get; set; }
    public ActionType Type { get; set; }
    public required string Environment { get; set; }
    public GovernanceMode Mode { get; set; }
    public bool AllowProduction { get; set; }
    public required string UpdatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
