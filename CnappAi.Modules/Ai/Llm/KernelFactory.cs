using CnappAi.Modules.Ai.Configuration;
using CnappAi.Modules.Ai.Guardrails;
using CnappAi.Modules.Ai.Plugins;
using CnappAi.Modules.Ai.Query;
using CnappAi.Modules.Ai.Search;
using CnappAi.Modules.Normalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace CnappAi.Modules.Ai.Llm;

/// <summary>
/// Builds a Semantic Kernel per exchange: the configured chat connector on our own HttpClient (so retries and timeouts
/// are ours, not the SDK's), the read-only lookup plugin when the function may use it, and the guard filters.
/// </summary>
internal sealed class KernelFactory(
    IOptions<AiOptions> options,
    IHttpClientFactory http,
    ApiKeyStore keys,
    ILoggerFactory loggers,
    FindingSearch search,
    EmbeddingIndex index,
    INormalizationFacade findings)
{
    public const string HttpClientName = "cnappai-ai";

    public (string Provider, string Model) Describe() => options.Value.Provider switch
    {
        AiProvider.OpenAi => ("openai", options.Value.Model ?? ""),
        AiProvider.AzureOpenAi => ("azure-openai", string.IsNullOrWhiteSpace(options.Value.Model) ? options.Value.Deployment ?? "" : options.Value.Model),
        AiProvider.OpenAiCompatible => ("openai-compatible", options.Value.Model ?? ""),
        _ => ("none", ""),
    };

    public async Task<ModelSession> CreateAsync(IReadOnlySet<string> allowed, CancellationToken ct)
    {
        var o = options.Value;
        var key = await keys.GetAsync(ct).ConfigureAwait(false);
        if (key is null && o.Provider is AiProvider.OpenAi or AiProvider.AzureOpenAi)
        {
            throw new InvalidOperationException($"no API key: set the {o.ApiKeyVariable} environment variable or save a key in the settings");
        }

        var builder = Kernel.CreateBuilder();
        builder.Services.AddSingleton(loggers);
        var client = http.CreateClient(HttpClientName);
#pragma warning disable SKEXP0010 // a custom endpoint is how OpenAI-compatible servers (Ollama, vLLM, LM Studio) are reached
        switch (o.Provider)
        {
            case AiProvider.AzureOpenAi:
                builder.AddAzureOpenAIChatCompletion(string.IsNullOrWhiteSpace(o.Deployment) ? o.Model! : o.Deployment, o.Endpoint!, key!, httpClient: client,
                    modelId: string.IsNullOrWhiteSpace(o.Model) ? null : o.Model);
                break;
            case AiProvider.OpenAi when string.IsNullOrWhiteSpace(o.Endpoint):
                builder.AddOpenAIChatCompletion(o.Model!, key!, httpClient: client);
                break;
            default:
                // Local servers ignore the key, but the client insists on one.
                builder.AddOpenAIChatCompletion(o.Model!, new Uri(o.Endpoint!), key ?? "not-needed", httpClient: client);
                break;
        }
#pragma warning restore SKEXP0010

        var kernel = builder.Build();
        var ledger = new CitationLedger();
        var calls = new FunctionCallLog();
        if (allowed.Count > 0)
        {
            kernel.Plugins.AddFromObject(new FindingLookupPlugin(search, index, findings, ledger), FunctionAllowList.Plugin);
        }

        kernel.FunctionInvocationFilters.Add(new AllowListFilter(allowed, calls, loggers.CreateLogger<AllowListFilter>()));
        return new ModelSession(kernel, ledger, calls, allowed, key);
    }
}
