namespace CnappAi.Modules.Ai.Data;

/// <summary>A secret entered in the UI, stored only as Data Protection ciphertext.</summary>
internal sealed class AiSecret
{
    public required string Name { get; set; }
    public required string Protected { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
