using System.ComponentModel.DataAnnotations;

namespace CnappAi.Modules.Posture;

/// <summary>Configuration section <c>Posture</c>.</summary>
internal sealed class PostureOptions
{
    public const string SectionName = "Posture";

    /// <summary>When the daily snapshot runs (cron, UTC).</summary>
    [Required]
    public string SnapshotCron { get; set; } = "30 0 * * *";

    /// <summary>Days of history reconstructed on the first capture, so trends show at once.</summary>
    [Range(0, 366)]
    public int BackfillDays { get; set; } = 42;
}
