using CnappAi.Modules.Assets;
using CnappAi.Modules.Assets.Contracts;
using CnappAi.Modules.Normalization;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Risk;
using CnappAi.Modules.Risk.Contracts;
using CnappAi.Tests.Correlation;
using CnappAi.Tests.TestInfrastructure;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace CnappAi.Tests.Risk.Exceptions;

public class ExceptionsTests
{
    private static readonly DateTimeOffset Start = new(2026, 8, 20, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Acceptance_SuppressesUntilExpiry_ThenTheFindingReopensAndTheExpiryIsRecorded()
    {
        var clock = new TestClock(Start);
        await using var services = await TestServices.CreateAsync(s => s.AddSingleton<TimeProvider>(clock));
        await CorrelationPipeline.ImportAsync(services, Observations.Vulnerability("wiz", "w-1", "CVE-2021-44228"), Observations.Vulnerability("orca", "o-1", "CVE-2021-44228"));
        var cluster = (await CorrelationPipeline.FindingsAsync(services))[0].ClusterId;
        var risk = services.Get<IRiskFacade>();

        var exception = await risk.CreateExceptionAsync(
            new CreateExceptionRequest(ExceptionKind.Acceptance, "web-team@example.com", "WAF rule blocks the exploit path", Start.AddDays(30), "alice") { ClusterId = cluster },
            CancellationToken.None);
        var whileAccepted = await Unified(services, suppressed: true);
        clock.Advance(TimeSpan.FromDays(31));
        var afterExpiry = await Unified(services, suppressed: false);
        await risk.ScoreAfterImportAsync(null, CancellationToken.None);
        var history = await risk.GetExceptionHistoryAsync(exception.Id, CancellationToken.None);

        exception.State.ShouldBe("active");
        whileAccepted.ShouldHaveSingleItem().SuppressedUntil.ShouldBe(Start.AddDays(30));
        afterExpiry.ShouldHaveSingleItem().ClusterId.ShouldBe(cluster);
        history.Select(h => h.Event).ShouldBe(["created", "expired"]);
        (await CorrelationPipeline.FindingsAsync(services)).ShouldAllBe(f => f.SuppressedUntil == null);
        (await risk.GetExceptionsAsync(includeInactive: true, CancellationToken.None)).Single().State.ShouldBe("expired");
    }

    [Fact]
    public async Task SuppressionRule_ByControlAndEnvironment_CoversOnlyMatchingAssetsAndRevokingReopens()
    {
        var clock = new TestClock(Start);
        await using var services = await TestServices.CreateAsync(s => s.AddSingleton<TimeProvider>(clock));
        var devHost = Observations.Instance;
        var prodHost = Observations.Instance with { Uid = "arn:aws:ec2:us-east-1:111122223333:instance/i-0prod", Name = "i-0prod" };
        await CorrelationPipeline.ImportAsync(services,
            Observations.Misconfiguration("wiz", "w-1", "EC2-070") with { Title = "EC2 Instance should use IMDSv2" },
            Observations.Misconfiguration("wiz", "w-2", "EC2-070") with { Title = "EC2 Instance should use IMDSv2", Resource = prodHost });
        var assets = services.Get<IAssetsFacade>();
        await assets.EditContextAsync(new AssetContextEdit(devHost.Uid, "alice") { Environment = "dev" }, CancellationToken.None);
        await assets.EditContextAsync(new AssetContextEdit(prodHost.Uid, "alice") { Environment = "prod" }, CancellationToken.None);
        var risk = services.Get<IRiskFacade>();

        var rule = await risk.CreateExceptionAsync(
            new CreateExceptionRequest(ExceptionKind.Suppression, "platform", "dev hosts are rebuilt nightly", Start.AddDays(90), "bob") { ControlId = "compute.imdsv2", Environment = "dev" },
            CancellationToken.None);
        var suppressed = await Unified(services, suppressed: true);
        clock.Advance(TimeSpan.FromMinutes(5));
        await risk.RevokeExceptionAsync(rule.Id, "carol", "policy changed", CancellationToken.None);

        suppressed.ShouldHaveSingleItem().Resource.Uid.ShouldBe(devHost.Uid);
        (await Unified(services, suppressed: true)).ShouldBeEmpty();
        (await risk.GetExceptionHistoryAsync(rule.Id, CancellationToken.None)).Select(h => (h.Event, h.By)).ShouldBe([("created", "bob"), ("revoked", "carol")]);
    }

    [Fact]
    public async Task CreateException_WithoutScopeOrWithPastExpiry_IsRejected()
    {
        await using var services = await TestServices.CreateAsync();
        var risk = services.Get<IRiskFacade>();
        var now = DateTimeOffset.UtcNow;

        await Should.ThrowAsync<ValidationException>(() => risk.CreateExceptionAsync(new CreateExceptionRequest(ExceptionKind.Suppression, "o", "r", now.AddDays(5), "u"), CancellationToken.None));
        await Should.ThrowAsync<ValidationException>(() => risk.CreateExceptionAsync(new CreateExceptionRequest(ExceptionKind.Acceptance, "o", "r", now.AddDays(-1), "u") { ClusterId = "c" }, CancellationToken.None));
        await Should.ThrowAsync<ValidationException>(() => risk.CreateExceptionAsync(new CreateExceptionRequest(ExceptionKind.Suppression, "o", "r", now.AddDays(5), "u") { ControlId = "no.such-control" }, CancellationToken.None));
        await Should.ThrowAsync<ValidationException>(() => risk.CreateExceptionAsync(new CreateExceptionRequest(ExceptionKind.Acceptance, "", "r", now.AddDays(400), "u") { ClusterId = "c" }, CancellationToken.None));
    }

    private static async Task<IReadOnlyList<FindingView>> Unified(TestServices services, bool suppressed) =>
        (await services.Get<INormalizationFacade>().QueryAsync(new FindingQuery { UnifiedOnly = true, Suppressed = suppressed }, CancellationToken.None)).Items;
}
