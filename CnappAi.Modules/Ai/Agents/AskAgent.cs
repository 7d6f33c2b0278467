using CnappAi.Modules.Ai.Contracts;
using CnappAi.Modules.Ai.Guardrails;
using CnappAi.Modules.Ai.Llm;
using CnappAi.Modules.Ai.Prompts;
using CnappAi.Modules.Ai.Query;
using CnappAi.Modules.Ai.RuleEngine;
using CnappAi.Modules.Ai.Validation;

namespace CnappAi.Modules.Ai.Agents;

/// <summary>Natural-language questions: the model answers through the read-only lookups; the rule engine parses and searches.</summary>
internal sealed class AskAgent(AgentRunner runner, QueryRules rules)
{
    public Task<AiResult<QueryAnswer>> AskAsync(string question, CancellationToken ct) => runner.RunAsync(new AgentCall<QueryAnswer>(
        AiFunction.NaturalLanguageQuery, question, PromptTemplates.Query, RuleSets.Query, new { Question = question }, [],
        token => rules.AnswerAsync(question, token),
        session => new QueryAnswerValidator(session.Ledger.Contains),
        FunctionAllowList.Query,
        Complete), ct);

    // Titles and links come from what the lookups returned, never from the model's text.
    private static QueryAnswer Complete(QueryAnswer reply, ModelSession session) => reply with
    {
        Citations = [.. (reply.Citations ?? []).Select(c => c.Kind is not null && c.Id is not null && session.Ledger.Find(c.Kind, c.Id) is { } seen ? seen : c)],
    };
}
