using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Prisma;

/// <summary>The scanned image (or host) a Compute record belongs to; <see cref="Key"/> is its scanner id, used in natural keys.</summary>
internal sealed record PrismaComputeTarget(CanonicalResource Resource, string Key, string Format, DateTimeOffset? ScanTime);
