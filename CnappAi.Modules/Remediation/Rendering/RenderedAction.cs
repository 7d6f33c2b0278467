using CnappAi.Modules.Remediation.Contracts;

namespace CnappAi.Modules.Remediation.Rendering;

internal sealed record RenderedAction(ActionType Type, string Summary, string Preview, IReadOnlyList<RenderedRequest> Requests);
