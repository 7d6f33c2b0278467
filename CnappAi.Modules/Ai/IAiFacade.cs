using CnappAi.Modules.Ai.Contracts;

namespace CnappAi.Modules.Ai;

/// <summary>
/// The AI agents. Every output is a recommendation or a draft, never an action; it is stored with its provenance and
/// labelled with the engine that produced it (a model, or the rule engine when no model is configured or the model fails).
/// </summary>
public interface IAiFacade
{
    /// <summary>Which provider and model the agents use, if any.</summary>
    AiStatus GetStatus();

    /// <summary>Triage, explanation and fix for one finding; null when no finding has that id.</summary>
    Task<FindingExplanation?> ExplainFindingAsync(string findingId, CancellationToken ct);

    /// <summary>Risk score 1–10, owning team, one-sentence fix and whether to open a ticket now.</summary>
    Task<AiResult<TriageResult>?> TriageAsync(string findingId, CancellationToken ct);

    /// <summary>The finding explained for a non-technical owner, with business impact.</summary>
    Task<AiResult<RiskExplanation>?> ExplainRiskAsync(string findingId, CancellationToken ct);

    /// <summary>Terraform, CloudFormation, Bicep or CLI snippets for the exact resource (drafts only).</summary>
    Task<AiResult<FixProposal>?> GenerateFixAsync(string findingId, CancellationToken ct);

    /// <summary>Answers a question over the normalized store, citing the findings and assets it used.</summary>
    Task<AiResult<QueryAnswer>> AskAsync(string question, CancellationToken ct);

    /// <summary>A plain-language requirement as Rego and Sentinel, with a test input.</summary>
    Task<AiResult<PolicyDraft>> DraftPolicyAsync(string requirement, CancellationToken ct);

    /// <summary>What every source observed about a workload in the window before now, and a draft incident summary.</summary>
    Task<AiResult<InvestigationReport>> InvestigateAsync(string workload, TimeSpan window, CancellationToken ct);

    /// <summary>
    /// The narrative of an executive briefing, written from its computed figures. A model's narrative is used only when
    /// every number it states is one of the figures; otherwise, or without a model, the request's rule-based narrative
    /// is returned unchanged, labelled <see cref="AiEngines.RuleBased"/>.
    /// </summary>
    Task<AiResult<BriefingNarrative>> WriteBriefingNarrativeAsync(BriefingNarrativeRequest request, CancellationToken ct);

    /// <summary>Findings whose text is closest in meaning to <paramref name="text"/> (local embeddings; each distinct text embedded once).</summary>
    Task<IReadOnlyList<SemanticMatch>> SearchAsync(string text, int top, CancellationToken ct);

    Task<AiOutputRecord?> GetOutputAsync(Guid id, CancellationToken ct);

    /// <summary>Sampled outputs and outputs that led to an action, not yet reviewed, newest first.</summary>
    Task<IReadOnlyList<AiOutputRecord>> GetReviewQueueAsync(int take, CancellationToken ct);

    /// <summary>Records an analyst's verdict; a function whose model accuracy falls below the bar switches to the rule engine.</summary>
    Task RecordReviewAsync(ReviewVerdict verdict, CancellationToken ct);

    /// <summary>Marks an output as the basis of an action, which puts it in the review queue whatever the sample rate.</summary>
    Task MarkLedToActionAsync(Guid outputId, CancellationToken ct);

    /// <summary>Reviewed accuracy per function, provider and prompt version, week by week.</summary>
    Task<IReadOnlyList<AccuracyFigure>> GetAccuracyAsync(CancellationToken ct);

    Task<IReadOnlyList<AiFunctionState>> GetFunctionStatesAsync(CancellationToken ct);

    /// <summary>Lets a function switched to the rule engine use the model again; its accuracy is counted afresh.</summary>
    Task ReEnableModelAsync(AiFunction function, string admin, CancellationToken ct);

    /// <summary>Stores the model API key encrypted (ASP.NET Core Data Protection); an environment variable still wins.</summary>
    Task SaveApiKeyAsync(string apiKey, CancellationToken ct);
}
