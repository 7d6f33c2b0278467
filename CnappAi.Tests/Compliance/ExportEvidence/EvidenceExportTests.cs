using System.Text.Json;
using CnappAi.Modules.Compliance;
using CnappAi.Modules.Compliance.Contracts;
using CnappAi.Modules.Normalization;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.Briefings;

namespace CnappAi.Tests.Compliance.ExportEvidence;

public class EvidenceExportTests(BriefingTenant tenant) : IClassFixture<BriefingTenant>
{
    // CIS AWS 5.2 (no security group open to administration ports) is failed by the sample tenant's open SSH and RDP rules.
    private const string Framework = "cis-aws";
    private const string Control = "5.2";

    [Fact]
    public async Task GetPostureAsync_KnownFailingControl_FailsWithTheOpenFindingsBehindIt()
    {
        var compliance = tenant.Services.Get<IComplianceFacade>();
        var open = await OpenFindingsBehindAsync(compliance);

        var posture = await compliance.GetPostureAsync(Framework, CancellationToken.None);

        var control = posture.ShouldNotBeNull().Controls.Single(c => c.Control.Id == Control);
        open.ShouldNotBeEmpty();
        control.Result.ShouldBe(ControlResult.Fail);
        control.FailingResources.ShouldBe(open.Select(f => f.Resource.Uid).Distinct().Count());
        (posture.Passed + posture.Failed + posture.NotAssessed).ShouldBe(posture.Controls.Count);
    }

    [Fact]
    public async Task WriteEvidenceAsync_Csv_HasARowPerToolAndResourceOfTheFailingControl()
    {
        var compliance = tenant.Services.Get<IComplianceFacade>();
        var open = await OpenFindingsBehindAsync(compliance);
        using var csv = new StringWriter();

        (await compliance.WriteEvidenceAsync(Framework, EvidenceFormat.Csv, csv, CancellationToken.None)).ShouldBeTrue();

        var lines = csv.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].TrimEnd('\r').ShouldBe("Framework,Control,ControlTitle,SharedControl,Check,RuleId,Tool,CheckedAt,Result,Status,Resource,FindingId");
        var rows = lines.Where(l => l.StartsWith($"{Framework},{Control},", StringComparison.Ordinal)).ToList();
        foreach (var finding in open)
        {
            rows.ShouldContain(r => r.Contains(finding.Id, StringComparison.Ordinal) && r.Contains(",fail,", StringComparison.Ordinal) && r.Contains(finding.Resource.Uid, StringComparison.Ordinal) && r.Contains($",{finding.Source},", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task WriteEvidenceAsync_Json_ListsTheFailingRowsWithWhatWhenAndWhichTool()
    {
        var compliance = tenant.Services.Get<IComplianceFacade>();
        var open = await OpenFindingsBehindAsync(compliance);
        using var json = new StringWriter();

        await compliance.WriteEvidenceAsync(Framework, EvidenceFormat.Json, json, CancellationToken.None);

        using var document = JsonDocument.Parse(json.ToString());
        var evidence = document.RootElement.GetProperty("evidence").EnumerateArray()
            .Where(e => e.GetProperty("controlId").GetString() == Control).ToList();
        evidence.Select(e => e.GetProperty("findingId").GetString()).ShouldBe(open.Select(f => f.Id), ignoreOrder: true);
        evidence.ShouldAllBe(e => e.GetProperty("result").GetString() == "fail" && e.GetProperty("checkedAt").GetString() != null && e.GetProperty("tool").GetString() != null);
        document.RootElement.GetProperty("summary").GetProperty("failed").GetInt32().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task WriteEvidenceAsync_Html_EncodesToolText()
    {
        using var html = new StringWriter();

        (await tenant.Services.Get<IComplianceFacade>().WriteEvidenceAsync(Framework, EvidenceFormat.Html, html, CancellationToken.None)).ShouldBeTrue();

        html.ToString().ShouldContain("<h1>CIS Amazon Web Services Foundations Benchmark 3.0.0</h1>");
        html.ToString().ShouldNotContain("<script", Case.Insensitive);
    }

    [Fact]
    public async Task WriteEvidenceAsync_UnknownFramework_WritesNothing()
    {
        using var output = new StringWriter();

        (await tenant.Services.Get<IComplianceFacade>().WriteEvidenceAsync("nope", EvidenceFormat.Csv, output, CancellationToken.None)).ShouldBeFalse();
        output.ToString().ShouldBeEmpty();
    }

    private async Task<List<FindingView>> OpenFindingsBehindAsync(IComplianceFacade compliance)
    {
        var shared = compliance.GetControls(Framework).Single(c => c.Id == Control).SharedControlIds;
        var open = new List<FindingView>();
        await foreach (var f in tenant.Services.Get<INormalizationFacade>().ExportAsync(new FindingQuery { ControlIds = shared }, CancellationToken.None))
        {
            if (f.Status != FindingStatus.Resolved)
            {
                open.Add(f);
            }
        }

        return open;
    }
}
