using System.Globalization;
using System.Text.Json;
using CnappAi.Modules.Ai;
using CnappAi.Modules.Ai.Contracts;
using CnappAi.Modules.Briefings.Contracts;
using CnappAi.Modules.Briefings.Data;
using CnappAi.Modules.Briefings.Delivery;
using CnappAi.Modules.Briefings.Narrative;
using CnappAi.Modules.Briefings.Rendering;
using CnappAi.Modules.Posture;
using CnappAi.Modules.Shared.Audit;
using CnappAi.Modules.Shared.Persistence;
using CnappAi.Modules.Shared.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.Briefings.GenerateBriefing;

/// <summary>
/// Makes sure today's posture snapshot exists, computes the figures, writes the narrative from them, renders HTML,
/// Markdown and JSON (and PDF when Chromium is present), announces it on Slack when configured, and stores the
/// briefing with its provenance and an audit record in one transaction.
/// </summary>
internal sealed class GenerateBriefingHandler(
    IDbContextFactory<CnappAiDbContext> contexts,
    ContentBuilder builder,
    IPostureFacade posture,
    IAiFacade ai,
    PdfPrinter pdf,
    SlackNotifier slack,
    IAuditWriter audit,
    IOptions<BriefingsOptions> options,
    TimeProvider clock)
{
    public async Task<BriefingView> HandleAsync(Actor actor, string trigger, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (await posture.GetLatestDayAsync(ct).ConfigureAwait(false) != today)
        {
            await posture.CaptureAsync(ct).ConfigureAwait(false);
        }

        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var previous = await db.Set<BriefingRecord>().AsNoTracking().OrderByDescending(b => b.GeneratedAt).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        var previousContent = previous is null ? null : JsonSerializer.Deserialize<BriefingContent>(previous.ContentJson, BriefingJson.Options);
        var content = await builder.BuildAsync(today, now, previousContent, previous?.Id, previous?.GeneratedAt, ct).ConfigureAwait(false);
        var written = await WriteNarrativeAsync(content, ct).ConfigureAwait(false);
        var narrative = written.Text;

        var id = Guid.NewGuid();
        var title = trigger switch
        {
            BriefingTriggers.Weekly => "Weekly security briefing",
            BriefingTriggers.Daily => "Daily security briefing",
            _ => "Security briefing",
        } + " " + today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var summary = new BriefingSummary(
            id, title, trigger, now, actor.DisplayName, today, written.Engine, written.Model, written.RuleSet,
            content.Headline.Open, content.Headline.CriticalHigh, "pending", "pending");

        var directory = options.Value.OutputDirectory!;
        Directory.CreateDirectory(directory);
        var stem = Path.Combine(directory, $"briefing-{today:yyyy-MM-dd}-{id:n}");
        var contentJson = JsonSerializer.Serialize(content, BriefingJson.Options);
        await File.WriteAllTextAsync(stem + ".html", HtmlRenderer.Render(summary, content, narrative), ct).ConfigureAwait(false);
        await File.WriteAllTextAsync(stem + ".md", MarkdownRenderer.Render(summary, content, narrative), ct).ConfigureAwait(false);
        await File.WriteAllTextAsync(stem + ".json", contentJson, ct).ConfigureAwait(false);
        var pdfStatus = await pdf.PrintAsync(stem + ".html", stem + ".pdf", ct).ConfigureAwait(false);
        var slackStatus = await slack.NotifyAsync(summary, content, ct).ConfigureAwait(false);
        summary = summary with { PdfStatus = pdfStatus, SlackStatus = slackStatus };

        db.Add(new BriefingRecord
        {
            Id = id,
            Title = title,
            Trigger = trigger,
            GeneratedAt = now,
            GeneratedBy = actor.DisplayName,
            DataAsOf = today,
            NarrativeEngine = summary.NarrativeEngine,
            NarrativeModel = summary.NarrativeModel,
            RuleSet = summary.RuleSet,
            Open = content.Headline.Open,
            CriticalHigh = content.Headline.CriticalHigh,
            ContentJson = contentJson,
            Narrative = narrative,
            HtmlPath = stem + ".html",
            MarkdownPath = stem + ".md",
            PdfPath = pdfStatus == PdfPrinter.Created ? stem + ".pdf" : null,
            PdfStatus = pdfStatus,
            SlackStatus = slackStatus,
        });
        var record = new AuditRecord(
            "briefing.generated", actor, "briefing", id.ToString(), AuditRecord.Success, [],
            JsonSerializer.Serialize(new
            {
                trigger, dataAsOf = today, pdf = pdfStatus, slack = slackStatus,
                narrative = new { engine = written.Engine, model = written.Model, outputId = written.OutputId, fallback = written.FallbackReason },
            }));
        await audit.AppendAndSaveAsync(db, [record], ct).ConfigureAwait(false);
        return new BriefingView(summary, content, narrative);
    }

    /// <summary>
    /// The rule-based narrative, unless a model is configured: then the AI module's briefing function writes it, and
    /// returns the same rule-based text when the model fails, is switched off, or states a number the content lacks.
    /// </summary>
    private async Task<WrittenNarrative> WriteNarrativeAsync(BriefingContent content, CancellationToken ct)
    {
        var rules = NarrativeWriter.Write(content);
        if (!ai.GetStatus().ModelConfigured)
        {
            return new WrittenNarrative(rules, AiEngines.RuleBased, null, NarrativeWriter.RuleSet, null, null);
        }

        var findingIds = content.TopRisks.Select(r => r.FindingId).Concat(content.Sla.Worst.Select(b => b.FindingId)).ToList();
        var request = new BriefingNarrativeRequest(NarrativeFigures.From(content), content.DataAsOf, findingIds, rules, NarrativeWriter.RuleSet);
        var result = await ai.WriteBriefingNarrativeAsync(request, ct).ConfigureAwait(false);
        var p = result.Provenance;
        return result.Engine == AiEngines.Model
            ? new WrittenNarrative(result.Output.Text, AiEngines.Model, p.Model, $"{p.TemplateId}@{p.TemplateVersion}", result.Id, null)
            : new WrittenNarrative(rules, AiEngines.RuleBased, null, NarrativeWriter.RuleSet, result.Id, p.FallbackReason);
    }

    private sealed record WrittenNarrative(string Text, string Engine, string? Model, string RuleSet, Guid? OutputId, string? FallbackReason);
}
