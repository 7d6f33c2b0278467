namespace CnappAi.Web.Components.Pages.Findings;

/// <summary>What a person enters to suppress (risk-accept) the selected findings.</summary>
public sealed record SuppressionInput(string Owner, string Reason, int Days);
