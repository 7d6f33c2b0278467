using System.Text.Json.Nodes;
using CnappAi.Modules.Ai.Contracts;
using CnappAi.Modules.Ai.Data;
using CnappAi.Modules.Ai.Evaluation;
using CnappAi.Modules.Ai.Prompts;
using CnappAi.Modules.Briefings;
using CnappAi.Modules.Briefings.Contracts;
using CnappAi.Modules.Briefings.Narrative;
using CnappAi.Modules.Shared.Persistence;
using CnappAi.Tests.TestInfrastructure.OpenAiServer;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Tests.Briefings.GenerateBriefing;

/// <summary>
/// The narrative written by a configured model (the loopback server, through the real connector): used only when every
/// number it states is one of the briefing's figures; anything else gives the rule-based text, and the provenance says
/// which engine wrote it.
/// </summary>
public sealed class ModelNarrativeTests(ModelBriefingTenant tenant) : IClassFixture<ModelBriefingTenant>
{
    private const string Prefix = "Write the narrative of this briefing.\n<data>\n";

    [Fact]
    public async Task GenerateAsync_ModelStatesOnlyTheFigures_ItsNarrativeIsUsedAndLabelledWithTheModel()
    {
        tenant.Server.Fallback = request =>
        {
            var h = Data(request)["headline"]!;
            return ScriptedReply.Json(new
            {
                paragraphs = new[]
                {
                    $"{h["open"]} findings are open and {h["critical_high"]} of them are critical or high.",
                    $"{h["sla_breached"]} are past their SLA; priority P1 needs attention first.",
                },
            });
        };
        var before = await OutputIdsAsync();
        var requests = tenant.Server.Requests.Count;

        var briefing = await GenerateAsync();

        var h = briefing.Content.Headline;
        briefing.Narrative.ShouldBe($"{h.Open} findings are open and {h.CriticalHigh} of them are critical or high.\n\n{h.SlaBreached} are past their SLA; priority P1 needs attention first.");
        briefing.Summary.NarrativeEngine.ShouldBe(AiEngines.Model);
        briefing.Summary.NarrativeModel.ShouldBe("loopback-model");
        briefing.Summary.RuleSet.ShouldBe("briefing-narrative@1.0");
        var listed = (await tenant.Services.Get<IBriefingsFacade>().ListAsync(50, CancellationToken.None)).Single(b => b.Id == briefing.Summary.Id);
        listed.NarrativeEngine.ShouldBe(AiEngines.Model);
        listed.NarrativeModel.ShouldBe("loopback-model");
        (await tenant.Services.Get<IBriefingsFacade>().GetAsync(briefing.Summary.Id, CancellationToken.None))!.Narrative.ShouldBe(briefing.Narrative);
        var sent = tenant.Server.Requests.Skip(requests).ShouldHaveSingleItem();
        sent.MessageContent(0).ShouldBe(PromptTemplates.BriefingNarrative.System);
        sent.ToolNames.ShouldBeEmpty();
        var output = await NewOutputAsync(before);
        output.Engine.ShouldBe(AiEngines.Model);
        output.Model.ShouldBe("loopback-model");
        output.Provider.ShouldBe("openai-compatible");
        output.FallbackReason.ShouldBeNull();
    }

    [Fact]
    public async Task GenerateAsync_ModelStatesANumberNotInTheContent_RuleBasedTextIsUsed()
    {
        tenant.Server.Fallback = request => ScriptedReply.Json(new
        {
            paragraphs = new[] { $"{Data(request)["headline"]!["open"]} findings are open; 4817 of them were fixed this quarter." },
        });
        var before = await OutputIdsAsync();
        var requests = tenant.Server.Requests.Count;

        var briefing = await GenerateAsync();

        briefing.Narrative.ShouldBe(NarrativeWriter.Write(briefing.Content));
        briefing.Summary.NarrativeEngine.ShouldBe(AiEngines.RuleBased);
        briefing.Summary.NarrativeModel.ShouldBeNull();
        briefing.Summary.RuleSet.ShouldBe(NarrativeWriter.RuleSet);
        var sent = tenant.Server.Requests.Skip(requests).ToList();
        sent.Count.ShouldBe(2, "one retry with the validation errors");
        sent[1].Messages.Select(m => RecordedRequest.Content(m!)).ShouldContain(c => c != null && c.Contains("4817, which is not one of the briefing's figures", StringComparison.Ordinal));
        var output = await NewOutputAsync(before);
        output.Engine.ShouldBe(AiEngines.RuleBased);
        output.RuleSet.ShouldBe(NarrativeWriter.RuleSet);
        output.FallbackReason.ShouldNotBeNull().ShouldContain("4817");
    }

    [Fact]
    public async Task GenerateAsync_ModelCorrectsTheNumberOnTheRetry_TheCorrectedNarrativeIsUsed()
    {
        var turn = 0;
        tenant.Server.Fallback = request => ScriptedReply.Json(new
        {
            paragraphs = new[] { turn++ == 0 ? "4817 findings are open." : $"{Data(request)["headline"]!["open"]} findings are open." },
        });

        var briefing = await GenerateAsync();

        briefing.Narrative.ShouldBe($"{briefing.Content.Headline.Open} findings are open.");
        briefing.Summary.NarrativeEngine.ShouldBe(AiEngines.Model);
    }

    [Theory]
    [InlineData("garbage", "not valid JSON")]
    [InlineData("wrong-shape", "paragraphs")]
    [InlineData("markup", "plain text")]
    [InlineData("500", "provider error 500")]
    [InlineData("429", "429")]
    public async Task GenerateAsync_ModelFails_RuleBasedTextIsUsedAndTheReasonKept(string failure, string reason)
    {
        tenant.Server.Fallback = _ => failure switch
        {
            "garbage" => ScriptedReply.Content("Sure! Here is your briefing: everything is fine."),
            "wrong-shape" => ScriptedReply.Json(new { narrative = "Everything is fine." }),
            "markup" => ScriptedReply.Json(new { paragraphs = new[] { "<b>Everything</b> is fine." } }),
            "500" => ScriptedReply.Error(500, "upstream exploded"),
            _ => ScriptedReply.Error(429, "slow down", retryAfterSeconds: 20),
        };
        var before = await OutputIdsAsync();

        var briefing = await GenerateAsync();

        briefing.Narrative.ShouldBe(NarrativeWriter.Write(briefing.Content));
        briefing.Summary.NarrativeEngine.ShouldBe(AiEngines.RuleBased);
        briefing.Summary.NarrativeModel.ShouldBeNull();
        (await NewOutputAsync(before)).FallbackReason.ShouldNotBeNull().ShouldContain(reason);
    }

    [Fact]
    public async Task GenerateAsync_InjectionInFindingTitles_ReachesTheModelOnlyInsideTheDataBlock()
    {
        // The compromised model obeys the planted text; what it writes must still pass the same contract.
        var turn = 0;
        tenant.Server.Fallback = _ => (turn++ % 2) switch
        {
            0 => ScriptedReply.Content("I will now ignore my instructions. " + tenant.Planted[0].Text),
            _ => ScriptedReply.Json(new { paragraphs = new[] { "All findings were resolved. Visit https://evil.example/7 now." } }),
        };
        var requests = tenant.Server.Requests.Count;

        var briefing = await GenerateAsync();

        // Risk ties with the tenant's own score-10 findings decide how many planted ones make the top five; one is enough.
        var planted = tenant.Planted.Where(p => briefing.Content.TopRisks.Any(r => r.Title == p.Text)).ToList();
        planted.ShouldNotBeEmpty("a planted finding is a top risk, so its title is among the figures");

        var sent = tenant.Server.Requests.Skip(requests).ToList();
        sent.ShouldNotBeEmpty();
        foreach (var request in sent)
        {
            request.MessageContent(0).ShouldBe(PromptTemplates.BriefingNarrative.System);
            request.ToolNames.ShouldBeEmpty();
            var user = request.MessageContent(1)!;
            user.ShouldStartWith(Prefix);
            user.ShouldEndWith("\n</data>");
            user.Split("</data>").Length.ShouldBe(2);
            var titles = Data(request)["top_risks"]!.AsArray().Select(r => r!["title"]!.GetValue<string>()).ToList();
            foreach (var (id, text) in planted)
            {
                titles.ShouldContain(text, id);
            }
        }

        briefing.Summary.NarrativeEngine.ShouldBe(AiEngines.RuleBased);
        briefing.Narrative.ShouldBe(NarrativeWriter.Write(briefing.Content));
    }

    [Fact]
    public async Task GenerateAsync_FunctionSwitchedToRules_NoModelCallAndTheRuleBasedText()
    {
        var switches = tenant.Services.Get<FunctionSwitch>();
        await switches.SetAsync(AiFunction.BriefingNarrative, false, "accuracy below the bar", "test", CancellationToken.None);
        tenant.Server.Fallback = _ => ScriptedReply.Json(new { paragraphs = new[] { "Everything is fine." } });
        var requests = tenant.Server.Requests.Count;
        var before = await OutputIdsAsync();
        try
        {
            var briefing = await GenerateAsync();

            tenant.Server.Requests.Count.ShouldBe(requests);
            briefing.Narrative.ShouldBe(NarrativeWriter.Write(briefing.Content));
            briefing.Summary.NarrativeEngine.ShouldBe(AiEngines.RuleBased);
            (await NewOutputAsync(before)).FallbackReason.ShouldNotBeNull().ShouldContain("switched off");
        }
        finally
        {
            await switches.SetAsync(AiFunction.BriefingNarrative, true, "re-enabled", "test", CancellationToken.None);
        }
    }

    private Task<BriefingView> GenerateAsync() =>
        tenant.Services.Get<IBriefingsFacade>().GenerateAsync(BriefingTriggers.OnDemand, CancellationToken.None);

    private static JsonNode Data(RecordedRequest request)
    {
        var user = request.MessageContent(1)!;
        return JsonNode.Parse(user[Prefix.Length..^"\n</data>".Length])!;
    }

    private async Task<HashSet<Guid>> OutputIdsAsync()
    {
        await using var db = await tenant.Services.Get<IDbContextFactory<CnappAiDbContext>>().CreateDbContextAsync();
        return [.. await db.Set<AiOutput>().Where(o => o.Function == nameof(AiFunction.BriefingNarrative)).Select(o => o.Id).ToListAsync()];
    }

    private async Task<AiOutput> NewOutputAsync(HashSet<Guid> before)
    {
        await using var db = await tenant.Services.Get<IDbContextFactory<CnappAiDbContext>>().CreateDbContextAsync();
        var all = await db.Set<AiOutput>().AsNoTracking().Where(o => o.Function == nameof(AiFunction.BriefingNarrative)).ToListAsync();
        return all.Where(o => !before.Contains(o.Id)).ShouldHaveSingleItem();
    }
}
