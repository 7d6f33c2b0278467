using CnappAi.Modules.Ai.Contracts;
using CnappAi.Modules.Ai.Guardrails;
using CnappAi.Modules.Ai.Prompts;
using CnappAi.Modules.Ai.RuleEngine;
using CnappAi.Modules.Ai.Validation;
using CnappAi.Modules.Normalization;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ai.Agents;

/// <summary>
/// The investigation copilot: the timeline is built from stored observations; the model (when used) only writes the
/// incident summary, and the facts are put back around its text before validation.
/// </summary>
internal sealed class InvestigationAgent(AgentRunner runner, INormalizationFacade findings, TimeProvider clock)
{
    private const int MaxFindings = 2000;

    public async Task<AiResult<InvestigationReport>> InvestigateAsync(string workload, TimeSpan window, CancellationToken ct)
    {
        var to = clock.GetUtcNow();
        var from = to - window;
        var facts = InvestigationRules.Build(workload, await FindingsOfAsync(workload.Trim(), ct).ConfigureAwait(false), from, to);
        return await runner.RunAsync(new AgentCall<InvestigationReport>(
            AiFunction.Investigation, workload, PromptTemplates.Investigation, RuleSets.Investigation,
            new { facts.Workload, facts.From, facts.To, Timeline = facts.Timeline.Take(200), RuleBasedSummary = facts.IncidentSummary }, facts.FindingIds,
            _ => Task.FromResult(facts), _ => new InvestigationReportValidator(), FunctionAllowList.None,
            (reply, _) => facts with { IncidentSummary = reply.IncidentSummary }), ct).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<FindingView>> FindingsOfAsync(string workload, CancellationToken ct)
    {
        var list = new List<FindingView>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (workload.Length == 0)
        {
            return list;
        }

        // The store's text filter is case-sensitive; resource ids are mostly lower case, names not always.
        foreach (var text in new[] { workload, workload.ToLowerInvariant() }.Distinct(StringComparer.Ordinal))
        {
            await foreach (var f in findings.ExportAsync(new FindingQuery { Text = text }, ct).ConfigureAwait(false))
            {
                if ((f.Resource.Uid.Contains(workload, StringComparison.OrdinalIgnoreCase) || (f.Resource.Name?.Contains(workload, StringComparison.OrdinalIgnoreCase) ?? false))
                    && list.Count < MaxFindings && seen.Add(f.Id))
                {
                    list.Add(f);
                }
            }
        }

        return list;
    }
}
