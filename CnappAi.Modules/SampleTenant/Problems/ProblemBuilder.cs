using CnappAi.Modules.SampleTenant.Determinism;
using CnappAi.Modules.SampleTenant.Estate;

namespace CnappAi.Modules.SampleTenant.Problems;

/// <summary>
/// Turns a draft and the tools that see it into a problem: its true disposition, then each tool's sighting. Tools
/// lag: an open problem may already show resolved in one tool, a fixed one still open in another; an accepted risk
/// is suppressed only in the tool where the owner recorded it.
/// </summary>
internal sealed class ProblemBuilder(SampleClock clock, IdCounters counters, SightingFactory sightings)
{
    private static readonly string[] Reasons =
    [
        "Compensating control: WAF rule blocks the exploit path",
        "Sandbox account without customer data",
        "Vendor fix scheduled for the next release",
        "Isolated network segment, not reachable from the internet",
        "Public by design: static website assets",
        "Business exception approved by the CISO",
    ];

    public Problem Build(SampleRandom random, ProblemDraft draft, IReadOnlyList<Tool> tools, Disposition disposition)
    {
        var id = counters.NextProblem();
        var asset = draft.Asset;
        var first = draft.Kind == ProblemKind.Threat
            ? clock.DaysAgo(random, 0.2, 14)
            : clock.DaysAgo(random, 2, asset.Stage == Stage.Prod ? 420 : 240);
        Acceptance? acceptance = null;
        if (disposition == Disposition.AcceptedRisk)
        {
            var where = tools.Where(t => ToolCoverage.CanSuppress(SightingIds.Route(t, draft.Kind, asset, draft.Cve is not null, draft.RuleFor(t)))).ToList();
            acceptance = where.Count == 0
                ? null
                : new Acceptance(where[0], asset.App.OwnerEmail, random.Pick(Reasons), clock.AsOf.AddDays(random.Between(30, 180)));
            disposition = acceptance is null ? Disposition.Open : disposition;
        }

        var lagging = tools.Count > 1 && random.Chance(disposition == Disposition.Resolved ? 0.25 : 0.07) ? random.Next(tools.Count) : -1;
        var list = new List<Sighting>(tools.Count);
        for (var i = 0; i < tools.Count; i++)
        {
            var state = State(random, disposition, tools[i], acceptance, i == lagging);
            list.Add(sightings.Create(random, draft, tools[i], state, first, state == SightingState.Suppressed ? acceptance : null));
        }

        var noise = draft.Control?.Noise == true || (asset.Stage == Stage.Dev && draft.Level <= Level.Low);
        return new Problem(id, draft.Kind, asset, draft.Level, disposition, draft.Cve, draft.Control, draft.Threat, list, acceptance, noise);
    }

    private static SightingState State(SampleRandom random, Disposition disposition, Tool tool, Acceptance? acceptance, bool lagging) => disposition switch
    {
        Disposition.Resolved => lagging ? SightingState.Open : SightingState.Resolved,
        Disposition.AcceptedRisk => tool == acceptance?.RecordedIn ? SightingState.Suppressed : SightingState.Open,
        _ when lagging => SightingState.Resolved,
        _ when tool is Tool.Wiz or Tool.Orca && random.Chance(0.06) => SightingState.InProgress,
        _ => SightingState.Open,
    };
}
