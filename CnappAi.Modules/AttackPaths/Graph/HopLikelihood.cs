using CnappAi.Modules.AttackPaths.Contracts;

namespace CnappAi.Modules.AttackPaths.Graph;

/// <summary>
/// The 0–1 likelihood that an attacker on the source takes the edge: a base by edge type times how much the findings
/// that enable this type of hop help. An edge nothing enables still counts: at 70% for a trust, a held credential or a
/// data grant (the edge itself is the capability), at 40% for exposure and network reachability (something must be
/// exploitable on the other side).
/// </summary>
internal static class HopLikelihood
{
    public static float Of(EdgeKind kind, NodeRisk source, NodeRisk target)
    {
        var floor = Floor(kind);
        return Base(kind) * (floor + ((1f - floor) * Enablement(kind, source, target)));
    }

    public static float Floor(EdgeKind kind) =>
        kind is EdgeKind.HoldsCredentialsFor or EdgeKind.FederatesTo or EdgeKind.CanAssume or EdgeKind.HasAccessTo ? 0.7f : 0.4f;

    public static float Base(EdgeKind kind) => kind switch
    {
        EdgeKind.Exposes => 1f,
        EdgeKind.HoldsCredentialsFor => 0.95f,
        EdgeKind.FederatesTo or EdgeKind.HasAccessTo => 0.9f,
        EdgeKind.CanAssume => 0.85f,
        EdgeKind.Reaches => 0.6f,
        _ => 0.5f,
    };

    public static float Enablement(EdgeKind kind, NodeRisk source, NodeRisk target) => kind switch
    {
        EdgeKind.Exposes => MathF.Max(target.Vulnerability, target.Misconfiguration),
        EdgeKind.HoldsCredentialsFor => MathF.Max(source.Secret, target.Privilege),
        EdgeKind.FederatesTo or EdgeKind.CanAssume => MathF.Max(target.Privilege, target.Misconfiguration),
        EdgeKind.HasAccessTo => MathF.Max(target.Misconfiguration, source.Privilege),
        _ => target.Vulnerability,
    };
}
