using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;

namespace CnappAi.Modules.Ingestion.Parsers.Prisma;

/// <summary>Reads the vulnerabilities and compliance issues of one Compute report, each under its own JSON pointer.</summary>
internal static class PrismaComputeReport
{
    public static IEnumerable<ParseResult> Read(string pointer, JsonElement report, string format)
    {
        if (report.ValueKind != JsonValueKind.Object)
        {
            return [ParseResult.Reject(pointer.Length == 0 ? "/" : pointer, $"expected a scan result object but found {report.ValueKind}", RecordMapping.Cap(report.GetRawText()))];
        }

        var vulnerabilities = report.Items("vulnerabilities").SelectMany((v, i) =>
            RecordMapping.Run($"{pointer}/vulnerabilities/{i}", v, () =>
                [PrismaComputeObservations.Vulnerability(PrismaComputeImage.Target(report, format), Vulnerability(v), v.GetRawText())]));
        var complianceKey = report.Get("complianceIssues") is not null ? "complianceIssues" : "compliances";
        var compliance = report.Items(complianceKey).SelectMany((c, i) =>
            RecordMapping.Run($"{pointer}/{complianceKey}/{i}", c, () =>
                [PrismaComputeObservations.Compliance(PrismaComputeImage.Target(report, format), Compliance(c), c.GetRawText())]));
        return vulnerabilities.Concat(compliance);
    }

    private static PrismaComputeVulnerability Vulnerability(JsonElement v) => new(
        RecordMapping.Require(v.FirstStr("id", "cve"), "vulnerability id"),
        v.Str("severity"),
        v.Str("status"),
        v.Num("cvss"),
        v.FirstStr("vector", "vecStr"),
        v.Str("packageName"),
        v.Str("packageVersion"),
        v.Str("description"),
        v.Date("discoveredDate") ?? v.Date("discovered"));

    private static PrismaComputeCompliance Compliance(JsonElement c) => new(
        c.Str("id"),
        RecordMapping.Require(c.Str("title"), "compliance title"),
        c.Str("severity"),
        c.Str("description"),
        c.Str("cause"));
}
