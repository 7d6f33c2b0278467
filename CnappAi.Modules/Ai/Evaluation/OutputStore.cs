using System.Text.Json;
using CnappAi.Modules.Ai.Contracts;
using CnappAi.Modules.Ai.Data;
using CnappAi.Modules.Ai.Guardrails;
using CnappAi.Modules.Shared.Audit;
using CnappAi.Modules.Shared.Persistence;
using CnappAi.Modules.Shared.Security;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Modules.Ai.Evaluation;

/// <summary>Stores every output with its provenance, and reads them back for the review queue.</summary>
internal sealed class OutputStore(IDbContextFactory<CnappAiDbContext> contexts, ReviewSampler sampler, IAuditWriter audit, IActorAccessor actors)
{
    public async Task SaveAsync<T>(AiResult<T> result, string subject, CancellationToken ct)
    {
        var p = result.Provenance;
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        db.Add(new AiOutput
        {
            Id = result.Id,
            Function = result.Function.ToString(),
            Subject = subject.Length <= 2000 ? subject : subject[..2000],
            Engine = p.Engine,
            TemplateId = p.TemplateId,
            TemplateVersion = p.TemplateVersion,
            RuleSet = p.RuleSet,
            Provider = p.Provider,
            Model = p.Model,
            ParametersJson = JsonSerializer.Serialize(p.Parameters),
            InputFindingIdsJson = JsonSerializer.Serialize(p.InputFindingIds),
            Prompt = p.Prompt,
            Response = p.Response,
            OutputJson = JsonSerializer.Serialize(result.Output, JsonOptions.Model),
            PromptTokens = p.PromptTokens,
            CompletionTokens = p.CompletionTokens,
            LatencyMs = p.LatencyMs,
            Attempts = p.Attempts,
            FallbackReason = p.FallbackReason,
            FunctionCallsJson = JsonSerializer.Serialize(p.FunctionCalls),
            CreatedAt = p.CreatedAt,
            SampledForReview = sampler.ShouldSample(result.Id),
        });

        // A recommendation is recorded with what produced it; the output itself stays in the AI store.
        var details = new { function = result.Function.ToString(), p.Engine, p.Provider, p.Model, p.TemplateId, p.TemplateVersion, p.FallbackReason };
        var record = AuditRecord.Of($"ai.{JsonNamingPolicy.SnakeCaseLower.ConvertName(result.Function.ToString())}", actors.Current, "ai-output", result.Id.ToString(), details, p.InputFindingIds);
        await audit.AppendAndSaveAsync(db, [record], ct).ConfigureAwait(false);
    }

    public async Task<AiOutputRecord?> GetAsync(Guid id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var row = await db.Set<AiOutput>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct).ConfigureAwait(false);
        if (row is null)
        {
            return null;
        }

        var review = await db.Set<AiReview>().AsNoTracking().FirstOrDefaultAsync(r => r.OutputId == id, ct).ConfigureAwait(false);
        return ToRecord(row, review);
    }

    public async Task<IReadOnlyList<AiOutputRecord>> ReviewQueueAsync(int take, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var reviewed = db.Set<AiReview>().Select(r => r.OutputId);
        var rows = await db.Set<AiOutput>().AsNoTracking()
            .Where(o => (o.SampledForReview || o.LedToAction) && !reviewed.Contains(o.Id))
            .OrderByDescending(o => o.LedToAction).ThenByDescending(o => o.CreatedAt)
            .Take(Math.Clamp(take, 1, 500)).ToListAsync(ct).ConfigureAwait(false);
        return [.. rows.Select(r => ToRecord(r, null))];
    }

    public async Task<bool> MarkLedToActionAsync(Guid id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        return await db.Set<AiOutput>().Where(o => o.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.LedToAction, true), ct).ConfigureAwait(false) > 0;
    }

    public static AiOutputRecord ToRecord(AiOutput row, AiReview? review) => new(
        row.Id,
        Enum.Parse<AiFunction>(row.Function),
        row.Subject,
        row.OutputJson,
        new AiProvenance
        {
            Engine = row.Engine,
            TemplateId = row.TemplateId,
            TemplateVersion = row.TemplateVersion,
            RuleSet = row.RuleSet,
            Provider = row.Provider,
            Model = row.Model,
            Parameters = JsonSerializer.Deserialize<Dictionary<string, string>>(row.ParametersJson) ?? [],
            InputFindingIds = JsonSerializer.Deserialize<List<string>>(row.InputFindingIdsJson) ?? [],
            Prompt = row.Prompt,
            Response = row.Response,
            PromptTokens = row.PromptTokens,
            CompletionTokens = row.CompletionTokens,
            LatencyMs = row.LatencyMs,
            Attempts = row.Attempts,
            FallbackReason = row.FallbackReason,
            FunctionCalls = JsonSerializer.Deserialize<List<string>>(row.FunctionCallsJson) ?? [],
            CreatedAt = row.CreatedAt,
        },
        row.LedToAction,
        review is null ? null : new ReviewVerdict(review.OutputId, review.Correct, review.Reason, review.Reviewer, review.ReviewedAt));
}
