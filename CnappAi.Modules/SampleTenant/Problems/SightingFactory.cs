using CnappAi.Modules.SampleTenant.Determinism;
using CnappAi.Modules.SampleTenant.Estate;

namespace CnappAi.Modules.SampleTenant.Problems;

/// <summary>
/// Draws one tool's record of a problem: its own severity (tools disagree), its state (tools lag), its dates and ids.
/// </summary>
internal sealed class SightingFactory(SampleClock clock, Organisation org, IdCounters counters)
{
    public Sighting Create(SampleRandom random, ProblemDraft draft, Tool tool, SightingState state, DateTimeOffset problemFirstSeen, Acceptance? acceptance)
    {
        var rule = draft.RuleFor(tool);
        var isCve = draft.Cve is not null;
        var stream = SightingIds.Route(tool, draft.Kind, draft.Asset, isCve, rule);
        var (recordId, sourceId) = SightingIds.For(stream, draft.Kind, draft.Asset, draft.Cve, rule, random, counters, org);
        state = state == SightingState.InProgress && !HasWorkingState(stream) ? SightingState.Open : state;
        var level = Vocabulary(stream, Disagree(random, ToolLevel(random, tool, draft, rule)));
        var latest = clock.CollectedAt.AddHours(-1);
        var first = Min(problemFirstSeen.AddMinutes(random.Next(96 * 60)), latest);
        DateTimeOffset? resolved = state == SightingState.Resolved ? SampleClock.Between(random, first, clock.CollectedAt.AddHours(-2)) : null;
        var last = resolved ?? Max(first, clock.DaysAgo(random, 0.01, 1.2));
        var repeated = stream == OutputStream.LaceworkHosts && state != SightingState.Resolved && random.Chance(0.25);
        return new Sighting(tool, stream, recordId, sourceId, level, state, first, last, resolved, rule, repeated, acceptance);
    }

    // Defender recommendations and alerts stop at High; SCC has no informational level.
    private static Level Vocabulary(OutputStream stream, Level level) => stream switch
    {
        OutputStream.DefenderAssessments or OutputStream.DefenderAlerts when level == Level.Critical => Level.High,
        OutputStream.Scc when level == Level.Info => Level.Low,
        _ => level,
    };

    // Only some record types can say "someone is working on it".
    private static bool HasWorkingState(OutputStream stream) =>
        stream is OutputStream.WizIssues or OutputStream.OrcaAlerts or OutputStream.SecurityHub or OutputStream.DefenderAlerts;

    private static Level ToolLevel(SampleRandom random, Tool tool, ProblemDraft draft, Catalog.VendorRule? rule)
    {
        if (draft.Cve is null)
        {
            return rule?.Level ?? draft.Level;
        }

        // Scanners rate CVEs by CVSS, except Orca (asset context moves it) and Lacework (distro ratings sit lower).
        return tool switch
        {
            Tool.Orca when random.Chance(0.3) => Step(draft.Level, random.Chance(0.5) ? 1 : -1),
            Tool.Lacework when random.Chance(0.15) => Step(draft.Level, -1),
            _ => draft.Level,
        };
    }

    private static Level Disagree(SampleRandom random, Level level) =>
        random.Chance(0.08) ? Step(level, random.Chance(0.5) ? 1 : -1) : level;

    private static Level Step(Level level, int by) => (Level)Math.Clamp((int)level + by, (int)Level.Low, (int)Level.Critical);

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
