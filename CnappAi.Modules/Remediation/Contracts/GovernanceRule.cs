namespace CnappAi.Modules.Remediation.Contracts;

/// <summary>
/// The mode of one action type in one environment (<c>*</c> for any). <see cref="AllowProduction"/> lets an automated
/// mode apply to production environments too.
/// </summary>
public sealed record GovernanceRule(ActionType Type, string Environment, GovernanceMode Mode, bool AllowProduction = false);
