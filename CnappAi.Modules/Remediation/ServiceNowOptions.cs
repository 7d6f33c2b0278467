namespace CnappAi.Modules.Remediation;

internal sealed class ServiceNowOptions
{
    public string BaseUrl { get; set; } = "";
    public string User { get; set; } = "";
    public string Password { get; set; } = "";
    public string AssignmentGroup { get; set; } = "";
    public string Category { get; set; } = "security";
}
