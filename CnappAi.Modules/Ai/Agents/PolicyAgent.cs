using CnappAi.Modules.Ai.Contracts;
using CnappAi.Modules.Ai.Guardrails;
using CnappAi.Modules.Ai.Prompts;
using CnappAi.Modules.Ai.RuleEngine;
using CnappAi.Modules.Ai.RuleEngine.Policies;
using CnappAi.Modules.Ai.Validation;

namespace CnappAi.Modules.Ai.Agents;

/// <summary>Policy as code from a plain-language requirement.</summary>
internal sealed class PolicyAgent(AgentRunner runner)
{
    public Task<AiResult<PolicyDraft>> DraftAsync(string requirement, CancellationToken ct)
    {
        var reference = PolicyDrafter.Draft(requirement);
        return runner.RunAsync(new AgentCall<PolicyDraft>(
            AiFunction.PolicyAsCode, requirement, PromptTemplates.Policy, RuleSets.Policy, new { Requirement = requirement, Reference = reference }, [],
            _ => Task.FromResult(reference), _ => new PolicyDraftValidator(), FunctionAllowList.None), ct);
    }
}
