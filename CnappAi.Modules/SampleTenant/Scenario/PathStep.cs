using CnappAi.Modules.SampleTenant.Estate;

namespace CnappAi.Modules.SampleTenant.Scenario;

/// <summary>
/// One hop of the true attack path: the resource reached, the relationship that reached it from the previous step
/// (none for the entry point) and the problems that make the hop possible.
/// </summary>
internal sealed record PathStep(int Order, Asset Asset, string Role, string? Relationship, IReadOnlyList<string> EnabledBy);
