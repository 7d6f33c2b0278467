using CnappAi.Modules.Correlation.Contracts;
using CnappAi.Modules.Correlation.Crosswalk;
using CnappAi.Modules.Normalization.Contracts;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.Correlation.ClusterFindings;

/// <summary>
/// Decides the merge key of a finding, in memory: a person's split wins; then a CVE (or an advisory aliasing one) on
/// the resource (or on the image the workload runs); then a non-CVE advisory; then the shared control the rule maps
/// to; otherwise the tool's own rule, so only that tool's repeats merge. The key's text becomes the match reason.
/// </summary>
internal sealed class ClusterAssigner(CorrelationState state, ControlLookup controls, ObservedRules observed, IOptions<CorrelationOptions> options)
{
    public ClusterAssignment Assign(CorrelationInput input, Func<string>? findingId)
    {
        var snapshot = state.Current;
        if (snapshot.Splits.Count > 0 && findingId is not null && snapshot.Splits.TryGetValue(findingId(), out var split))
        {
            return new ClusterAssignment(ClusterKey.Hash($"split\n{split.SplitId}"), ClusterKeyKind.Split, null, Cut($"split by {split.SplitBy}: {split.Reason}"));
        }

        var advisory = input.Cves.Count == 0 ? AdvisoryIds.Find(input.RuleId, input.Title) : null;
        var cve = input.Cves.Count > 0 ? input.Cves.Min(StringComparer.Ordinal) : advisory is null ? null : AdvisoryIds.CveAlias(advisory);
        if (cve is not null || advisory is not null)
        {
            var (scope, onImage) = ScopeOf(input, snapshot);
            var via = advisory is not null && cve is not null ? $" via {advisory}" : string.Empty;
            var where = onImage ? $" on image {scope} (workload runs it)" : string.Empty;
            return cve is not null
                ? new ClusterAssignment(ClusterKey.Hash($"cve\n{scope}\n{cve.ToUpperInvariant()}"), ClusterKeyKind.Cve, null, Cut($"cve {cve.ToUpperInvariant()}{via}{where}"))
                : new ClusterAssignment(ClusterKey.Hash($"advisory\n{scope}\n{advisory}"), ClusterKeyKind.Advisory, null, Cut($"advisory {advisory}{where}"));
        }

        var match = controls.ControlOf(input.Source, input.RuleId, input.Title, input.Category);
        if (match is not null)
        {
            return new ClusterAssignment(
                ClusterKey.Hash($"control\n{input.ResourceUid}\n{match.ControlId}"), ClusterKeyKind.Control, match.ControlId,
                Cut($"control {match.ControlId} by {Describe(match)}"));
        }

        var ruleKey = RuleText.KeyOf(input.RuleId, input.Title);
        observed.Record(input.Source, ruleKey, input.Title, input.Category);
        return new ClusterAssignment(
            ClusterKey.Hash($"rule\n{input.ResourceUid}\n{input.Source}\n{ruleKey}"), ClusterKeyKind.Rule, null,
            Cut($"rule {input.Source}/{ruleKey} (no shared control)"));
    }

    private (string Scope, bool OnImage) ScopeOf(CorrelationInput input, CorrelationSnapshot snapshot) =>
        options.Value.MergeVulnerabilitiesByImage
            && input.ResourceClass is ResourceClass.K8sWorkload or ResourceClass.Container
            && snapshot.ImageOfWorkload.TryGetValue(input.ResourceUid, out var image)
            ? (image, true)
            : (input.ResourceUid, false);

    private static string Describe(ControlMatch match) => match.Basis switch
    {
        MatchBasis.Confirmed => $"confirmed mapping of {match.Detail}",
        MatchBasis.RuleId => $"rule id {match.Detail}",
        MatchBasis.RuleName => $"rule name \"{match.Detail}\"",
        MatchBasis.Prefix => $"title prefix \"{match.Detail}\"",
        _ => $"keywords \"{match.Detail}\"",
    };

    private static string Cut(string reason) => reason.Length <= 512 ? reason : reason[..511] + "…";
}
