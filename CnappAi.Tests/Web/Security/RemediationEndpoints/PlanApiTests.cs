using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CnappAi.Modules.Remediation.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Web.Security.RemediationEndpoints;

/// <summary>
/// <c>/api/plans</c> on the real dashboard process: 401 (never a redirect) without a session, 403 without the role,
/// a plan requested by an analyst for a sample-tenant finding and read back, the requester's own approval refused
/// (409) and audited, another approver's approval accepted.
/// </summary>
[Collection(RemediationHostGroup.Name)]
public sealed class PlanApiTests(RemediationHost host)
{
    public static TheoryData<string, string> Routes => new()
    {
        { "POST", "/api/plans/" },
        { "GET", "/api/plans/pending" },
        { "GET", $"/api/plans/{Guid.Empty}" },
        { "POST", $"/api/plans/{Guid.Empty}/approve" },
        { "POST", $"/api/plans/{Guid.Empty}/reject" },
    };

    public static TheoryData<int> Naughty => [.. Enumerable.Range(0, NaughtyStrings.Sample.Count)];

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Route_Anonymous_Answers401WithoutRedirect(string method, string path)
    {
        using var client = host.Host.CreateAnonymousClient(followRedirects: false);

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { comment = "x" }) });

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Headers.Location.ShouldBeNull();
    }

    [Fact]
    public async Task Approve_Anonymous_LeavesThePendingPlanUntouched()
    {
        var plan = await host.RequestPlanAsync();
        using var client = host.Host.CreateAnonymousClient(followRedirects: false);

        using var response = await client.PostAsJsonAsync($"/api/plans/{plan.Id}/approve", new { comment = "drive-by" });

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var after = await host.GetPlanAsync(plan.Id);
        after.Status.ShouldBe(PlanStatus.PendingApproval);
        after.Approvals.ShouldBeEmpty();
    }

    [Fact]
    public async Task Viewer_ReadsPlansButIsRefusedRequestingAndDeciding_AndTheRefusalIsAudited()
    {
        var plan = await host.RequestPlanAsync();

        using var pending = await host.Vic.GetAsync("/api/plans/pending");
        using var request = await host.Vic.PostAsJsonAsync("/api/plans/", new PlanRequest(host.NextFindingId(), []));
        using var approve = await host.Vic.PostAsJsonAsync($"/api/plans/{plan.Id}/approve", new { comment = "looks fine" });
        using var reject = await host.Vic.PostAsJsonAsync($"/api/plans/{plan.Id}/reject", new { comment = "no" });

        pending.StatusCode.ShouldBe(HttpStatusCode.OK, "the viewer is signed in and past the password change");
        (await RemediationHost.ReadAsync<List<PlanView>>(pending)).ShouldContain(p => p.Id == plan.Id);
        request.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        approve.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        reject.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var after = await host.GetPlanAsync(plan.Id);
        after.Status.ShouldBe(PlanStatus.PendingApproval);
        after.Approvals.ShouldBeEmpty();
        var denied = (await host.AuditAsync()).Where(r => Subject(r) == plan.Id.ToString() && Str(r["outcome"]) == "denied").ToList();
        denied.ShouldContain(r => Str(r["action"]) == "plan.approved" && Str(r["actor"]!["name"]) == "vic");
        denied.ShouldContain(r => Str(r["action"]) == "plan.rejected" && Str(r["actor"]!["name"]) == "vic");
    }

    [Fact]
    public async Task Analyst_RequestsAPlanForASampleFinding_AndReadsItBack()
    {
        var findingId = host.NextFindingId();

        using var response = await host.Ana.PostAsJsonAsync("/api/plans/", new PlanRequest(findingId, [], "please fix"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var created = await RemediationHost.ReadAsync<PlanView>(response);
        var read = await host.GetPlanAsync(created.Id);
        read.FindingId.ShouldBe(findingId);
        read.Status.ShouldBe(PlanStatus.PendingApproval);
        read.RequestedByName.ShouldBe("ana");
        read.RequiredApprovals.ShouldBe(1);
        read.Note.ShouldBe("please fix");
        read.Actions.ShouldHaveSingleItem().Type.ShouldBe(ActionType.JiraIssue);
        read.PlanHash.ShouldBe(created.PlanHash);
        (await RemediationHost.ReadAsync<List<PlanView>>(await host.Ana.GetAsync("/api/plans/pending"))).ShouldContain(p => p.Id == created.Id);
        (await host.AuditAsync()).ShouldContain(r => Subject(r) == created.Id.ToString() && Str(r["action"]) == "plan.requested" && Str(r["actor"]!["name"]) == "ana");
    }

    [Fact]
    public async Task Requester_ApprovingOwnPlan_Is409AndAuditedAsDenied()
    {
        var plan = await host.RequestPlanAsync();

        using var response = await host.Ana.PostAsJsonAsync($"/api/plans/{plan.Id}/approve", new { comment = "mine" });

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var outcome = await RemediationHost.ReadAsync<DecisionOutcome>(response);
        outcome.Accepted.ShouldBeFalse();
        outcome.Message.ShouldContain("requester");
        var after = await host.GetPlanAsync(plan.Id);
        after.Status.ShouldBe(PlanStatus.PendingApproval);
        after.Approvals.ShouldBeEmpty();
        var record = (await host.AuditAsync()).Single(r => Subject(r) == plan.Id.ToString() && Str(r["action"]) == "plan.approved");
        Str(record["outcome"]).ShouldBe("denied");
        Str(record["actor"]!["name"]).ShouldBe("ana");
        Str(record["details"]!["reason"])!.ShouldContain("requester");
    }

    [Fact]
    public async Task SecondApprover_Approves_PlanLeavesTheQueueWithTheApprovalRecorded()
    {
        var plan = await host.RequestPlanAsync();

        using var response = await host.Bob.PostAsJsonAsync($"/api/plans/{plan.Id}/approve", new { comment = "four eyes" });
        using var again = await host.Bob.PostAsJsonAsync($"/api/plans/{plan.Id}/approve", new { comment = "twice" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await RemediationHost.ReadAsync<DecisionOutcome>(response)).Status.ShouldBe(PlanStatus.Approved);
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var after = await host.GetPlanAsync(plan.Id);
        var approval = after.Approvals.ShouldHaveSingleItem();
        approval.ApproverName.ShouldBe("bob");
        approval.Approved.ShouldBeTrue();
        approval.Comment.ShouldBe("four eyes");

        // Execution is queued at once and may already have run (and failed: no ticketing system is configured).
        after.Status.ShouldBeOneOf(PlanStatus.Approved, PlanStatus.Executing, PlanStatus.Executed, PlanStatus.Failed);
        (await RemediationHost.ReadAsync<List<PlanView>>(await host.Bob.GetAsync("/api/plans/pending"))).ShouldNotContain(p => p.Id == plan.Id);
        (await host.AuditAsync()).ShouldContain(r =>
            Subject(r) == plan.Id.ToString() && Str(r["action"]) == "plan.approved" && Str(r["outcome"]) == "success" && Str(r["actor"]!["name"]) == "bob");
    }

    [Fact]
    public async Task Reject_WithoutComment_Is409_WithComment_RejectsThePlan()
    {
        var plan = await host.RequestPlanAsync();

        using var bare = await host.Bob.PostAsJsonAsync($"/api/plans/{plan.Id}/reject", new { comment = " " });
        using var reasoned = await host.Bob.PostAsJsonAsync($"/api/plans/{plan.Id}/reject", new { comment = "not this sprint" });

        bare.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        reasoned.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await host.GetPlanAsync(plan.Id)).Status.ShouldBe(PlanStatus.Rejected);
    }

    [Fact]
    public async Task Request_UnknownFinding_Is400AndFormPostIsNotBound()
    {
        var findingId = host.NextFindingId();

        using var unknown = await host.Ana.PostAsJsonAsync("/api/plans/", new PlanRequest("no-such-finding", []));
        using var form = await host.Ana.PostAsync("/api/plans/", new FormUrlEncodedContent(new Dictionary<string, string> { ["findingId"] = findingId }));

        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unknown.Content.ReadAsStringAsync()).ShouldContain("No finding has the id");
        form.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType, "a cross-site HTML form cannot post JSON, and the API binds nothing else");
        (await RemediationHost.ReadAsync<List<PlanView>>(await host.Ana.GetAsync("/api/plans/pending"))).ShouldNotContain(p => p.FindingId == findingId);
    }

    [Theory]
    [MemberData(nameof(Naughty))]
    public async Task Request_NaughtyFindingIdOrComment_NeverAnswers500(int index)
    {
        var naughty = NaughtyStrings.Sample[index];

        using var asFinding = await host.Ana.PostAsJsonAsync("/api/plans/", new { findingId = naughty, actions = Array.Empty<int>(), comment = naughty });
        using var asActions = await host.Ana.PostAsync("/api/plans/", new StringContent($$"""{"findingId":"x","actions":[{{JsonValue.Create(naughty).ToJsonString()}}]}""", System.Text.Encoding.UTF8, "application/json"));
        using var asDecision = await host.Bob.PostAsJsonAsync($"/api/plans/{Guid.Empty}/reject", new { comment = naughty });

        asFinding.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await asFinding.Content.ReadAsStringAsync());
        asActions.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await asActions.Content.ReadAsStringAsync());
        asDecision.StatusCode.ShouldBe(HttpStatusCode.Conflict, await asDecision.Content.ReadAsStringAsync());
    }

    private static string? Subject(JsonNode record) => Str(record["subject"]!["id"]);

    private static string? Str(JsonNode? node) => node?.GetValue<string>();
}
