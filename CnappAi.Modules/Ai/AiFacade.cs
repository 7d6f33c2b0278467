using CnappAi.Modules.Ai.Agents;
using CnappAi.Modules.Ai.Configuration;
using CnappAi.Modules.Ai.Context;
using CnappAi.Modules.Ai.Contracts;
using CnappAi.Modules.Ai.Evaluation;
using CnappAi.Modules.Ai.Llm;
using CnappAi.Modules.Ai.Search;
using CnappAi.Modules.Shared.Security;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.Ai;

internal sealed class AiFacade(
    IActorAccessor actors,
    IOptions<AiOptions> options,
    KernelFactory kernels,
    FindingContextBuilder contexts,
    FindingAgents findingAgents,
    AskAgent ask,
    PolicyAgent policy,
    InvestigationAgent investigation,
    BriefingAgent briefing,
    EmbeddingIndex index,
    OutputStore outputs,
    ReviewLedger reviews,
    FunctionSwitch switches,
    ApiKeyStore keys) : IAiFacade
{
    public AiStatus GetStatus()
    {
        actors.Demand(Roles.Viewer);
        var (provider, model) = kernels.Describe();
        return new AiStatus(provider, options.Value.ModelConfigured ? model : null, options.Value.ModelConfigured, options.Value.Embeddings.Model);
    }

    public async Task<FindingExplanation?> ExplainFindingAsync(string findingId, CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        if (await contexts.BuildAsync(findingId, ct).ConfigureAwait(false) is not { } context)
        {
            return null;
        }

        var triage = await findingAgents.TriageAsync(context, ct).ConfigureAwait(false);
        var explanation = await findingAgents.ExplainAsync(context, ct).ConfigureAwait(false);
        var fix = await findingAgents.FixAsync(context, ct).ConfigureAwait(false);
        return new FindingExplanation(context.Finding.Id, context.Finding.Title, triage, explanation, fix);
    }

    public async Task<AiResult<TriageResult>?> TriageAsync(string findingId, CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        return await contexts.BuildAsync(findingId, ct).ConfigureAwait(false) is { } context ? await findingAgents.TriageAsync(context, ct).ConfigureAwait(false) : null;
    }

    public async Task<AiResult<RiskExplanation>?> ExplainRiskAsync(string findingId, CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        return await contexts.BuildAsync(findingId, ct).ConfigureAwait(false) is { } context ? await findingAgents.ExplainAsync(context, ct).ConfigureAwait(false) : null;
    }

    public async Task<AiResult<FixProposal>?> GenerateFixAsync(string findingId, CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        return await contexts.BuildAsync(findingId, ct).ConfigureAwait(false) is { } context ? await findingAgents.FixAsync(context, ct).ConfigureAwait(false) : null;
    }

    public Task<AiResult<QueryAnswer>> AskAsync(string question, CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        ArgumentException.ThrowIfNullOrWhiteSpace(question);
        return ask.AskAsync(question.Trim(), ct);
    }

    public Task<AiResult<PolicyDraft>> DraftPolicyAsync(string requirement, CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        ArgumentException.ThrowIfNullOrWhiteSpace(requirement);
        return policy.DraftAsync(requirement.Trim(), ct);
    }

    public Task<AiResult<InvestigationReport>> InvestigateAsync(string workload, TimeSpan window, CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        ArgumentException.ThrowIfNullOrWhiteSpace(workload);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        return investigation.InvestigateAsync(workload, window, ct);
    }

    public Task<AiResult<BriefingNarrative>> WriteBriefingNarrativeAsync(BriefingNarrativeRequest request, CancellationToken ct)
    {
        // Writing a briefing's narrative is part of generating the briefing, which takes an analyst (or the schedule).
        actors.Demand(Roles.Analyst);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Figures);
        ArgumentNullException.ThrowIfNull(request.FindingIds);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.RuleNarrative);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.RuleSet);
        return briefing.WriteAsync(request, ct);
    }

    public Task<IReadOnlyList<SemanticMatch>> SearchAsync(string text, int top, CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        return index.SearchAsync(text, Math.Clamp(top, 1, 100), ct);
    }

    public Task<AiOutputRecord?> GetOutputAsync(Guid id, CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        return outputs.GetAsync(id, ct);
    }

    public Task<IReadOnlyList<AiOutputRecord>> GetReviewQueueAsync(int take, CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        return outputs.ReviewQueueAsync(take, ct);
    }

    public Task RecordReviewAsync(ReviewVerdict verdict, CancellationToken ct)
    {
        actors.Demand(Roles.Analyst);
        return reviews.RecordAsync(verdict, ct);
    }

    public async Task MarkLedToActionAsync(Guid outputId, CancellationToken ct)
    {
        actors.Demand(Roles.Analyst);
        if (!await outputs.MarkLedToActionAsync(outputId, ct).ConfigureAwait(false))
        {
            throw new KeyNotFoundException($"no AI output {outputId}");
        }
    }

    public async Task<IReadOnlyList<AccuracyFigure>> GetAccuracyAsync(CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        return AccuracyReport.Of(await reviews.ReviewedAsync(ct).ConfigureAwait(false));
    }

    public async Task<IReadOnlyList<AiFunctionState>> GetFunctionStatesAsync(CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        var reviewed = await reviews.ReviewedAsync(ct).ConfigureAwait(false);
        var states = new List<AiFunctionState>();
        foreach (var function in Enum.GetValues<AiFunction>())
        {
            var setting = await switches.GetAsync(function, ct).ConfigureAwait(false);
            var (count, correct) = ReviewLedger.ModelTally(reviewed, function, setting?.CountReviewsFrom ?? DateTimeOffset.UnixEpoch);
            states.Add(new AiFunctionState(function, setting?.ModelAllowed ?? true, setting?.Reason, setting?.ChangedAt, setting?.ChangedBy,
                count == 0 ? null : (double)correct / count, count));
        }

        return states;
    }

    public Task ReEnableModelAsync(AiFunction function, string admin, CancellationToken ct)
    {
        actors.Demand(Roles.Admin);
        ArgumentException.ThrowIfNullOrWhiteSpace(admin);
        return switches.SetAsync(function, true, "re-enabled by an admin", admin, ct);
    }

    public Task SaveApiKeyAsync(string apiKey, CancellationToken ct)
    {
        actors.Demand(Roles.Admin);
        return keys.SaveAsync(apiKey, ct);
    }
}
