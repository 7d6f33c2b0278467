using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Checkov;

/// <summary>Maps one failed or skipped check: a policy (<c>check_id</c>) evaluated on one IaC resource in one file.</summary>
internal static class CheckovCheckMapper
{
    public const string Source = "checkov";

    public static NormalizedObservation Map(JsonElement check, string? checkType, string? reportRepository, string listResult)
    {
        var checkId = RecordMapping.Require(check.Str("check_id"), "check_id");
        var file = RecordMapping.Require(check.FirstStr("file_path", "repo_file_path"), "file_path");
        var repository = check.Str("repo_id") ?? reportRepository;
        var address = check.Str("resource");
        var result = check.Str("check_result.result") ?? listResult;
        var severity = check.Str("severity");
        var lines = check.Items("file_line_range").Select(l => JsonElementExtensions.AsString(l)).ToList();
        var vulnerabilityId = check.Str("vulnerability_details.id");

        return new NormalizedObservation
        {
            Source = Source,

            // No line numbers: an edit above the resource must not turn the same failure into a new finding.
            SourceFindingId = string.Join('|', repository ?? string.Empty, checkType ?? string.Empty, file, address ?? string.Empty, checkId),
            Format = "checkov-json",
            Category = CheckovCategory.Of(checkType, address, vulnerabilityId),
            Title = check.Str("check_name") ?? checkId,
            Description = Describe(check, checkType, file, address, lines),
            Severity = CheckovScales.Severities.Map(severity, CheckovScales.SeverityFallback),
            SourceSeverity = severity,
            Status = CheckovScales.Results.Map(result, CheckovScales.StatusFallback),
            SourceStatus = result,
            Cves = CveIds.Extract(vulnerabilityId, checkId),
            RuleId = checkId,
            Resource = ResourceIds.SourceFile(repository, file) ?? throw new RecordRejectedException("record has no resource (file_path)"),
            Package = check.Str("vulnerability_details.package_name"),
            PackageVersion = check.Str("vulnerability_details.package_version"),
            RawRecord = check.GetRawText(),
        };
    }

    private static string Describe(JsonElement check, string? checkType, string file, string? address, List<string?> lines)
    {
        var text = new List<string?>
        {
            address is null ? null : $"Resource: {address}",
            lines.Count == 2 ? $"File: {file} lines {lines[0]}-{lines[1]}" : $"File: {file}",
            checkType is null ? null : $"Framework: {checkType}",
            check.Str("bc_check_id") is { } platformId ? $"Platform id: {platformId}" : null,
            check.Str("check_result.suppress_comment") is { } reason ? $"Skipped: {reason}" : null,
            check.Str("guideline") is { } guideline ? $"Guideline: {guideline}" : null,
        };
        return string.Join('\n', text.Where(t => t is not null));
    }
}
