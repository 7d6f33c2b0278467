using CnappAi.Modules.Ai.Agents;
using CnappAi.Modules.Ai.Configuration;
using CnappAi.Modules.Ai.Context;
using CnappAi.Modules.Ai.Evaluation;
using CnappAi.Modules.Ai.Jobs;
using CnappAi.Modules.Ai.Llm;
using CnappAi.Modules.Ai.Query;
using CnappAi.Modules.Ai.Search;
using CnappAi.Modules.Shared.Jobs;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.Ai;

public static class AiModule
{
    public static IServiceCollection AddAi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AiOptions>().Bind(configuration.GetSection(AiOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(KernelFactory.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan);
        services.AddSingleton<ITextEmbedder>(sp => new SelectingEmbedder(
            string.Equals(sp.GetRequiredService<IOptions<AiOptions>>().Value.Embeddings.Model, "lexical", StringComparison.OrdinalIgnoreCase),
            sp.GetRequiredService<ILogger<SelectingEmbedder>>()));
        services.AddSingleton<ApiKeyStore>();
        services.AddSingleton<InventoryContext>();
        services.AddSingleton<FindingContextBuilder>();
        services.AddSingleton<EmbeddingIndex>();
        services.AddSingleton<FindingSearch>();
        services.AddSingleton<QueryRules>();
        services.AddSingleton<KernelFactory>();
        services.AddSingleton<ModelInvoker>();
        services.AddSingleton<ReviewSampler>();
        services.AddSingleton<OutputStore>();
        services.AddSingleton<FunctionSwitch>();
        services.AddSingleton<ReviewLedger>();
        services.AddSingleton<AgentRunner>();
        services.AddSingleton<FindingAgents>();
        services.AddSingleton<AskAgent>();
        services.AddSingleton<PolicyAgent>();
        services.AddSingleton<InvestigationAgent>();
        services.AddSingleton<BriefingAgent>();
        services.AddTransient<IndexEmbeddingsJob>();
        services.AddSingleton<IRecurringJobSource, AiJobs>();
        services.AddSingleton<IAiFacade, AiFacade>();
        return services;
    }
}
