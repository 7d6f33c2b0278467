using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ai.RuleEngine.Policies;

/// <summary>
/// A control expressed over a Terraform plan: the resource type, the Rego and Sentinel conditions that make a planned
/// resource violate it, and the <c>after</c> values of a resource that does.
/// </summary>
internal sealed record PolicyRule(
    string ControlId,
    CloudProvider Provider,
    string ResourceType,
    string Message,
    IReadOnlyList<string> RegoConditions,
    string SentinelCondition,
    string ViolatingAfterJson);
