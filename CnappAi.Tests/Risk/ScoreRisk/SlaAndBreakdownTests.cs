using CnappAi.Modules.Normalization;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Risk;
using CnappAi.Tests.Correlation;
using CnappAi.Tests.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CnappAi.Tests.Risk.ScoreRisk;

public class SlaAndBreakdownTests
{
    private static readonly DateTimeOffset Now = new(2026, 8, 20, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Sla_DueFromFirstSeenByPriority_BreachedOnlyWhenPastDueAndOpen()
    {
        await using var services = await TestServices.CreateAsync(s => s.AddSingleton<TimeProvider>(new TestClock(Now)));
        var old = Observations.Vulnerability("wiz", "w-1", "CVE-2021-41773", Severity.High, 7.5) with { FirstSeen = Now.AddDays(-60), LastSeen = Now.AddDays(-1) };
        var fixedOne = Observations.Vulnerability("wiz", "w-2", "CVE-2023-29491", Severity.High, 7.5) with { FirstSeen = Now.AddDays(-60), Status = FindingStatus.Resolved };
        var fresh = Observations.Misconfiguration("wiz", "w-3", "EC2-070") with { Title = "EC2 Instance should use IMDSv2", FirstSeen = Now.AddDays(-2) };
        await CorrelationPipeline.ImportAsync(services, old, fixedOne, fresh);
        var findings = services.Get<INormalizationFacade>();

        var breached = (await findings.QueryAsync(new FindingQuery { SlaBreached = true }, CancellationToken.None)).Items;
        var all = await CorrelationPipeline.FindingsAsync(services);

        var kev = all.Single(f => f.SourceFindingId == "w-1");
        kev.Priority.ShouldBe(2);
        kev.SlaDue.ShouldBe(Now.AddDays(-60).AddDays(30));
        breached.ShouldHaveSingleItem().Id.ShouldBe(kev.Id);
        all.Single(f => f.SourceFindingId == "w-2").SlaDue.ShouldBeNull();
        all.Single(f => f.SourceFindingId == "w-2").Priority.ShouldBe(4);
        all.Single(f => f.SourceFindingId == "w-3").SlaDue.ShouldBe(Now.AddDays(-2).AddDays(180));
    }

    [Fact]
    public async Task GetBreakdown_FindingOrClusterId_ReadsTheStoredFactorsAndSummary()
    {
        await using var services = await TestServices.CreateAsync(s => s.AddSingleton<TimeProvider>(new TestClock(Now)));
        await CorrelationPipeline.ImportAsync(services,
            Observations.Vulnerability("wiz", "w-1", "CVE-2021-41773", Severity.High, 7.5) with { CvssVector = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N" },
            Observations.Vulnerability("orca", "o-1", "CVE-2021-41773", Severity.Medium));
        var finding = (await CorrelationPipeline.FindingsAsync(services))[0];
        var risk = services.Get<IRiskFacade>();

        var byFinding = await risk.GetBreakdownAsync(finding.Id, CancellationToken.None);
        var byCluster = await risk.GetBreakdownAsync(finding.ClusterId, CancellationToken.None);

        byFinding!.ClusterId.ShouldBe(finding.ClusterId);
        byCluster!.Score.ShouldBe(finding.RiskScore);
        byFinding.Factors.Single(f => f.Code == "tools").Input.ShouldBe("2: orca, wiz");
        byFinding.Factors.Single(f => f.Code == "kev").Contribution.ShouldBe(1.5);
        byFinding.Factors.Sum(f => f.Contribution).ShouldBe(byFinding.RawTotal, 0.001);
        byFinding.Ssvc!.Label.ShouldNotBeNullOrEmpty();
        byFinding.Summary.ShouldStartWith($"P{finding.Priority} (");
        byFinding.Summary.ShouldContain("cisa kev: listed 2021-11-03");
        (await risk.GetBreakdownAsync("no-such-finding", CancellationToken.None)).ShouldBeNull();
    }
}
