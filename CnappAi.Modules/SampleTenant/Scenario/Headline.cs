using CnappAi.Modules.SampleTenant.Estate;
using CnappAi.Modules.SampleTenant.Problems;

namespace CnappAi.Modules.SampleTenant.Scenario;

/// <summary>Stack 0 of every tenant: the cross-cloud chain's resources, the problems that enable it, and the path itself.</summary>
internal sealed record Headline(AppStack Stack, IReadOnlyList<Problem> Problems, AttackPath Path);
