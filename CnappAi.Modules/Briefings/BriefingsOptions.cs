using System.ComponentModel.DataAnnotations;

namespace CnappAi.Modules.Briefings;

/// <summary>Configuration section <c>Briefings</c>. The Slack webhook URL is a secret: set it through the environment (<c>Briefings__SlackWebhookUrl</c>).</summary>
internal sealed class BriefingsOptions
{
    public const string SectionName = "Briefings";

    public ScheduleOptions Schedules { get; set; } = new();

    /// <summary>Slack incoming-webhook URL; empty means no Slack delivery.</summary>
    public string? SlackWebhookUrl { get; set; }

    /// <summary>The dashboard's address, for the link in the Slack message.</summary>
    public string DashboardUrl { get; set; } = "http://localhost:5080";

    /// <summary>Where exports are kept; empty means <c>briefings/</c> in the data folder.</summary>
    public string? OutputDirectory { get; set; }

    /// <summary>Chromium for PDF; empty means <c>chromium</c> or <c>chromium-browser</c> on PATH.</summary>
    public string? ChromiumPath { get; set; }

    [Range(5, 600)]
    public int PdfTimeoutSeconds { get; set; } = 60;

    public sealed class ScheduleOptions
    {
        /// <summary>Cron (UTC) of the daily briefing; empty disables it.</summary>
        public string Daily { get; set; } = "0 7 * * *";

        /// <summary>Cron (UTC) of the weekly briefing; empty disables it.</summary>
        public string Weekly { get; set; } = "0 7 * * 1";
    }
}
