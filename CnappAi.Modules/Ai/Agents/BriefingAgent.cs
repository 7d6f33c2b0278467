using System.Globalization;
using System.Text.RegularExpressions;
using CnappAi.Modules.Ai.Contracts;
using CnappAi.Modules.Ai.Guardrails;
using CnappAi.Modules.Ai.Prompts;
using CnappAi.Modules.Ai.Validation;

namespace CnappAi.Modules.Ai.Agents;

/// <summary>
/// The executive briefing's narrative, written from the briefing's figures. The model may state only numbers the
/// figures hold; otherwise, or without a model, the rule-based narrative the briefing computed is used as it is.
/// </summary>
internal sealed partial class BriefingAgent(AgentRunner runner)
{
    public Task<AiResult<BriefingNarrative>> WriteAsync(BriefingNarrativeRequest request, CancellationToken ct)
    {
        var figures = FigureNumbers.Of(request.Figures);
        var rules = new BriefingNarrative([request.RuleNarrative]);
        var subject = "briefing " + request.DataAsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return runner.RunAsync(new AgentCall<BriefingNarrative>(
            AiFunction.BriefingNarrative, subject, PromptTemplates.BriefingNarrative, request.RuleSet, request.Figures, [.. request.FindingIds.Distinct(StringComparer.Ordinal)],
            _ => Task.FromResult(rules), _ => new BriefingNarrativeValidator(figures), FunctionAllowList.None, (reply, _) => Tidy(reply)), ct);
    }

    /// <summary>One paragraph per entry, each on one line, so the stored text splits back into the same paragraphs.</summary>
    private static BriefingNarrative Tidy(BriefingNarrative reply) => new(
        [.. (reply.Paragraphs ?? []).Select(p => Whitespace().Replace(p ?? "", " ").Trim()).Where(p => p.Length > 0)]);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
