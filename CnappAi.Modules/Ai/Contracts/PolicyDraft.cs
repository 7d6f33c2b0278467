namespace CnappAi.Modules.Ai.Contracts;

/// <summary>A plain-language requirement as policy code, with an input that the policy denies.</summary>
/// <param name="Rego">Open Policy Agent policy over a Terraform plan (<c>input.resource_changes</c>).</param>
/// <param name="Sentinel">HashiCorp Sentinel policy over <c>tfplan/v2</c>.</param>
/// <param name="TestInput">A JSON Terraform-plan fragment the Rego policy denies.</param>
public sealed record PolicyDraft(string? ControlId, string Title, string Rego, string Sentinel, string TestInput, string Explanation);
