namespace CnappAi.Modules.Compliance.Contracts;

/// <summary>A compliance framework shipped with the product.</summary>
/// <param name="Id">Stable id: <c>cis-aws</c>, <c>cis-azure</c>, <c>cis-gcp</c>, <c>soc2</c>, <c>hipaa</c>, <c>iso27001</c>, <c>pci-dss</c>, <c>nist-800-53</c>.</param>
/// <param name="Scope">The shared-control domains the framework covers; <c>*</c> for every domain.</param>
public sealed record ComplianceFramework(string Id, string Name, string Version, IReadOnlyList<string> Scope);
