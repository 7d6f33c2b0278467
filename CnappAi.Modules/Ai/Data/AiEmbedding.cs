namespace CnappAi.Modules.Ai.Data;

/// <summary>The embedding of one distinct text under one model, keyed by the text's hash so each text is embedded once.</summary>
internal sealed class AiEmbedding
{
    public required string TextHash { get; set; }
    public required string Model { get; set; }
    public required string Text { get; set; }
    public required byte[] Vector { get; set; }
}
