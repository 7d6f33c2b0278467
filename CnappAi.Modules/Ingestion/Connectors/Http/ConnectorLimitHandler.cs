namespace CnappAi.Modules.Ingestion.Connectors.Http;

/// <summary>Holds a connector's concurrency slot and rate token for each attempt (it sits inside the retry handler).</summary>
internal sealed class ConnectorLimitHandler(ConnectorLimiters limiters) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var slot = await limiters.AcquireAsync(request.Connector(), cancellationToken).ConfigureAwait(false);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
