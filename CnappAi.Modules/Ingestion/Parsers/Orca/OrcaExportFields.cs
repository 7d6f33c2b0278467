namespace CnappAi.Modules.Ingestion.Parsers.Orca;

/// <summary>One alert of an Orca UI export (the Serving Layer columns, flattened), read from CSV or JSON alike.</summary>
internal sealed record OrcaExportFields(
    string? AlertId,
    string? Title,
    string? Description,
    string? Category,
    string? RiskLevel,
    string? OrcaScore,
    string? Status,
    string? Source,
    string? InventoryName,
    string? CloudAccountName,
    string? CloudProvider,
    string? CreatedAt,
    string? LastSeen);
