using System.Globalization;
using System.Text.Json;
using CnappAi.Modules.Normalization.Contracts;
using CsvHelper;
using CsvHelper.Configuration;

namespace CnappAi.Modules.Normalization.ExportFindings;

/// <summary>Writes a stream of findings in one of the export formats, one record at a time.</summary>
internal static class FindingExporter
{
    private static readonly string[] CsvHeader =
    [
        "id", "source", "sourceFindingId", "format", "category", "title", "severity", "sourceSeverity", "status", "cves",
        "cvss", "ruleId", "resourceUid", "provider", "account", "region", "resourceType", "resourceClass", "resourceName",
        "firstSeen", "lastSeen", "clusterId", "riskScore", "priority",
    ];

    public static async Task<int> WriteAsync(IAsyncEnumerable<FindingView> findings, ExportFormat format, TextWriter output, CancellationToken ct)
    {
        return format == ExportFormat.Csv
            ? await WriteCsvAsync(findings, output, ct).ConfigureAwait(false)
            : await WriteLinesAsync(findings, format, output, ct).ConfigureAwait(false);
    }

    private static async Task<int> WriteLinesAsync(IAsyncEnumerable<FindingView> findings, ExportFormat format, TextWriter output, CancellationToken ct)
    {
        var count = 0;
        await foreach (var finding in findings.WithCancellation(ct).ConfigureAwait(false))
        {
            var line = format == ExportFormat.Ocsf
                ? JsonSerializer.Serialize(OcsfFinding.From(finding), ExportJson.Options)
                : JsonSerializer.Serialize(JsonlFindingRecord.From(finding), ExportJson.Options);
            await output.WriteLineAsync(line).ConfigureAwait(false);
            count++;
        }

        return count;
    }

    private static async Task<int> WriteCsvAsync(IAsyncEnumerable<FindingView> findings, TextWriter output, CancellationToken ct)
    {
        // Escape makes a cell that starts with = + - @ (or a tab/CR) inert when the file is opened in a spreadsheet.
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape };
        await using var csv = new CsvWriter(output, config, leaveOpen: true);
        foreach (var column in CsvHeader)
        {
            csv.WriteField(column);
        }

        await csv.NextRecordAsync().ConfigureAwait(false);
        var count = 0;
        await foreach (var f in findings.WithCancellation(ct).ConfigureAwait(false))
        {
            string?[] row =
            [
                f.Id, f.Source, f.SourceFindingId, f.Format, Name(f.Category), f.Title, Name(f.Severity), f.SourceSeverity,
                Name(f.Status), string.Join(' ', f.Cves), f.Cvss?.ToString(CultureInfo.InvariantCulture), f.RuleId,
                f.Resource.Uid, Name(f.Resource.Provider), f.Resource.Account, f.Resource.Region, f.Resource.Type,
                Name(f.Resource.Class), f.Resource.Name, f.FirstSeen?.ToString("O", CultureInfo.InvariantCulture),
                f.LastSeen?.ToString("O", CultureInfo.InvariantCulture), f.ClusterId,
                f.RiskScore.ToString(CultureInfo.InvariantCulture), $"P{f.Priority}",
            ];
            foreach (var cell in row)
            {
                csv.WriteField(cell);
            }

            await csv.NextRecordAsync().ConfigureAwait(false);
            count++;
        }

        return count;
    }

    private static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
}
