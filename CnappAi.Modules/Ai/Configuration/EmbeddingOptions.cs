namespace CnappAi.Modules.Ai.Configuration;

/// <summary>Semantic search over finding and rule text with a model shipped in a NuGet package (no download at run time).</summary>
internal sealed class EmbeddingOptions
{
    /// <summary><c>arctic-xs</c> (Snowflake Arctic Embed XS, ONNX) or <c>lexical</c> (hashed TF-IDF, no model).</summary>
    public string Model { get; set; } = "arctic-xs";

    /// <summary>Cron of the job that embeds new finding texts; empty to embed only on demand.</summary>
    public string? IndexCron { get; set; } = "*/15 * * * *";
}
