namespace CnappAi.Modules.SampleTenant.Estate;

/// <summary>
/// A business application and the team that owns it, with the data it handles (<c>pii</c>, <c>pci</c>,
/// <c>confidential</c>, <c>internal</c>, <c>public</c>) and how critical it is (<c>critical</c> to <c>low</c>).
/// </summary>
internal sealed record Application(string Slug, string Team, string DataClassification, string Criticality, string Stack)
{
    public string OwnerEmail => $"{Team}-oncall@acme.example";

    public bool HoldsSensitiveData => DataClassification is "pii" or "pci" or "phi";
}
