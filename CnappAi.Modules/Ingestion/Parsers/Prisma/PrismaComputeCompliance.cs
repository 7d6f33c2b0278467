namespace CnappAi.Modules.Ingestion.Parsers.Prisma;

/// <summary>A failed Compute compliance check (CIS Docker/Kubernetes benchmark items, image hygiene checks).</summary>
internal sealed record PrismaComputeCompliance(string? CheckId, string Title, string? Severity, string? Description, string? Cause);
