using CnappAi.Modules.Ai.Contracts;
using CnappAi.Tests.TestInfrastructure.OpenAiServer;
using FluentValidation;

namespace CnappAi.Tests.Ai.Evaluation;

/// <summary>Continuous evaluation: sampling into the review queue, accuracy per function/provider/version, and the switch to the rule engine.</summary>
public class ReviewLedgerTests
{
    private static readonly object ValidTriage = new { risk_score = 7, owning_team = "t", fix_instruction = "Fix it.", requires_immediate_ticket = false, rationale = "r" };

    [Fact]
    public async Task ReviewQueue_AtFullSampleRate_HoldsEveryUnreviewedOutputUntilItIsReviewed()
    {
        await using var host = await AiTestHost.WithoutModelAsync(new Dictionary<string, string?> { ["Ai:Evaluation:SampleRate"] = "1" });
        var id = (await host.StoreAsync(AiFindings.OpenSsh()))[0];
        var result = (await host.Ai.TriageAsync(id, CancellationToken.None))!;

        (await host.Ai.GetReviewQueueAsync(10, CancellationToken.None)).ShouldHaveSingleItem().Id.ShouldBe(result.Id);
        await host.Ai.RecordReviewAsync(new ReviewVerdict(result.Id, true, "owner and fix are right", "analyst@acme"), CancellationToken.None);

        (await host.Ai.GetReviewQueueAsync(10, CancellationToken.None)).ShouldBeEmpty();
        (await host.Ai.GetOutputAsync(result.Id, CancellationToken.None))!.Review!.Reviewer.ShouldBe("analyst@acme");
        var figure = (await host.Ai.GetAccuracyAsync(CancellationToken.None)).ShouldHaveSingleItem();
        figure.Function.ShouldBe(AiFunction.Triage);
        figure.Provider.ShouldBe(AiEngines.RuleBased);
        figure.PromptVersion.ShouldBe("rules.triage@1.0");
        figure.Accuracy.ShouldBe(1.0);
    }

    [Fact]
    public async Task ReviewQueue_AtZeroSampleRate_StillGetsOutputsThatLedToAnAction()
    {
        await using var host = await AiTestHost.WithoutModelAsync();
        var id = (await host.StoreAsync(AiFindings.OpenSsh()))[0];
        var fix = (await host.Ai.GenerateFixAsync(id, CancellationToken.None))!;
        (await host.Ai.GetReviewQueueAsync(10, CancellationToken.None)).ShouldBeEmpty();

        await host.Ai.MarkLedToActionAsync(fix.Id, CancellationToken.None);

        var queued = (await host.Ai.GetReviewQueueAsync(10, CancellationToken.None)).ShouldHaveSingleItem();
        queued.LedToAction.ShouldBeTrue();
        queued.Function.ShouldBe(AiFunction.FixGeneration);
    }

    [Fact]
    public async Task RecordReview_WithoutAReason_IsRejected()
    {
        await using var host = await AiTestHost.WithoutModelAsync();
        var id = (await host.StoreAsync(AiFindings.OpenSsh()))[0];
        var result = (await host.Ai.TriageAsync(id, CancellationToken.None))!;

        await Should.ThrowAsync<ValidationException>(() => host.Ai.RecordReviewAsync(new ReviewVerdict(result.Id, false, " ", "a"), CancellationToken.None));
    }

    [Fact]
    public async Task ModelAccuracyBelowTheBar_SwitchesTheFunctionToRulesUntilAnAdminReEnablesIt()
    {
        await using var server = await LoopbackOpenAiServer.StartAsync(AiTestHost.ApiKey);
        await using var host = await AiTestHost.WithModelAsync(server, new Dictionary<string, string?>
        {
            ["Ai:Evaluation:SampleRate"] = "1", ["Ai:Evaluation:MinimumReviews"] = "3", ["Ai:Evaluation:AccuracyBar"] = "0.7",
        });
        var id = (await host.StoreAsync(AiFindings.OpenSsh()))[0];
        server.Fallback = _ => ScriptedReply.Json(ValidTriage);
        var outputs = new List<AiResult<TriageResult>>();
        for (var i = 0; i < 3; i++)
        {
            outputs.Add((await host.Ai.TriageAsync(id, CancellationToken.None))!);
        }

        outputs.ShouldAllBe(o => o.Engine == AiEngines.Model);
        await host.Ai.RecordReviewAsync(new ReviewVerdict(outputs[0].Id, true, "fine", "a"), CancellationToken.None);
        await host.Ai.RecordReviewAsync(new ReviewVerdict(outputs[1].Id, false, "wrong owner", "a"), CancellationToken.None);
        (await host.Ai.GetFunctionStatesAsync(CancellationToken.None)).Single(s => s.Function == AiFunction.Triage).ModelAllowed.ShouldBeTrue("2 reviews are below the minimum");
        await host.Ai.RecordReviewAsync(new ReviewVerdict(outputs[2].Id, false, "score far too low", "a"), CancellationToken.None);

        var state = (await host.Ai.GetFunctionStatesAsync(CancellationToken.None)).Single(s => s.Function == AiFunction.Triage);
        state.ModelAllowed.ShouldBeFalse();
        state.Reason!.ShouldContain("below the 70");
        state.Accuracy!.Value.ShouldBe(1.0 / 3, 0.001);
        var requests = server.Requests.Count;
        (await host.Ai.TriageAsync(id, CancellationToken.None))!.Engine.ShouldBe(AiEngines.RuleBased);
        server.Requests.Count.ShouldBe(requests, "a switched-off function does not call the model");
        (await host.Ai.GetAccuracyAsync(CancellationToken.None)).ShouldContain(f => f.Provider == "openai-compatible/loopback-model" && f.PromptVersion == "1.0" && f.Reviewed == 3 && f.Correct == 1);

        await host.Ai.ReEnableModelAsync(AiFunction.Triage, "admin@acme", CancellationToken.None);

        var again = (await host.Ai.TriageAsync(id, CancellationToken.None))!;
        again.Engine.ShouldBe(AiEngines.Model);
        var fresh = (await host.Ai.GetFunctionStatesAsync(CancellationToken.None)).Single(s => s.Function == AiFunction.Triage);
        fresh.ModelAllowed.ShouldBeTrue();
        fresh.Reviewed.ShouldBe(0, "old reviews do not count against the re-enabled function");
    }
}
