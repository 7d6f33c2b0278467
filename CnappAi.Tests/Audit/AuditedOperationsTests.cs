using CnappAi.Modules.Ai;
using CnappAi.Modules.Assets;
using CnappAi.Modules.Assets.Contracts;
using CnappAi.Modules.Audit;
using CnappAi.Modules.Audit.Contracts;
using CnappAi.Modules.Correlation;
using CnappAi.Modules.Correlation.Contracts;
using CnappAi.Modules.Ingestion;
using CnappAi.Modules.Ingestion.Contracts;
using CnappAi.Modules.Risk;
using CnappAi.Modules.Risk.Contracts;
using CnappAi.Modules.Shared.Security;
using CnappAi.Tests.Correlation;
using CnappAi.Tests.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CnappAi.Tests.Audit;

/// <summary>Every change a person or a job makes elsewhere lands in the chain, by whom, linked to its findings.</summary>
public sealed class AuditedOperationsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly Actor Ana = Actor.User("u-ana", "ana", [Roles.Analyst, Roles.Admin]);
    private readonly TestClock _clock = new(Start);
    private TestServices _services = null!;

    public async Task InitializeAsync() => _services = await TestServices.CreateAsync(s => s.AddSingleton<TimeProvider>(_clock));

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task Exceptions_CreatedRevokedAndExpired_AreAudited_WithTheirFinding()
    {
        using var ana = _services.Get<IActorAccessor>().Use(Ana);
        var cluster = await ImportOneAsync();
        var risk = _services.Get<IRiskFacade>();
        var accepted = await risk.CreateExceptionAsync(new CreateExceptionRequest(ExceptionKind.Acceptance, "web@example.com", "WAF blocks it", Start.AddDays(3), "ana") { ClusterId = cluster }, CancellationToken.None);
        var revoked = await risk.CreateExceptionAsync(new CreateExceptionRequest(ExceptionKind.Acceptance, "web@example.com", "short-lived", Start.AddDays(9), "ana") { ClusterId = cluster }, CancellationToken.None);
        await risk.RevokeExceptionAsync(revoked.Id, "ana", "no longer true", CancellationToken.None);
        _clock.Advance(TimeSpan.FromDays(4));
        await risk.ScoreAfterImportAsync(null, CancellationToken.None);

        var records = await RecordsAsync("exception.");

        records.Select(r => (r.Action, r.SubjectId)).ShouldBe(
        [
            ("exception.expired", accepted.Id.ToString()),
            ("exception.revoked", revoked.Id.ToString()),
            ("exception.created", revoked.Id.ToString()),
            ("exception.created", accepted.Id.ToString()),
        ]);
        records[0].ActorKind.ShouldBe(nameof(ActorKind.System));
        records[1].ActorId.ShouldBe("u-ana");
        records.ShouldAllBe(r => r.FindingIds.Contains(cluster));
        (await _services.Get<IAuditFacade>().QueryAsync(new(FindingId: cluster), CancellationToken.None)).Total.ShouldBe(4);
    }

    [Fact]
    public async Task AnAssetContextEdit_IsAudited_AndAnEditThatChangesNothingIsNot()
    {
        using var ana = _services.Get<IActorAccessor>().Use(Ana);
        await ImportOneAsync();
        var uid = Observations.Instance.Uid;
        var assets = _services.Get<IAssetsFacade>();

        await assets.EditContextAsync(new AssetContextEdit(uid, "ana") { Team = "payments", Criticality = Criticality.High }, CancellationToken.None);
        await assets.EditContextAsync(new AssetContextEdit(uid, "ana") { Team = "payments" }, CancellationToken.None);

        var record = (await RecordsAsync("asset.")).ShouldHaveSingleItem();
        record.SubjectId.ShouldBe(uid);
        record.DetailsJson.ShouldContain("\"team\":\"payments\"");
    }

    [Fact]
    public async Task ASplit_IsAudited_WithEveryFindingItMoved()
    {
        using var ana = _services.Get<IActorAccessor>().Use(Ana);
        await CorrelationPipeline.ImportAsync(_services, Observations.Vulnerability("wiz", "w-1", "CVE-2021-44228"), Observations.Vulnerability("orca", "o-1", "CVE-2021-44228"));
        var findings = await CorrelationPipeline.FindingsAsync(_services);
        var cluster = findings[0].ClusterId;
        var orca = findings.Single(f => f.Source == "orca").Id;

        await _services.Get<ICorrelationFacade>().SplitAsync(new SplitRequest(cluster, [orca], "different packages", "ana"), CancellationToken.None);

        var record = (await RecordsAsync("finding.split")).ShouldHaveSingleItem();
        record.FindingIds.ShouldBe([cluster, orca]);
        record.DetailsJson.ShouldContain("different packages");
    }

    [Fact]
    public async Task AnAiExplanation_IsAudited_AsRecommendationsOfTheFinding()
    {
        using var ana = _services.Get<IActorAccessor>().Use(Ana);
        await ImportOneAsync();
        var finding = (await CorrelationPipeline.FindingsAsync(_services))[0].Id;

        await _services.Get<IAiFacade>().ExplainFindingAsync(finding, CancellationToken.None);

        var records = await RecordsAsync("ai.");
        records.Count.ShouldBe(3);
        records.ShouldAllBe(r => r.FindingIds.Contains(finding) && r.ActorId == "u-ana" && r.DetailsJson.Contains("\"engine\":\"rule-based\""));
    }

    [Fact]
    public async Task ConnectorChanges_AreAudited_WithoutTheirSecrets()
    {
        using var ana = _services.Get<IActorAccessor>().Use(Ana);
        var ingestion = _services.Get<IIngestionFacade>();

        await ingestion.SaveConnectorAsync(new ConnectorSettings
        {
            Name = "wiz-prod", Vendor = ConnectorVendor.Wiz, BaseUrl = "https://api.us17.app.wiz.io/graphql", ClientId = "client", ClientSecret = "s3cr3t-value-123", Cron = "0 * * * *",
        }, CancellationToken.None);
        await ingestion.SetConnectorEnabledAsync("wiz-prod", false, CancellationToken.None);

        var records = await RecordsAsync("connector.");
        records.Select(r => r.Action).ShouldBe(["connector.disabled", "connector.saved"]);
        records[1].DetailsJson.ShouldContain("\"clientSecretChanged\":true");
        records.ShouldAllBe(r => !r.DetailsJson.Contains("s3cr3t-value-123"));
        (await _services.Get<IAuditFacade>().VerifyAsync(CancellationToken.None)).Intact.ShouldBeTrue();
    }

    private async Task<string> ImportOneAsync()
    {
        await CorrelationPipeline.ImportAsync(_services, Observations.Vulnerability("wiz", "w-1", "CVE-2021-44228"));
        return (await CorrelationPipeline.FindingsAsync(_services))[0].ClusterId;
    }

    private async Task<IReadOnlyList<AuditEntryView>> RecordsAsync(string action) =>
        (await _services.Get<IAuditFacade>().QueryAsync(new AuditQuery(Action: action, Take: 100), CancellationToken.None)).Items;
}
