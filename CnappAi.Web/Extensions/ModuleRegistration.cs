using CnappAi.Modules.Ai;
using CnappAi.Modules.Assets;
using CnappAi.Modules.AttackPaths;
using CnappAi.Modules.Audit;
using CnappAi.Modules.Briefings;
using CnappAi.Modules.Compliance;
using CnappAi.Modules.Correlation;
using CnappAi.Modules.IacGate;
using CnappAi.Modules.Identity;
using CnappAi.Modules.Ingestion;
using CnappAi.Modules.Normalization;
using CnappAi.Modules.Posture;
using CnappAi.Modules.Remediation;
using CnappAi.Modules.Risk;
using CnappAi.Modules.SampleTenant;
using CnappAi.Modules.Shared.Persistence;
using CnappAi.Modules.Triage;

namespace CnappAi.Web.Extensions;

/// <summary>The modules in pipeline order; shared by the dashboard host and the command line.</summary>
internal static class ModuleRegistration
{
    public static IServiceCollection AddCnappAiModules(this IServiceCollection services, IConfiguration configuration) =>
        services
            .AddCnappAiPersistence(configuration)
            .AddAudit()
            .AddIdentityAccounts(configuration)
            .AddIngestion()
            .AddIngestionConnectors(configuration)
            .AddNormalization()
            .AddAssets(configuration)
            .AddCorrelation(configuration)
            .AddRisk(configuration)
            .AddAttackPaths(configuration)
            .AddAi(configuration)
            .AddIacGate(configuration)
            .AddRemediation(configuration)
            .AddTriage()
            .AddCompliance()
            .AddPosture(configuration)
            .AddBriefings(configuration)
            .AddSampleTenant();
}
