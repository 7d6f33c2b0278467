namespace CnappAi.Modules.Correlation.Contracts;

/// <summary>A person confirms that a vendor rule (source + rule key, as in <see cref="UnmappedRule"/>) means a shared control.</summary>
public sealed record ConfirmMappingRequest(string Source, string RuleKey, string ControlId, string ConfirmedBy);
