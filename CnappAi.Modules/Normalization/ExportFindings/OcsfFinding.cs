using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Normalization.ExportFindings;

/// <summary>
/// Maps a finding to an OCSF 1.1 Detection Finding (class_uid 2004, category_uid 2 "Findings").
/// Anonymous objects keep the OCSF snake_case names exactly as the schema spells them.
/// </summary>
internal static class OcsfFinding
{
    public static object From(FindingView f) => new Dictionary<string, object?>
    {
        ["class_uid"] = 2004,
        ["class_name"] = "Detection Finding",
        ["category_uid"] = 2,
        ["category_name"] = "Findings",
        ["activity_id"] = f.Status is FindingStatus.Resolved ? 3 : 1,
        ["type_uid"] = 200400 + (f.Status is FindingStatus.Resolved ? 3 : 1),
        ["severity_id"] = (int)f.Severity + 1,
        ["severity"] = f.Severity.ToString(),
        ["status_id"] = f.Status switch
        {
            FindingStatus.InProgress => 2,
            FindingStatus.Suppressed => 3,
            FindingStatus.Resolved => 4,
            _ => 1,
        },
        ["time"] = (f.LastSeen ?? f.FirstSeen)?.ToUnixTimeMilliseconds(),
        ["message"] = f.Title,
        ["finding_info"] = new Dictionary<string, object?>
        {
            ["uid"] = f.Id,
            ["title"] = f.Title,
            ["desc"] = f.Description,
            ["types"] = new[] { f.Category.ToString() },
            ["first_seen_time"] = f.FirstSeen?.ToUnixTimeMilliseconds(),
            ["last_seen_time"] = f.LastSeen?.ToUnixTimeMilliseconds(),
            ["product_uid"] = f.Source,
            ["related_events_uid"] = f.ClusterId,
        },
        ["resources"] = new[]
        {
            new Dictionary<string, object?>
            {
                ["uid"] = f.Resource.Uid,
                ["type"] = f.Resource.Type,
                ["name"] = f.Resource.Name,
                ["region"] = f.Resource.Region,
                ["cloud_partition"] = f.Resource.Provider.ToString(),
            },
        },
        ["cloud"] = new Dictionary<string, object?>
        {
            ["provider"] = f.Resource.Provider.ToString(),
            ["region"] = f.Resource.Region,
            ["account"] = new Dictionary<string, object?> { ["uid"] = f.Resource.Account },
        },
        ["vulnerabilities"] = f.Cves.Count == 0 ? null : f.Cves.Select(cve => new Dictionary<string, object?>
        {
            ["cve"] = new Dictionary<string, object?>
            {
                ["uid"] = cve,
                ["cvss"] = f.Cvss is null ? null : new[] { new Dictionary<string, object?> { ["base_score"] = f.Cvss, ["vector_string"] = f.CvssVector } },
            },
        }).ToArray(),
        ["metadata"] = new Dictionary<string, object?>
        {
            ["version"] = "1.1.0",
            ["product"] = new Dictionary<string, object?> { ["name"] = f.Source, ["vendor_name"] = f.Source },
            ["original_uid"] = f.SourceFindingId,
        },
        ["unmapped"] = new Dictionary<string, object?> { ["risk_score"] = f.RiskScore, ["priority"] = $"P{f.Priority}", ["rule_id"] = f.RuleId },
    };
}
