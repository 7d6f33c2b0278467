using CnappAi.Modules.SampleTenant.Estate;

namespace CnappAi.Modules.SampleTenant.Scenario;

/// <summary>The cross-cloud chain every tenant contains, with the supporting evidence that is not itself a hop (the vulnerable image).</summary>
internal sealed record AttackPath(string Id, string Title, IReadOnlyList<PathStep> Steps, Asset EvidenceAsset, IReadOnlyList<string> EvidenceProblems);
