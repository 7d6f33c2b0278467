using CnappAi.Modules.Ai.Contracts;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ai.RuleEngine.Fixes;

/// <summary>A fix for one shared control on one provider; <c>{{name}}</c>-style placeholders are filled from the resource.</summary>
/// <param name="Provider">Null when the fix is the same everywhere (Kubernetes manifests, Dockerfiles).</param>
internal sealed record FixTemplate(string ControlId, CloudProvider? Provider, FixFormat Format, string Title, string Code);
