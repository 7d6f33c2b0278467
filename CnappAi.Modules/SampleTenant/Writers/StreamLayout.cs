using CnappAi.Modules.SampleTenant.Problems;

namespace CnappAi.Modules.SampleTenant.Writers;

/// <summary>Each result set's source name and records per file: the vendors' own page sizes where they have one.</summary>
internal static class StreamLayout
{
    public static int PageSize(OutputStream stream) => stream switch
    {
        OutputStream.WizIssues or OutputStream.WizVulnerabilities or OutputStream.WizConfiguration => 500,
        OutputStream.OrcaAlerts or OutputStream.DefenderAssessments or OutputStream.DefenderSubAssessments
            or OutputStream.DefenderAlerts or OutputStream.Scc => 1000,
        _ => 5000,
    };

    public static string Source(OutputStream stream) => stream switch
    {
        OutputStream.WizIssues or OutputStream.WizVulnerabilities or OutputStream.WizConfiguration => "wiz",
        OutputStream.PrismaAlerts => "prisma",
        OutputStream.OrcaAlerts => "orca",
        OutputStream.LaceworkAlerts or OutputStream.LaceworkHosts or OutputStream.LaceworkHostsPrevious or OutputStream.LaceworkContainers => "lacework",
        OutputStream.SecurityHub => "aws-securityhub",
        OutputStream.DefenderAssessments or OutputStream.DefenderSubAssessments or OutputStream.DefenderAlerts => "defender",
        _ => "gcp-scc",
    };

    public static int Files(OutputStream stream, int records) => (records + PageSize(stream) - 1) / PageSize(stream);
}
