using Microsoft.Extensions.Logging;

namespace CnappAi.Modules.Ai.Search;

/// <summary>
/// Chooses the embedder on first use, not at start-up (loading the ONNX model takes seconds, and most verbs never
/// search): the ONNX model when its native runtime loads on this machine, else the lexical embedding, with a warning.
/// </summary>
internal sealed class SelectingEmbedder(bool lexicalOnly, ILogger<SelectingEmbedder> logger) : ITextEmbedder
{
    private readonly Lazy<ITextEmbedder> _chosen = new(() => Choose(lexicalOnly, logger), LazyThreadSafetyMode.ExecutionAndPublication);

    public string ModelName => _chosen.Value.ModelName;

    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken ct) => _chosen.Value.Embed(texts, ct);

    private static ITextEmbedder Choose(bool lexicalOnly, ILogger logger)
    {
        if (lexicalOnly)
        {
            return new HashedLexicalEmbedder();
        }

        var arctic = new ArcticEmbedder();
        try
        {
            arctic.Embed(["probe"], CancellationToken.None);
            return arctic;
        }
        catch (Exception ex) when (ex is TypeInitializationException or DllNotFoundException or BadImageFormatException or InvalidOperationException or EntryPointNotFoundException)
        {
            logger.LogWarning(ex, "The ONNX embedding model could not load; semantic search falls back to lexical embeddings");
            return new HashedLexicalEmbedder();
        }
    }
}
