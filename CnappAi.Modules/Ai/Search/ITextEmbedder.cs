namespace CnappAi.Modules.Ai.Search;

/// <summary>Turns texts into unit-length vectors whose dot product is their similarity in meaning.</summary>
internal interface ITextEmbedder
{
    /// <summary>Stored with every vector, so vectors of different models are never compared.</summary>
    string ModelName { get; }

    float[][] Embed(IReadOnlyList<string> texts, CancellationToken ct);
}
