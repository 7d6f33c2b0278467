using CnappAi.Modules.Ai.Search;
using Hangfire;

namespace CnappAi.Modules.Ai.Jobs;

/// <summary>Embeds the finding texts not embedded yet, so searches do not pay for it; safe to run twice.</summary>
[DisableConcurrentExecution(timeoutInSeconds: 600)]
internal sealed class IndexEmbeddingsJob(EmbeddingIndex index)
{
    public Task RunAsync(CancellationToken ct) => index.IndexAsync(ct);
}
