using System.Text.Json;
using CnappAi.Modules.Briefings.Delivery;
using CnappAi.Tests.TestInfrastructure;
using CnappAi.Tests.Web.Pages.Briefings;

namespace CnappAi.Tests.Briefings.Delivery;

public class SlackNotifierTests
{
    [Fact]
    public async Task NotifyAsync_Configured_PostsTheHeadlineAndALinkToTheBriefing()
    {
        await using var slack = await SlackWebhookServer.StartAsync();
        await using var services = await TestServices.CreateAsync(settings: new Dictionary<string, string?>
        {
            ["Briefings:SlackWebhookUrl"] = slack.WebhookUrl.ToString(),
            ["Briefings:DashboardUrl"] = "https://cnappai.example.com/",
        });
        var id = Guid.NewGuid();

        var status = await services.Get<SlackNotifier>().NotifyAsync(BriefingsListTests.Summary(id, "Weekly security briefing"), BriefingViewerTests.Content(), CancellationToken.None);

        status.ShouldBe("sent");
        var request = slack.Requests.ShouldHaveSingleItem();
        request.Method.ShouldBe("POST");
        var text = JsonDocument.Parse(request.Body).RootElement.GetProperty("text").GetString();
        text.ShouldNotBeNull().ShouldContain("120 open findings, 30 critical or high, 4 at P1, 9 past SLA");
        text.ShouldContain($"<https://cnappai.example.com/briefings/{id}|Read the briefing>");
    }

    [Fact]
    public async Task NotifyAsync_RejectedBySlack_ReportsTheFailure()
    {
        await using var slack = await SlackWebhookServer.StartAsync();
        await using var services = await TestServices.CreateAsync(settings: new Dictionary<string, string?>
        {
            ["Briefings:SlackWebhookUrl"] = new Uri(slack.BaseAddress, "services/T000/B000/revoked").ToString(),
        });

        var status = await services.Get<SlackNotifier>().NotifyAsync(BriefingsListTests.Summary(Guid.NewGuid(), "x"), BriefingViewerTests.Content(), CancellationToken.None);

        status.ShouldBe("failed: HTTP 403");
    }

    [Fact]
    public async Task NotifyAsync_NotConfigured_SendsNothing()
    {
        await using var services = await TestServices.CreateAsync();

        var status = await services.Get<SlackNotifier>().NotifyAsync(BriefingsListTests.Summary(Guid.NewGuid(), "x"), BriefingViewerTests.Content(), CancellationToken.None);

        status.ShouldBe("not configured");
    }
}
