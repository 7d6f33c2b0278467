using System.Globalization;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Ingestion.Parsing.Readers;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Prisma;

/// <summary>
/// twistcli / Compute console CSV exports of image scans. Two layouts exist (with Scan Time/Pass/Hostname,
/// or with Hosts/Risk Factors/Discovered); both share the columns read here. A row with a CVE ID is a
/// vulnerability, a row with only a Compliance ID is a failed compliance check.
/// </summary>
internal sealed class PrismaComputeCsvParser : CsvRecordParser
{
    public override string Source => "prisma";

    public override string Format => "prisma-compute-csv";

    public override int Detect(FileSniff sniff) =>
        sniff.Kind == ContentKind.Csv
        && sniff.HasColumns("Registry", "Repository", "Tag", "Id", "CVE ID", "Compliance ID", "Severity", "Packages", "Fix Status")
            ? 90
            : 0;

    protected override IEnumerable<NormalizedObservation> Map(CsvRow row)
    {
        var image = RecordMapping.Require(row.Get("Id"), "image id");
        var resource = PrismaComputeImage.FromParts(row.Get("Registry"), row.Get("Repository"), row.Get("Tag"), image)
            ?? throw new RecordRejectedException("record has no image");
        var target = new PrismaComputeTarget(resource, image, Format, Date(row.Get("Scan Time")));
        var cve = row.Get("CVE ID");
        if (cve is not null)
        {
            var vulnerability = new PrismaComputeVulnerability(
                cve,
                row.Get("Severity"),
                row.Get("Fix Status"),
                double.TryParse(row.Get("CVSS"), NumberStyles.Float, CultureInfo.InvariantCulture, out var cvss) ? cvss : null,
                null,
                row.Get("Packages", "Source Package"),
                row.Get("Package Version"),
                row.Get("Description"),
                Date(row.Get("Discovered")));
            return [PrismaComputeObservations.Vulnerability(target, vulnerability, row.Raw)];
        }

        var check = row.Get("Compliance ID") ?? throw new RecordRejectedException("record has no CVE ID or Compliance ID");
        var title = row.Get("Description") ?? row.Get("Cause") ?? $"Compliance check {check}";
        var compliance = new PrismaComputeCompliance(check, title, row.Get("Severity"), null, row.Get("Cause"));
        return [PrismaComputeObservations.Compliance(target, compliance, row.Raw)];
    }

    // Some exports hold spreadsheet-mangled times such as "14:24.3"; only values with a calendar date are dates.
    private static DateTimeOffset? Date(string? text) =>
        text is { Length: >= 10 } && char.IsAsciiDigit(text[0]) && text[4] == '-' ? JsonElementExtensions.ParseDate(text) : null;
}
