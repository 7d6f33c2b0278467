namespace CnappAi.Modules.Triage.Contracts;

/// <summary>Saves the explorer's filters under a name for the current user; the same name replaces the earlier view.</summary>
public sealed record SaveViewRequest(string Name, string Query);
