namespace CnappAi.Modules.AttackPaths.Graph;

/// <summary>
/// How much the open findings on a node (and on the images it runs) help an attacker, each 0–1 by kind: exploitable
/// vulnerabilities, misconfigurations and data exposure, excess privilege, and exposed secrets.
/// </summary>
internal readonly record struct NodeRisk(float Vulnerability, float Misconfiguration, float Privilege, float Secret)
{
    public float Max => MathF.Max(MathF.Max(Vulnerability, Misconfiguration), MathF.Max(Privilege, Secret));

    public NodeRisk Combine(NodeRisk other) => new(
        MathF.Max(Vulnerability, other.Vulnerability), MathF.Max(Misconfiguration, other.Misconfiguration),
        MathF.Max(Privilege, other.Privilege), MathF.Max(Secret, other.Secret));
}
