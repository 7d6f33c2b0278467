using CnappAi.Modules.Ai.Context;
using CnappAi.Modules.Ai.Contracts;
using CnappAi.Modules.Ai.Guardrails;
using CnappAi.Modules.Ai.Prompts;
using CnappAi.Modules.Ai.RuleEngine;
using CnappAi.Modules.Ai.Validation;

namespace CnappAi.Modules.Ai.Agents;

/// <summary>The three agent functions about one finding: triage, risk explanation and fix generation.</summary>
internal sealed class FindingAgents(AgentRunner runner)
{
    public Task<AiResult<TriageResult>> TriageAsync(AiFindingContext context, CancellationToken ct) => runner.RunAsync(new AgentCall<TriageResult>(
        AiFunction.Triage, context.Finding.Id, PromptTemplates.Triage, RuleSets.Triage, FindingPromptInput.From(context), context.FindingIds,
        _ => Task.FromResult(TriageRules.Triage(context)), _ => new TriageResultValidator(), FunctionAllowList.None), ct);

    public Task<AiResult<RiskExplanation>> ExplainAsync(AiFindingContext context, CancellationToken ct) => runner.RunAsync(new AgentCall<RiskExplanation>(
        AiFunction.RiskExplanation, context.Finding.Id, PromptTemplates.RiskExplanation, RuleSets.Explanation, FindingPromptInput.From(context), context.FindingIds,
        _ => Task.FromResult(ExplanationRules.Explain(context)), _ => new RiskExplanationValidator(), FunctionAllowList.None), ct);

    public Task<AiResult<FixProposal>> FixAsync(AiFindingContext context, CancellationToken ct)
    {
        // The catalogue's fix goes into the prompt as a vetted reference the model adapts, rather than inventing from nothing.
        var reference = FixRules.Propose(context);
        return runner.RunAsync(new AgentCall<FixProposal>(
            AiFunction.FixGeneration, context.Finding.Id, PromptTemplates.FixGeneration, RuleSets.Fix, FindingPromptInput.From(context, reference), context.FindingIds,
            _ => Task.FromResult(reference), _ => new FixProposalValidator(), FunctionAllowList.None), ct);
    }
}
