using System.ComponentModel.DataAnnotations;

namespace CnappAi.Modules.Ai.Configuration;

/// <summary>How outputs are sampled for review and when a function falls back to the rule engine.</summary>
internal sealed class EvaluationOptions
{
    /// <summary>Share of outputs sent to the review queue (outputs that led to an action always go).</summary>
    [Range(0.0, 1.0)]
    public double SampleRate { get; set; } = 0.1;

    /// <summary>Reviewed accuracy of a function's model outputs below which it switches to the rule engine.</summary>
    [Range(0.0, 1.0)]
    public double AccuracyBar { get; set; } = 0.7;

    /// <summary>Reviews needed before the bar is applied, so one early mistake does not switch a function off.</summary>
    [Range(1, 10000)]
    public int MinimumReviews { get; set; } = 10;
}
