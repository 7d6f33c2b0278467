using CnappAi.Modules.Ai.Configuration;
using CnappAi.Modules.Shared.Jobs;
using Hangfire;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.Ai.Jobs;

/// <summary>The AI module's recurring jobs.</summary>
internal sealed class AiJobs(IOptions<AiOptions> options) : IRecurringJobSource
{
    public const string IndexEmbeddings = "ai:index-embeddings";

    public void Register(IRecurringJobManager jobs)
    {
        if (string.IsNullOrWhiteSpace(options.Value.Embeddings.IndexCron))
        {
            jobs.RemoveIfExists(IndexEmbeddings);
            return;
        }

        jobs.AddOrUpdate<IndexEmbeddingsJob>(IndexEmbeddings, job => job.RunAsync(CancellationToken.None), options.Value.Embeddings.IndexCron);
    }
}
