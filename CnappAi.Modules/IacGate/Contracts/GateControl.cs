namespace CnappAi.Modules.IacGate.Contracts;

/// <summary>The shared control a failed check maps to, and the framework requirements that control covers.</summary>
/// <param name="Frameworks">Requirement ids such as <c>NIST 800-53 SC-28</c>, <c>PCI DSS 4.0 3.5.1</c>, <c>CIS AWS 1.4.0 2.1.1</c>.</param>
public sealed record GateControl(string Id, string Title, IReadOnlyList<string> Frameworks);
