using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace CnappAi.Modules.Remediation.Executors;

/// <summary>
/// The executors' HTTP client: a total timeout, retries with exponential backoff and jitter that honour
/// <c>Retry-After</c>, and a per-attempt timeout. A request that creates something (POST) is retried here only when
/// the server said it did not process it (429, 503); a timeout or other failure goes back to the executor, which
/// looks the object up by its idempotency key before creating it again.
/// </summary>
internal static class RemediationHttp
{
    public const string ClientName = "remediation-executors";

    public static IServiceCollection AddRemediationHttp(this IServiceCollection services)
    {
        services.AddHttpClient(ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan).AddResilienceHandler("remediation", Resilience);
        return services;
    }

    private static void Resilience(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<RemediationOptions>>().Value;
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
                ShouldHandle = args => ValueTask.FromResult(options.MaxRetries > 0 && ShouldRetry(args.Outcome, args.Context.GetRequestMessage())),
            })
            .AddTimeout(options.AttemptTimeout);
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, HttpRequestMessage? request)
    {
        if (!HttpClientResiliencePredicates.IsTransient(outcome))
        {
            return false;
        }

        var repeatable = request?.Method is { } method && method != HttpMethod.Post;
        var refused = outcome.Result?.StatusCode is System.Net.HttpStatusCode.TooManyRequests or System.Net.HttpStatusCode.ServiceUnavailable;
        return repeatable || refused;
    }
}
