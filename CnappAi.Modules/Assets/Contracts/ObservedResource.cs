using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Assets.Contracts;

/// <summary>
/// A resource a finding names, with that finding's raw source record (read for tags and exposure flags) and its source
/// (<c>wiz</c>, <c>orca</c>, ...), which says whether the record is also read for relationship edges.
/// </summary>
public sealed record ObservedResource(CanonicalResource Resource, string? RawRecord, string? Source = null);
