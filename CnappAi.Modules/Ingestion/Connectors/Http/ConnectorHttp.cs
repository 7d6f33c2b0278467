using CnappAi.Modules.Ingestion.Connectors.Vendors.Lacework;
using CnappAi.Modules.Ingestion.Connectors.Vendors.Orca;
using CnappAi.Modules.Ingestion.Connectors.Vendors.Prisma;
using CnappAi.Modules.Ingestion.Connectors.Vendors.Wiz;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace CnappAi.Modules.Ingestion.Connectors.Http;

/// <summary>
/// The typed clients, one per vendor, each with the same chain: a total timeout, retries with exponential
/// backoff and jitter on 408/429/5xx that honour <c>Retry-After</c>, a per-attempt timeout, the connector's
/// concurrency and rate limits, then the vendor's token handler (which refreshes once on 401).
/// </summary>
internal static class ConnectorHttp
{
    public const string AuthClient = "ingestion-connector-auth";

    public static IServiceCollection AddConnectorHttp(this IServiceCollection services)
    {
        services.AddSingleton<TokenCache>();
        services.AddSingleton<ConnectorLimiters>();
        services.AddTransient<ConnectorLimitHandler>();
        services.AddTransient<WizAuthHandler>();
        services.AddTransient<PrismaAuthHandler>();
        services.AddTransient<OrcaAuthHandler>();
        services.AddTransient<LaceworkAuthHandler>();

        services.AddHttpClient(AuthClient, NoClientTimeout).AddResilienceHandler("ingestion-auth", Resilience);
        Chain<WizAuthHandler>(services.AddHttpClient<WizClient>(NoClientTimeout), "ingestion-wiz");
        Chain<PrismaAuthHandler>(services.AddHttpClient<PrismaClient>(NoClientTimeout), "ingestion-prisma");
        Chain<OrcaAuthHandler>(services.AddHttpClient<OrcaClient>(NoClientTimeout), "ingestion-orca");
        Chain<LaceworkAuthHandler>(services.AddHttpClient<LaceworkClient>(NoClientTimeout), "ingestion-lacework");
        return services;
    }

    // Outermost first: resilience wraps every attempt, each attempt takes a limiter slot, then gets its token.
    private static void Chain<TAuth>(IHttpClientBuilder client, string pipeline)
        where TAuth : VendorAuthHandler
    {
        client.AddResilienceHandler(pipeline, Resilience);
        client.AddHttpMessageHandler<ConnectorLimitHandler>();
        client.AddHttpMessageHandler<TAuth>();
    }

    // The resilience pipeline owns timeouts; HttpClient's own 100 s would cut a slow Wiz query short.
    private static void NoClientTimeout(HttpClient client) => client.Timeout = Timeout.InfiniteTimeSpan;

    private static void Resilience(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<ConnectorsOptions>>().Value;
        builder
            .AddTimeout(options.RequestTimeout)
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(1, options.MaxRetries),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.MaxRetryDelay,
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(options.MaxRetries > 0 && HttpClientResiliencePredicates.IsTransient(args.Outcome)),
            })
            .AddTimeout(options.AttemptTimeout);
    }
}
