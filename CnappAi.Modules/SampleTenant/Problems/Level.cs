namespace CnappAi.Modules.SampleTenant.Problems;

/// <summary>A severity on the common five-step scale; each tool writes it in its own words.</summary>
internal enum Level
{
    Info,
    Low,
    Medium,
    High,
    Critical,
}
