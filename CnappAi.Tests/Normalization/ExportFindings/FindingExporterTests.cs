using System.Text.Json;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Normalization.ExportFindings;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Normalization.ExportFindings;

public class FindingExporterTests
{
    [Fact]
    public async Task WriteAsync_Csv_NeutralisesSpreadsheetFormulas()
    {
        var output = await ExportAsync(ExportFormat.Csv, View() with { Title = "=HYPERLINK(\"http://evil\")" });

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(2);
        lines[1].ShouldNotContain(",=HYPERLINK");
        lines[1].ShouldContain("'=HYPERLINK");
    }

    [Fact]
    public async Task WriteAsync_Ocsf_WritesADetectionFinding()
    {
        var output = await ExportAsync(ExportFormat.Ocsf, View());

        var ocsf = JsonDocument.Parse(output).RootElement;
        ocsf.GetProperty("class_uid").GetInt32().ShouldBe(2004);
        ocsf.GetProperty("severity_id").GetInt32().ShouldBe(4);
        ocsf.GetProperty("status_id").GetInt32().ShouldBe(1);
        ocsf.GetProperty("resources")[0].GetProperty("uid").GetString().ShouldBe(Observations.Instance.Uid);
        ocsf.GetProperty("vulnerabilities")[0].GetProperty("cve").GetProperty("uid").GetString().ShouldBe("CVE-2021-44228");
    }

    [Fact]
    public async Task WriteAsync_Jsonl_UsesTheDocumentedNamesAndValues()
    {
        var output = await ExportAsync(ExportFormat.Jsonl, View() with { Status = FindingStatus.InProgress, Category = FindingCategory.DataExposure });

        var json = JsonDocument.Parse(output).RootElement;
        json.GetProperty("status").GetString().ShouldBe("in_progress");
        json.GetProperty("category").GetString().ShouldBe("data_exposure");
        json.GetProperty("resource").GetProperty("class").GetString().ShouldBe("vm");
        json.GetProperty("priority").GetString().ShouldBe("P2");
        json.GetProperty("cves")[0].GetString().ShouldBe("CVE-2021-44228");
    }

    private static FindingView View() => new()
    {
        Id = "0123456789abcdef0123456789abcdef",
        Source = "wiz",
        SourceFindingId = "w-1",
        Format = "wiz-test",
        Category = FindingCategory.Vulnerability,
        Title = "Log4Shell",
        Severity = Severity.High,
        Status = FindingStatus.Open,
        Cves = ["CVE-2021-44228"],
        Cvss = 10,
        Resource = Observations.Instance,
        ClusterId = "fedcba9876543210fedcba9876543210",
        RiskScore = 7.5,
        Priority = 2,
    };

    private static async Task<string> ExportAsync(ExportFormat format, params FindingView[] findings)
    {
        using var writer = new StringWriter();
        await FindingExporter.WriteAsync(findings.ToAsyncEnumerable(), format, writer, CancellationToken.None);
        return writer.ToString();
    }
}
