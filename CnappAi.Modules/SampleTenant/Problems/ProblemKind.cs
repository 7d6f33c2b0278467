namespace CnappAi.Modules.SampleTenant.Problems;

internal enum ProblemKind
{
    Vulnerability,
    Misconfiguration,
    Identity,
    Secret,
    DataExposure,
    Threat,
}
