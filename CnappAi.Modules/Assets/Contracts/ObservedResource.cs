using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Assets.Contracts;

/// <summary>A resource a finding names, with that finding's raw source record (read for tags and exposure flags).</summary>
public sealed record ObservedResource(CanonicalResource Resource, string? RawRecord);
