using CnappAi.Modules.Audit.Chain;
using CnappAi.Modules.Audit.Contracts;
using CnappAi.Modules.Audit.ExportTrail;
using CnappAi.Modules.Audit.QueryTrail;
using CnappAi.Modules.Audit.VerifyChain;
using CnappAi.Modules.Shared.Audit;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CnappAi.Modules.Audit;

public static class AuditModule
{
    /// <summary>Registers the audit chain writer every module uses and the audit facade (query, verify, export).</summary>
    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IAuditWriter, AuditWriter>();
        services.AddSingleton<IValidator<AuditQuery>, AuditQueryValidator>();
        services.AddSingleton<QueryTrailHandler>();
        services.AddSingleton<VerifyChainHandler>();
        services.AddSingleton<ExportTrailHandler>();
        services.AddSingleton<IAuditFacade, AuditFacade>();
        return services;
    }
}
