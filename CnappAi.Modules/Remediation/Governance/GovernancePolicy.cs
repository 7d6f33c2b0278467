using CnappAi.Modules.Remediation.Contracts;
using CnappAi.Modules.Remediation.Data;
using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.Remediation.Governance;

/// <summary>
/// The mode an action gets: a stored rule for its environment, else its <c>*</c> rule, else the configured default.
/// Automation is then clamped: only allow-listed types, and production only when the rule allows it.
/// </summary>
internal sealed class GovernancePolicy(IDbContextFactory<CnappAiDbContext> contexts, IOptions<RemediationOptions> options)
{
    public async Task<IReadOnlyList<GovernanceRule>> StoredAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var rows = await db.Set<GovernanceSetting>().AsNoTracking().ToListAsync(ct).ConfigureAwait(false);
        return [.. rows.OrderBy(r => r.Type).ThenBy(r => r.Environment).Select(r => new GovernanceRule(r.Type, r.Environment, r.Mode, r.AllowProduction))];
    }

    /// <summary>The stored rules, plus a <c>*</c> rule per type with the configured default where none is stored.</summary>
    public async Task<IReadOnlyList<GovernanceRule>> EffectiveAsync(CancellationToken ct)
    {
        var stored = await StoredAsync(ct).ConfigureAwait(false);
        var defaults = Enum.GetValues<ActionType>()
            .Where(t => !stored.Any(r => r.Type == t && r.Environment == "*"))
            .Select(t => new GovernanceRule(t, "*", options.Value.DefaultModes.GetValueOrDefault(t, GovernanceMode.HumanInTheLoop)));
        return [.. stored.Concat(defaults).OrderBy(r => r.Type).ThenBy(r => r.Environment)];
    }

    public GovernanceMode Resolve(IReadOnlyList<GovernanceRule> stored, ActionType type, string? environment)
    {
        var rule = stored.FirstOrDefault(r => r.Type == type && string.Equals(r.Environment, environment, StringComparison.OrdinalIgnoreCase))
            ?? stored.FirstOrDefault(r => r.Type == type && r.Environment == "*")
            ?? new GovernanceRule(type, "*", options.Value.DefaultModes.GetValueOrDefault(type, GovernanceMode.HumanInTheLoop));
        if (rule.Mode != GovernanceMode.Automated)
        {
            return rule.Mode;
        }

        var allowed = options.Value.AutomationAllowList.Contains(type) && (!IsProduction(environment) || rule.AllowProduction);
        return allowed ? GovernanceMode.Automated : GovernanceMode.HumanInTheLoop;
    }

    public bool IsProduction(string? environment) =>
        environment is not null && options.Value.ProductionEnvironments.Contains(environment, StringComparer.OrdinalIgnoreCase);
}
