using CnappAi.Modules.Compliance.Catalogue;
using CnappAi.Modules.Compliance.Contracts;
using CnappAi.Modules.Normalization;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Compliance.EvaluateControls;

/// <summary>
/// Posture of a framework from the stored findings: every finding whose rule maps to a shared control behind a
/// framework control is a piece of evidence (one per tool that reported it). Open findings fail the control,
/// resolved ones pass it; a control no tool reported on is not assessed.
/// </summary>
internal sealed class EvaluatePostureHandler(ComplianceCatalogue catalogue, INormalizationFacade findings, TimeProvider clock)
{
    public async Task<FrameworkPosture?> HandleAsync(string frameworkId, CancellationToken ct)
    {
        if (catalogue.Framework(frameworkId) is not { } framework)
        {
            return null;
        }

        var controls = catalogue.Controls(framework.Id);
        var sharedIds = controls.SelectMany(c => c.SharedControlIds).Distinct().ToList();
        var bySharedControl = new Dictionary<string, List<FindingView>>(StringComparer.Ordinal);
        if (sharedIds.Count > 0)
        {
            await foreach (var finding in findings.ExportAsync(new FindingQuery { ControlIds = sharedIds }, ct).ConfigureAwait(false))
            {
                if (finding.ControlId is { } control)
                {
                    if (!bySharedControl.TryGetValue(control, out var list))
                    {
                        bySharedControl[control] = list = [];
                    }

                    list.Add(finding);
                }
            }
        }

        var postures = controls.Select(c => Evaluate(framework.Id, c, bySharedControl)).ToList();
        return new FrameworkPosture(
            framework, clock.GetUtcNow(),
            postures.Count(p => p.Result == ControlResult.Pass),
            postures.Count(p => p.Result == ControlResult.Fail),
            postures.Count(p => p.Result == ControlResult.NotAssessed),
            postures);
    }

    private static ControlPosture Evaluate(string frameworkId, FrameworkControl control, Dictionary<string, List<FindingView>> bySharedControl)
    {
        var evidence = control.SharedControlIds
            .SelectMany(shared => bySharedControl.TryGetValue(shared, out var list) ? list : [])
            .Select(f => ToEvidence(frameworkId, control, f))
            .OrderByDescending(e => e.Result)
            .ThenBy(e => e.ResourceUid, StringComparer.Ordinal)
            .ThenBy(e => e.FindingId, StringComparer.Ordinal)
            .ToList();
        var failing = evidence.Where(e => e.Result == ControlResult.Fail).Select(e => e.ResourceUid).Distinct().Count();
        var passing = evidence.Where(e => e.Result == ControlResult.Pass).Select(e => e.ResourceUid).Distinct().Count();
        var result = evidence.Count == 0 ? ControlResult.NotAssessed : failing > 0 ? ControlResult.Fail : ControlResult.Pass;
        return new ControlPosture(control, result, failing, passing, evidence);
    }

    private static EvidenceRow ToEvidence(string frameworkId, FrameworkControl control, FindingView f)
    {
        var result = f.Status == FindingStatus.Resolved ? ControlResult.Pass : ControlResult.Fail;
        var status = f.SuppressedUntil is { } until && f.Status != FindingStatus.Resolved
            ? $"risk accepted until {until:yyyy-MM-dd}"
            : f.Status.ToString().ToLowerInvariant();
        return new EvidenceRow(
            frameworkId, control.Id, control.Title, f.ControlId!, f.Title, f.RuleId, f.Source,
            f.LastSeen ?? f.FirstSeen, result, status, f.Resource.Uid, f.Id);
    }
}
