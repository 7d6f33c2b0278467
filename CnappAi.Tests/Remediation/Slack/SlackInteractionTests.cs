using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CnappAi.Modules.Remediation.Contracts;
using CnappAi.Modules.Remediation.Jobs;
using CnappAi.Modules.Remediation.Slack;

namespace CnappAi.Tests.Remediation.Slack;

public class SlackInteractionTests(RemediationFixture fixture) : IClassFixture<RemediationFixture>
{
    private SlackInteractionHandler Handler => fixture.Services.Get<SlackInteractionHandler>();

    [Fact]
    public async Task ValidSignature_MappedApprover_ApprovesThePlan()
    {
        var plan = await fixture.RequestAsync(fixture.NonProduction(0), ActionType.JiraIssue);
        var (ts, body) = Payload(plan.Id, "U0BOB", SlackInteractionHandler.ApproveAction);

        var reply = await Handler.HandleAsync(ts, Sign(RemediationFixture.SigningSecret, ts, body), body, CancellationToken.None);

        reply.Status.ShouldBe(200);
        reply.Text.ShouldContain("Approved");
        (await fixture.ReloadAsync(plan)).Approvals.ShouldContain(a => a.ApproverId == "bob" && a.Approved);
    }

    [Fact]
    public async Task MappedRequester_CannotApproveOwnPlanFromSlack()
    {
        var plan = await fixture.RequestAsync(fixture.NonProduction(1), ActionType.JiraIssue);
        var (ts, body) = Payload(plan.Id, "U0ANA", SlackInteractionHandler.ApproveAction);

        var reply = await Handler.HandleAsync(ts, Sign(RemediationFixture.SigningSecret, ts, body), body, CancellationToken.None);

        reply.Text.ShouldContain("approver");
        (await fixture.ReloadAsync(plan)).Status.ShouldBe(PlanStatus.PendingApproval);
    }

    [Fact]
    public async Task PendingPlan_IsPostedToTheApprovalChannelWithButtonsCarryingThePlanId()
    {
        var plan = await fixture.RequestAsync(fixture.NonProduction(3), ActionType.JiraIssue);

        await fixture.Services.Get<NotifyApproversJob>().RunAsync(plan.Id, CancellationToken.None);

        var message = fixture.Slack.Messages.Single(m => m.ToJsonString().Contains(plan.Id.ToString(), StringComparison.Ordinal));
        var buttons = message["blocks"]!.AsArray().Single(b => b!["type"]!.GetValue<string>() == "actions")!["elements"]!.AsArray();
        buttons.Select(b => b!["action_id"]!.GetValue<string>()).ShouldBe([SlackInteractionHandler.ApproveAction, SlackInteractionHandler.RejectAction]);
        buttons.ShouldAllBe(b => b!["value"]!.GetValue<string>() == plan.Id.ToString());
    }

    [Fact]
    public async Task TamperedBody_IsRejected()
    {
        var (ts, body) = Payload(Guid.NewGuid(), "U0BOB", SlackInteractionHandler.ApproveAction);
        var signature = Sign(RemediationFixture.SigningSecret, ts, body);
        var tampered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body).Replace("U0BOB", "U0EVE", StringComparison.Ordinal));

        (await Handler.HandleAsync(ts, signature, tampered, CancellationToken.None)).Status.ShouldBe(401);
    }

    [Fact]
    public async Task WrongSecret_IsRejected()
    {
        var (ts, body) = Payload(Guid.NewGuid(), "U0BOB", SlackInteractionHandler.ApproveAction);

        (await Handler.HandleAsync(ts, Sign("not-the-secret", ts, body), body, CancellationToken.None)).Status.ShouldBe(401);
    }

    [Fact]
    public async Task StaleTimestamp_IsRejected()
    {
        var (_, body) = Payload(Guid.NewGuid(), "U0BOB", SlackInteractionHandler.ApproveAction);
        var stale = (fixture.Clock.GetUtcNow().ToUnixTimeSeconds() - 301).ToString(CultureInfo.InvariantCulture);

        var reply = await Handler.HandleAsync(stale, Sign(RemediationFixture.SigningSecret, stale, body), body, CancellationToken.None);

        reply.Status.ShouldBe(401);
        reply.Text.ShouldContain("window");
    }

    [Fact]
    public async Task SameRequestTwice_SecondIsAReplay()
    {
        var plan = await fixture.RequestAsync(fixture.NonProduction(2), ActionType.JiraIssue);
        var (ts, body) = Payload(plan.Id, "U0BOB", SlackInteractionHandler.RejectAction);
        var signature = Sign(RemediationFixture.SigningSecret, ts, body);

        (await Handler.HandleAsync(ts, signature, body, CancellationToken.None)).Status.ShouldBe(200);
        var replay = await Handler.HandleAsync(ts, signature, body, CancellationToken.None);

        replay.Status.ShouldBe(401);
        replay.Text.ShouldContain("Replayed");
    }

    private (string Timestamp, byte[] Body) Payload(Guid planId, string slackUser, string actionId)
    {
        var payload = new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = slackUser, ["username"] = slackUser, ["name"] = slackUser },
            ["actions"] = new JsonArray(new JsonObject { ["type"] = "button", ["action_id"] = actionId, ["block_id"] = "plan-actions", ["value"] = planId.ToString() }),
        };
        var ts = fixture.Clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return (ts, Encoding.UTF8.GetBytes("payload=" + Uri.EscapeDataString(payload.ToJsonString())));
    }

    private static string Sign(string secret, string ts, byte[] body) => SlackSignature.Compute(secret, ts, body);
}
