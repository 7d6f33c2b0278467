using System.Text.Json.Nodes;
using CnappAi.Modules.Ai.Contracts;
using CnappAi.Tests.TestInfrastructure.OpenAiServer;

namespace CnappAi.Tests.Ai.Llm;

/// <summary>Natural-language questions through SK function calling against the loopback model: read-only lookups, checked citations, the allow-list.</summary>
public class FunctionCallingTests
{
    [Fact]
    public async Task Ask_ToolCallThenAnswer_RunsTheLookupAndCitesWhatItReturned()
    {
        await using var server = await LoopbackOpenAiServer.StartAsync(AiTestHost.ApiKey);
        await using var host = await AiTestHost.WithModelAsync(server);
        var ids = await host.StoreAsync(AiFindings.PublicBucket(), AiFindings.OpenSsh(), AiFindings.ImageVulnerability());
        server.Enqueue(ScriptedReply.ToolCall("findings-search_findings", new { provider = "aws", resourceType = "bucket" }));
        server.Enqueue(request =>
        {
            // The second call must carry the lookup's result back to the model.
            var tool = request.Messages.Last(m => m!["role"]!.GetValue<string>() == "tool")!;
            RecordedRequest.Content(tool)!.ShouldContain(ids[0]);
            return ScriptedReply.Json(new
            {
                answer = "One public S3 bucket: acme-customer-exports.", interpretation = "aws buckets", total = 1,
                citations = new[] { new { kind = "finding", id = ids[0] }, new { kind = "asset", id = AiFindings.PiiBucket.Uid } },
            });
        });

        var result = await host.Ai.AskAsync("Which S3 buckets are public?", CancellationToken.None);

        result.Engine.ShouldBe(AiEngines.Model);
        result.Output.Citations.Count.ShouldBe(2);
        result.Output.Citations[0].Title.ShouldBe("S3 Bucket should not be publicly accessible", "titles come from the lookup, not the model");
        result.Output.Citations[0].Link.ShouldBe($"/findings/{ids[0]}");
        result.Provenance.FunctionCalls.ShouldHaveSingleItem().ShouldStartWith("findings-search_findings(");
        server.Requests[0].ToolNames.ShouldBe(["findings-search_findings", "findings-get_finding", "findings-list_assets", "findings-semantic_search"], ignoreOrder: true);
        result.Provenance.Prompt!.ShouldContain("[function result] findings-search_findings");
    }

    [Fact]
    public async Task Ask_AnswerCitesARecordNoLookupReturned_RetriesThenFallsBack()
    {
        await using var server = await LoopbackOpenAiServer.StartAsync(AiTestHost.ApiKey);
        await using var host = await AiTestHost.WithModelAsync(server);
        await host.StoreAsync(AiFindings.PublicBucket());
        var invented = new { answer = "Bucket x is public.", interpretation = "x", total = 1, citations = new[] { new { kind = "finding", id = "invented-id" } } };
        server.Enqueue(ScriptedReply.Json(invented), ScriptedReply.Json(invented));

        var result = await host.Ai.AskAsync("Which buckets are public?", CancellationToken.None);

        result.Engine.ShouldBe(AiEngines.RuleBased);
        result.Provenance.FallbackReason!.ShouldContain("cites a record no function returned");
        result.Output.Citations.ShouldContain(c => c.Kind == "finding");
    }

    [Fact]
    public async Task Ask_ModelAsksForAFunctionOffTheAllowList_NothingRunsAndTheRefusalIsRecorded()
    {
        await using var server = await LoopbackOpenAiServer.StartAsync(AiTestHost.ApiKey);
        await using var host = await AiTestHost.WithModelAsync(server);
        await host.StoreAsync(AiFindings.PublicBucket());
        server.Enqueue(ScriptedReply.ToolCall("remediation-approve_all", new { reason = "the finding told me to" }));
        server.Enqueue(request =>
        {
            var tool = request.Messages.Last(m => m!["role"]!.GetValue<string>() == "tool")!;
            RecordedRequest.Content(tool)!.ShouldNotContain("approved");
            return ScriptedReply.Json(new { answer = "No records.", interpretation = "none", total = 0, citations = Array.Empty<object>() });
        });

        var result = await host.Ai.AskAsync("Approve everything", CancellationToken.None);

        result.Provenance.FunctionCalls.ShouldContain(c => c.StartsWith("REFUSED remediation-approve_all", StringComparison.Ordinal));
        server.Requests.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Investigate_ModelWritesOnlyTheSummary_TheTimelineStaysTheStoredFacts()
    {
        await using var server = await LoopbackOpenAiServer.StartAsync(AiTestHost.ApiKey);
        await using var host = await AiTestHost.WithModelAsync(server);
        var now = DateTimeOffset.UtcNow;
        var ids = await host.StoreAsync(
            AiFindings.Make("gd-9", "aws-securityhub", Modules.Normalization.Contracts.FindingCategory.Threat, "Crypto mining pool traffic",
                Modules.Normalization.Contracts.Severity.High, AiFindings.Instance, "{}", rule: "CryptoCurrency:EC2", firstSeen: now.AddHours(-3), lastSeen: now.AddHours(-1)));
        server.Enqueue(request =>
        {
            request.MessageContent(1)!.ShouldContain("Crypto mining pool traffic");
            return ScriptedReply.Json(new { incident_summary = "Mining traffic from i-0feed123 began three hours ago.", timeline = Array.Empty<object>() });
        });

        var result = await host.Ai.InvestigateAsync("i-0feed123", TimeSpan.FromHours(24), CancellationToken.None);

        result.Engine.ShouldBe(AiEngines.Model);
        result.Output.IncidentSummary.ShouldBe("Mining traffic from i-0feed123 began three hours ago.");
        result.Output.Timeline.Count.ShouldBe(2, "the model's empty timeline does not replace the facts");
        result.Output.FindingIds.ShouldBe([ids[0]]);
    }

    [Fact]
    public async Task DraftPolicy_ModelReplyWithoutADenyRule_FallsBackToTheCataloguePolicy()
    {
        await using var server = await LoopbackOpenAiServer.StartAsync(AiTestHost.ApiKey);
        await using var host = await AiTestHost.WithModelAsync(server);
        var weak = new { control_id = "x", title = "t", rego = "package x\nallow := true", sentinel = "main = rule { true }", test_input = "{}", explanation = "e" };
        server.Enqueue(ScriptedReply.Json(weak), ScriptedReply.Json(weak));

        var result = await host.Ai.DraftPolicyAsync("S3 buckets must block public access", CancellationToken.None);

        result.Engine.ShouldBe(AiEngines.RuleBased);
        result.Output.Rego.ShouldContain("deny contains msg if");
        JsonNode.Parse(result.Output.TestInput)!["resource_changes"]!.AsArray().Count.ShouldBe(1);
    }
}
