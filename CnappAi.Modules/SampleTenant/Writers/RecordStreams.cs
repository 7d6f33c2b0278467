using CnappAi.Modules.SampleTenant.Problems;
using CnappAi.Modules.SampleTenant.Writers.Defender;
using CnappAi.Modules.SampleTenant.Writers.Lacework;
using CnappAi.Modules.SampleTenant.Writers.Orca;
using CnappAi.Modules.SampleTenant.Writers.Prisma;
using CnappAi.Modules.SampleTenant.Writers.Scc;
using CnappAi.Modules.SampleTenant.Writers.SecurityHub;
using CnappAi.Modules.SampleTenant.Writers.Wiz;

namespace CnappAi.Modules.SampleTenant.Writers;

/// <summary>The writer for each result set.</summary>
internal static class RecordStreams
{
    public static RecordStream Create(OutputStream stream, WriterContext ctx, int total) => stream switch
    {
        OutputStream.WizIssues => new WizIssueWriter(ctx, total),
        OutputStream.WizVulnerabilities => new WizVulnerabilityWriter(ctx, total),
        OutputStream.WizConfiguration => new WizConfigurationWriter(ctx, total),
        OutputStream.PrismaAlerts => new PrismaAlertWriter(ctx, total),
        OutputStream.OrcaAlerts => new OrcaAlertWriter(ctx, total),
        OutputStream.LaceworkAlerts => new LaceworkAlertWriter(ctx, total),
        OutputStream.LaceworkHosts => new LaceworkHostVulnerabilityWriter(ctx, total, 0),
        OutputStream.LaceworkHostsPrevious => new LaceworkHostVulnerabilityWriter(ctx, total, 1),
        OutputStream.LaceworkContainers => new LaceworkContainerVulnerabilityWriter(ctx, total),
        OutputStream.SecurityHub => new AsffWriter(ctx, total),
        OutputStream.DefenderAssessments => new DefenderAssessmentWriter(ctx, total),
        OutputStream.DefenderSubAssessments => new DefenderSubAssessmentWriter(ctx, total),
        OutputStream.DefenderAlerts => new DefenderAlertWriter(ctx, total),
        _ => new SccFindingWriter(ctx, total),
    };
}
