using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;

namespace CnappAi.Modules.Ingestion.Parsers.Aws;

/// <summary>
/// Framework/control strings of an ASFF finding: <c>Compliance.RelatedRequirements</c> as given, plus
/// "standard: control" for Security Hub control findings, whose requirement list is often empty.
/// </summary>
internal static class AsffCompliance
{
    public static IReadOnlyList<string> From(JsonElement finding)
    {
        var related = finding.Items("Compliance.RelatedRequirements").Select(r => JsonElementExtensions.AsString(r));
        var control = finding.FirstStr("Compliance.SecurityControlId", "ProductFields.ControlId", "ProductFields.RuleId");
        var standards = finding.Items("Compliance.AssociatedStandards").Select(s => s.Str("StandardsId"))
            .Append(finding.FirstStr("ProductFields.StandardsArn", "ProductFields.StandardsGuideArn"));
        var controls = control is null ? [] : standards.Select(StandardName).OfType<string>().Select(s => $"{s}: {control}");
        return [.. related.Concat(controls).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c!.Trim()).Distinct(StringComparer.Ordinal)];
    }

    /// <summary><c>arn:aws:securityhub:::standards/cis-aws-foundations-benchmark/v/1.4.0</c> or <c>standards/…</c> → <c>cis-aws-foundations-benchmark/v/1.4.0</c>.</summary>
    private static string? StandardName(string? standard)
    {
        if (string.IsNullOrWhiteSpace(standard))
        {
            return null;
        }

        var resource = standard.StartsWith("arn:", StringComparison.Ordinal) ? standard[(standard.LastIndexOf(':') + 1)..] : standard;
        var slash = resource.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && resource[..slash] is "standards" or "ruleset" ? resource[(slash + 1)..] : resource;
    }
}
