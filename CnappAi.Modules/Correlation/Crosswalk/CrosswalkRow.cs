namespace CnappAi.Modules.Correlation.Crosswalk;

/// <summary>One line of <c>crosswalk.csv</c>: a vendor rule (by id, name, prefix or keywords) and its shared control.</summary>
internal sealed record CrosswalkRow(string ControlId, string Source, string Match, string Value);
