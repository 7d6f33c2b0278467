using CnappAi.Modules.Ai;
using CnappAi.Modules.Audit;
using CnappAi.Modules.Audit.Contracts;
using CnappAi.Modules.Briefings;
using CnappAi.Modules.Briefings.Contracts;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Remediation;
using CnappAi.Modules.Shared.Security;
using CnappAi.Tests.Ai.Guardrails;
using CnappAi.Tests.Correlation;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Security.Injection;

/// <summary>
/// The prompt-injection corpus and markup planted in titles, descriptions, tags and resource names, carried through
/// import, AI explanation, questions and the executive briefing: it stays data. No plan or action exists without a
/// request and an approval, nothing reaches the exports as live markup, and the chain of what happened still verifies.
/// </summary>
public sealed class InjectionThroughThePipelineTests : IAsyncLifetime
{
    private const int Planted = 60;
    private TestServices _services = null!;
    private List<FindingView> _findings = [];

    public async Task InitializeAsync()
    {
        _services = await TestServices.CreateAsync();
        using var analyst = _services.Get<IActorAccessor>().Use(Actor.User("u-ana", "ana", [Roles.Analyst]));
        var corpus = InjectionCorpus.Load();
        var observations = Enumerable.Range(0, Planted).Select(i =>
        {
            var text = corpus[i * corpus.Count / Planted].Text;
            var resource = Observations.Instance with { Uid = $"arn:aws:s3:::bucket-{i}", Type = "s3:bucket", Class = ResourceClass.Bucket, Name = $"<script>alert({i})</script> {text}" };
            return Observations.Vulnerability("wiz", $"w-{i}", $"CVE-2021-{44228 + i}", Severity.Critical) with
            {
                Title = text,
                Description = $"<img src=x onerror=alert({i})> {text}",
                Resource = resource,
                RawRecord = $"{{\"tags\":{{\"owner\":{System.Text.Json.JsonSerializer.Serialize(text)}}}}}",
            };
        }).ToArray();
        await CorrelationPipeline.ImportAsync(_services, observations);
        _findings = await CorrelationPipeline.FindingsAsync(_services);
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task ExplainingAskingAndBriefing_OnPlantedText_CreatesNoPlanAndNoAction()
    {
        using var analyst = _services.Get<IActorAccessor>().Use(Actor.User("u-ana", "ana", [Roles.Analyst]));
        var ai = _services.Get<IAiFacade>();
        foreach (var finding in _findings.Take(10))
        {
            await ai.ExplainFindingAsync(finding.Id, CancellationToken.None);
            await ai.AskAsync(finding.Title, CancellationToken.None);
        }

        var briefing = await _services.Get<IBriefingsFacade>().GenerateAsync("manual", CancellationToken.None);

        (await _services.Get<IRemediationFacade>().GetPendingAsync(CancellationToken.None)).ShouldBeEmpty();
        foreach (var finding in _findings)
        {
            (await _services.Get<IRemediationFacade>().GetPlansForFindingAsync(finding.Id, CancellationToken.None)).ShouldBeEmpty();
        }

        var audit = _services.Get<IAuditFacade>();
        (await audit.QueryAsync(new AuditQuery(Action: "plan."), CancellationToken.None)).Total.ShouldBe(0);
        (await audit.QueryAsync(new AuditQuery(Action: "action."), CancellationToken.None)).Total.ShouldBe(0);
        (await audit.VerifyAsync(CancellationToken.None)).Intact.ShouldBeTrue();
    }

    [Fact]
    public async Task TheBriefingExports_CarryPlantedMarkupAsText()
    {
        using var analyst = _services.Get<IActorAccessor>().Use(Actor.User("u-ana", "ana", [Roles.Analyst]));
        var briefings = _services.Get<IBriefingsFacade>();
        var briefing = await briefings.GenerateAsync("manual", CancellationToken.None);

        var html = await File.ReadAllTextAsync((await briefings.GetFileAsync(briefing.Summary.Id, BriefingFormat.Html, CancellationToken.None))!.Path);

        html.ShouldNotContain("<script>alert(");
        html.ShouldNotContain("<img src=x");
    }

    [Fact]
    public async Task TheFindingsExport_NeutralisesFormulas_AndKeepsMarkupAsText()
    {
        using var analyst = _services.Get<IActorAccessor>().Use(Actor.User("u-ana", "ana", [Roles.Analyst]));
        var output = new StringWriter();

        await _services.Get<Modules.Normalization.INormalizationFacade>().WriteExportAsync(new FindingQuery(), ExportFormat.Csv, output, CancellationToken.None);

        using var csv = new CsvHelper.CsvReader(new StringReader(output.ToString()), System.Globalization.CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var rows = 0;
        while (csv.Read())
        {
            rows++;
            for (var i = 0; i < csv.Parser.Count; i++)
            {
                var cell = csv.GetField(i) ?? string.Empty;
                (cell.Length > 0 && "=+-@\t\r".Contains(cell[0])).ShouldBeFalse($"cell '{cell}' would run as a spreadsheet formula");
            }
        }

        rows.ShouldBe(Planted);
    }
}
