namespace CnappAi.Modules.Assets.ImportContext;

/// <summary>One CMDB row (docs/context-files.md): the resource and its business context; blank cells leave a field alone.</summary>
internal sealed record ContextRow(
    int Line,
    string? ResourceId,
    string? Team,
    string? Environment,
    string? Application,
    string? DataClassification,
    string? Criticality,
    string? InternetFacing,
    string? OwnerContact,
    string? Tags);
