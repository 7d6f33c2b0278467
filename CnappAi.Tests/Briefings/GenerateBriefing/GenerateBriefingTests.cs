using System.Text.Json;
using System.Text.RegularExpressions;
using CnappAi.Modules.Briefings;
using CnappAi.Modules.Ai.Contracts;
using CnappAi.Modules.Ai.Data;
using CnappAi.Modules.Briefings.Contracts;
using CnappAi.Modules.Briefings.Narrative;
using CnappAi.Modules.Normalization;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Shared.Persistence;
using CnappAi.Modules.Shared.Security;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Tests.Briefings.GenerateBriefing;

public partial class GenerateBriefingTests(BriefingTenant tenant) : IClassFixture<BriefingTenant>
{
    [Fact]
    public async Task GenerateAsync_SampleTenant_NarrativeCitesOnlyNumbersTheBriefingHolds()
    {
        var briefing = await tenant.Services.Get<IBriefingsFacade>().GenerateAsync(BriefingTriggers.OnDemand, CancellationToken.None);

        var figures = Numbers().Matches(JsonSerializer.Serialize(briefing.Content)).Select(m => m.Value).ToHashSet();
        var cited = Numbers().Matches(briefing.Narrative).Select(m => m.Value).ToList();
        cited.ShouldNotBeEmpty();
        cited.Where(n => !figures.Contains(n)).ShouldBeEmpty("every number in the narrative must be one of the computed figures");
        briefing.Narrative.ShouldContain($"{briefing.Content.Headline.Open} findings are open");
    }

    [Fact]
    public async Task GenerateAsync_WithoutAModel_NarrativeIsTheRuleBasedWritersTextUnchanged()
    {
        var briefing = await tenant.Services.Get<IBriefingsFacade>().GenerateAsync(BriefingTriggers.OnDemand, CancellationToken.None);

        briefing.Narrative.ShouldBe(NarrativeWriter.Write(briefing.Content));
        briefing.Summary.NarrativeEngine.ShouldBe(AiEngines.RuleBased);
        briefing.Summary.NarrativeModel.ShouldBeNull();
        briefing.Summary.RuleSet.ShouldBe("rules.briefing@1.0");
        await using var db = await tenant.Services.Get<IDbContextFactory<CnappAiDbContext>>().CreateDbContextAsync();
        (await db.Set<AiOutput>().CountAsync(o => o.Function == nameof(AiFunction.BriefingNarrative))).ShouldBe(0, "without a model the AI module is not asked");
    }

    [Fact]
    public async Task GenerateAsync_SampleTenant_HeadlineIsWhatTheStoreHolds()
    {
        var findings = tenant.Services.Get<INormalizationFacade>();

        var briefing = await tenant.Services.Get<IBriefingsFacade>().GenerateAsync(BriefingTriggers.OnDemand, CancellationToken.None);

        var open = await findings.QueryAsync(new FindingQuery { UnifiedOnly = true, Statuses = [FindingStatus.Open, FindingStatus.InProgress], Suppressed = false, Take = 1 }, CancellationToken.None);
        var criticalHigh = await findings.QueryAsync(new FindingQuery
        {
            UnifiedOnly = true, Statuses = [FindingStatus.Open, FindingStatus.InProgress], Suppressed = false, Severities = [Severity.Critical, Severity.High], Take = 1,
        }, CancellationToken.None);
        var breached = await findings.QueryAsync(new FindingQuery { UnifiedOnly = true, SlaBreached = true, Take = 1 }, CancellationToken.None);
        var top = await findings.QueryAsync(new FindingQuery
        {
            UnifiedOnly = true, Statuses = [FindingStatus.Open, FindingStatus.InProgress], Suppressed = false, Take = 1,
        }, CancellationToken.None);
        var c = briefing.Content;
        c.Headline.Open.ShouldBe(open.Total);
        c.Headline.CriticalHigh.ShouldBe(criticalHigh.Total);
        c.Headline.SlaBreached.ShouldBe(breached.Total);
        c.Sla.Breached.ShouldBe(breached.Total);
        c.Owners.Sum(o => o.Overdue).ShouldBeLessThanOrEqualTo(breached.Total);
        c.TopRisks[0].FindingId.ShouldBe(top.Items[0].Id);
        c.History.Count.ShouldBe(22);
        c.History[^1].CriticalHigh.ShouldBe(c.Headline.CriticalHigh);
        c.Forecast.Points.Count.ShouldBe(4);
        c.DataAsOf.ShouldBe(BriefingTenant.AsOf);
    }

    [Fact]
    public async Task GenerateAsync_IsKeptWithItsProvenanceAndItsExports()
    {
        var briefings = tenant.Services.Get<IBriefingsFacade>();

        var generated = await briefings.GenerateAsync(BriefingTriggers.Weekly, CancellationToken.None);

        var listed = (await briefings.ListAsync(50, CancellationToken.None)).Single(b => b.Id == generated.Summary.Id);
        listed.Trigger.ShouldBe("schedule:weekly");
        listed.GeneratedBy.ShouldBe(Actor.System.DisplayName);
        listed.GeneratedAt.ShouldBe(tenant.Clock.GetUtcNow());
        listed.NarrativeEngine.ShouldBe("rule-based");
        listed.SlackStatus.ShouldBe("not configured");
        var stored = await briefings.GetAsync(generated.Summary.Id, CancellationToken.None);
        stored.ShouldNotBeNull().Narrative.ShouldBe(generated.Narrative);
        stored.Content.Headline.ShouldBe(generated.Content.Headline);
        var html = await briefings.GetFileAsync(generated.Summary.Id, BriefingFormat.Html, CancellationToken.None);
        var markdown = await briefings.GetFileAsync(generated.Summary.Id, BriefingFormat.Markdown, CancellationToken.None);
        var htmlText = await File.ReadAllTextAsync(html.ShouldNotBeNull().Path);
        htmlText.ShouldContain("<svg");
        htmlText.ShouldContain(generated.Summary.Title);
        (await File.ReadAllTextAsync(markdown.ShouldNotBeNull().Path)).ShouldContain("## Top risks");
    }

    [Fact]
    public async Task GenerateAsync_Twice_ReportsTheChangeSinceTheLastBriefing()
    {
        var briefings = tenant.Services.Get<IBriefingsFacade>();

        var first = await briefings.GenerateAsync(BriefingTriggers.OnDemand, CancellationToken.None);
        var second = await briefings.GenerateAsync(BriefingTriggers.OnDemand, CancellationToken.None);

        second.Content.SinceLast.ShouldNotBeNull().PreviousId.ShouldBe(first.Summary.Id);
        second.Content.SinceLast.Open.ShouldBe(0);
    }

    [Fact]
    public async Task GenerateAsync_PrintsAPdfWhenChromiumExists_AndSaysSoWhenNot()
    {
        var briefings = tenant.Services.Get<IBriefingsFacade>();

        var generated = await briefings.GenerateAsync(BriefingTriggers.OnDemand, CancellationToken.None);

        if (!FindChromium())
        {
            generated.Summary.PdfStatus.ShouldStartWith("not available: Chromium was not found");
            (await briefings.GetFileAsync(generated.Summary.Id, BriefingFormat.Pdf, CancellationToken.None)).ShouldBeNull();
            return;
        }

        generated.Summary.PdfStatus.ShouldBe("created");
        var pdf = await briefings.GetFileAsync(generated.Summary.Id, BriefingFormat.Pdf, CancellationToken.None);
        var bytes = await File.ReadAllBytesAsync(pdf.ShouldNotBeNull().Path);
        System.Text.Encoding.ASCII.GetString(bytes, 0, 5).ShouldBe("%PDF-");
    }

    [Fact]
    public async Task GenerateAsync_AsAViewer_IsRefused()
    {
        using var viewer = tenant.Services.As(Roles.Viewer);

        await Should.ThrowAsync<AccessDeniedException>(() => tenant.Services.Get<IBriefingsFacade>().GenerateAsync(BriefingTriggers.OnDemand, CancellationToken.None));
    }

    private static bool FindChromium() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, "chromium")) || File.Exists(Path.Combine(dir, "chromium-browser")));

    [GeneratedRegex(@"\d+(?:\.\d+)?")]
    private static partial Regex Numbers();
}
