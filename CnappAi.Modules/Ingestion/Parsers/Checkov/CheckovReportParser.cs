using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;

namespace CnappAi.Modules.Ingestion.Parsers.Checkov;

/// <summary>
/// <c>checkov -o json</c>: one report object per framework (<c>check_type</c>), an array of them when several
/// frameworks ran, or a bare summary when nothing was scanned.
/// </summary>
internal sealed class CheckovReportParser : JsonDocumentParser
{
    // Passed checks are not findings: importing every passing policy would swamp the store with non-issues.
    // The result a list implies covers checks written without a check_result block.
    private static readonly (string List, string Result)[] Lists = [("failed_checks", "FAILED"), ("skipped_checks", "SKIPPED")];

    public override string Source => CheckovCheckMapper.Source;

    public override string Format => "checkov-json";

    public override int Detect(FileSniff sniff)
    {
        if (sniff.Kind != ContentKind.Json)
        {
            return 0;
        }

        var prefix = sniff.RootKind == JsonValueKind.Array ? "[]." : string.Empty;
        if (sniff.Has(prefix + "check_type") && sniff.Has(prefix + "results")
            && sniff.HasAny(prefix + "results.failed_checks", prefix + "results.passed_checks", prefix + "summary.checkov_version"))
        {
            return 90;
        }

        // The summary Checkov prints when it found nothing to scan.
        return sniff.Has("checkov_version") && sniff.Has("resourcecount") && sniff.Has("failed") ? 70 : 0;
    }

    protected override IEnumerable<ParseResult> Map(JsonElement root)
    {
        var reports = root.ValueKind == JsonValueKind.Array
            ? root.EnumerateArray().Select((r, i) => (Report: r, Pointer: $"/{i}"))
            : [(root, string.Empty)];
        foreach (var (report, pointer) in reports)
        {
            if (report.ValueKind != JsonValueKind.Object)
            {
                yield return ParseResult.Reject(pointer.Length == 0 ? "/" : pointer, $"expected a Checkov report object but found {report.ValueKind}", null);
                continue;
            }

            var checkType = report.Str("check_type");
            var repository = report.Str("repo_id");
            foreach (var (list, listResult) in Lists)
            {
                foreach (var (check, i) in report.Items($"results.{list}").Select((c, i) => (c, i)))
                {
                    var results = RecordMapping.Run(
                        $"{pointer}/results/{list}/{i}", check, () => [CheckovCheckMapper.Map(check, checkType, repository, listResult)]);
                    foreach (var result in results)
                    {
                        yield return result;
                    }
                }
            }
        }
    }
}
