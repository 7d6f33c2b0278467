namespace CnappAi.Modules.SampleTenant.Problems;

/// <summary>The vendor files a sighting is written to; each stream is one API result set, paged.</summary>
internal enum OutputStream
{
    WizIssues,
    WizVulnerabilities,
    WizConfiguration,
    PrismaAlerts,
    OrcaAlerts,
    LaceworkAlerts,
    LaceworkHosts,
    LaceworkHostsPrevious,
    LaceworkContainers,
    SecurityHub,
    DefenderAssessments,
    DefenderSubAssessments,
    DefenderAlerts,
    Scc,
}
