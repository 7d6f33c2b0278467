using CnappAi.Modules.Risk.Contracts;

namespace CnappAi.Modules.Risk.ScoreRisk;

/// <summary>
/// The CISA SSVC decision tree (CISA SSVC Guide, Nov 2022): Exploitation (none, poc, active) → Automatable (no, yes)
/// → Technical Impact (partial, total) → Mission &amp; Well-being (low, medium, high) gives Track, Track*, Attend or Act.
/// Leaves listed in the guide's order (exploitation, automatable, impact, then mission low/medium/high).
/// </summary>
internal static class SsvcTree
{
    private const SsvcOutcome T = SsvcOutcome.Track;
    private const SsvcOutcome R = SsvcOutcome.TrackStar;
    private const SsvcOutcome A = SsvcOutcome.Attend;
    private const SsvcOutcome C = SsvcOutcome.Act;

    private static readonly SsvcOutcome[] Leaves =
    [
        T, T, T, /* none, no, partial */ T, T, R, /* none, no, total */ T, T, A, /* none, yes, partial */ T, T, A, /* none, yes, total */
        T, T, R, /* poc, no, partial */ T, R, A, /* poc, no, total */ T, T, A, /* poc, yes, partial */ T, R, A, /* poc, yes, total */
        T, T, A, /* active, no, partial */ T, A, C, /* active, no, total */ A, A, C, /* active, yes, partial */ A, C, C, /* active, yes, total */
    ];

    public static SsvcOutcome Decide(SsvcExploitation exploitation, bool automatable, bool totalImpact, SsvcMissionImpact mission) =>
        Leaves[((int)exploitation * 12) + ((automatable ? 1 : 0) * 6) + ((totalImpact ? 1 : 0) * 3) + (int)mission];
}
