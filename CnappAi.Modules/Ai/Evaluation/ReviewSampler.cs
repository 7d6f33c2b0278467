using CnappAi.Modules.Ai.Configuration;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.Ai.Evaluation;

/// <summary>
/// Picks outputs for the review queue at the configured rate. The choice is a function of the output id, so it is
/// uniform, reproducible in tests, and does not need a random source.
/// </summary>
internal sealed class ReviewSampler(IOptions<AiOptions> options)
{
    public bool ShouldSample(Guid outputId)
    {
        var rate = options.Value.Evaluation.SampleRate;
        if (rate <= 0)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[16];
        outputId.TryWriteBytes(bytes);
        var bucket = BitConverter.ToUInt32(bytes[..4]) / (double)uint.MaxValue;
        return bucket < rate;
    }
}
