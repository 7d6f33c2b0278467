using CnappAi.Modules.Ai.Contracts;
using CnappAi.Modules.Ai.Data;
using CnappAi.Modules.Shared.Persistence;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.Ai.Evaluation;

/// <summary>
/// Records analysts' verdicts and keeps each function honest: once enough model outputs of a function have been
/// reviewed and their accuracy is below the bar, the function switches to the rule engine until an admin re-enables it.
/// </summary>
internal sealed class ReviewLedger(
    IDbContextFactory<CnappAiDbContext> contexts,
    FunctionSwitch switches,
    IOptions<Configuration.AiOptions> options,
    TimeProvider clock)
{
    public const string Guard = "accuracy-guard";

    public async Task RecordAsync(ReviewVerdict verdict, CancellationToken ct)
    {
        await new ReviewVerdictValidator().ValidateAndThrowAsync(verdict, ct).ConfigureAwait(false);
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var output = await db.Set<AiOutput>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == verdict.OutputId, ct).ConfigureAwait(false)
            ?? throw new KeyNotFoundException($"no AI output {verdict.OutputId}");
        var review = await db.Set<AiReview>().FirstOrDefaultAsync(r => r.OutputId == verdict.OutputId, ct).ConfigureAwait(false);
        if (review is null)
        {
            review = new AiReview { OutputId = verdict.OutputId, Reason = "", Reviewer = "" };
            db.Add(review);
        }

        review.Correct = verdict.Correct;
        review.Reason = verdict.Reason.Trim();
        review.Reviewer = verdict.Reviewer.Trim();
        review.ReviewedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await CheckBarAsync(Enum.Parse<AiFunction>(output.Function), ct).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ReviewedOutput>> ReviewedAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        return await db.Set<AiReview>().AsNoTracking()
            .Join(db.Set<AiOutput>().AsNoTracking(), r => r.OutputId, o => o.Id,
                (r, o) => new ReviewedOutput(o.Function, o.Engine, o.Provider, o.Model, o.TemplateVersion, o.RuleSet, o.CreatedAt, r.Correct))
            .ToListAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Reviewed model outputs of a function that count towards the bar (those produced since it was last enabled).</summary>
    public static (int Reviewed, int Correct) ModelTally(IEnumerable<ReviewedOutput> reviewed, AiFunction function, DateTimeOffset since)
    {
        var counted = reviewed.Where(r => r.Function == function.ToString() && r.Engine == AiEngines.Model && r.CreatedAt >= since).ToList();
        return (counted.Count, counted.Count(r => r.Correct));
    }

    private async Task CheckBarAsync(AiFunction function, CancellationToken ct)
    {
        var setting = await switches.GetAsync(function, ct).ConfigureAwait(false);
        if (setting is { ModelAllowed: false })
        {
            return;
        }

        var evaluation = options.Value.Evaluation;
        var (reviewed, correct) = ModelTally(await ReviewedAsync(ct).ConfigureAwait(false), function, setting?.CountReviewsFrom ?? DateTimeOffset.UnixEpoch);
        if (reviewed >= evaluation.MinimumReviews && (double)correct / reviewed < evaluation.AccuracyBar)
        {
            await switches.SetAsync(function, false,
                $"model accuracy {(double)correct / reviewed:P0} over {reviewed} reviews is below the {evaluation.AccuracyBar:P0} bar", Guard, ct).ConfigureAwait(false);
        }
    }
}
