namespace CnappAi.Modules.Ai.Data;

/// <summary>Whether a function may use the model. No row means it may.</summary>
internal sealed class AiFunctionSetting
{
    public required string Function { get; set; }
    public bool ModelAllowed { get; set; } = true;
    public string? Reason { get; set; }
    public string? ChangedBy { get; set; }
    public DateTimeOffset ChangedAt { get; set; }

    /// <summary>Reviews of outputs produced before this instant no longer count towards the accuracy bar.</summary>
    public DateTimeOffset CountReviewsFrom { get; set; }
}
