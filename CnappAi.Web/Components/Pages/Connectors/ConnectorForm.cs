using CnappAi.Modules.Ingestion.Contracts;

namespace CnappAi.Web.Components.Pages.Connectors;

/// <summary>The editable shape of a connector for the form; secrets start empty and stay unchanged unless typed.</summary>
public sealed class ConnectorForm
{
    public string Name { get; set; } = string.Empty;
    public ConnectorVendor Vendor { get; set; } = ConnectorVendor.Wiz;
    public string BaseUrl { get; set; } = string.Empty;
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }
    public string? WebhookSecret { get; set; }
    public bool Enabled { get; set; } = true;
    public string Cron { get; set; } = "*/30 * * * *";
    public string? FullSyncCron { get; set; }
    public string? AuthUrl { get; set; }
    public string? Audience { get; set; }
    public string? ComputeUrl { get; set; }
    public string? SubAccount { get; set; }
    public string? Queries { get; set; }
    public int? PageSize { get; set; }
    public int? MaxPages { get; set; }
    public int? OverlapMinutes { get; set; }
    public int? FullSyncLookbackDays { get; set; }
    public double? RequestsPerSecond { get; set; }
    public int? MaxConcurrentRequests { get; set; }
    public WebhookAuthMode WebhookAuth { get; set; }

    public static ConnectorForm From(ConnectorView view) => new()
    {
        Name = view.Name,
        Vendor = view.Vendor,
        BaseUrl = view.BaseUrl,
        ClientId = view.ClientId,
        Enabled = view.Enabled,
        Cron = view.Cron,
        FullSyncCron = view.FullSyncCron,
        AuthUrl = view.Options.AuthUrl,
        Audience = view.Options.Audience,
        ComputeUrl = view.Options.ComputeUrl,
        SubAccount = view.Options.SubAccount,
        Queries = string.Join(", ", view.Options.Queries),
        PageSize = view.Options.PageSize,
        MaxPages = view.Options.MaxPages,
        OverlapMinutes = view.Options.OverlapMinutes,
        FullSyncLookbackDays = view.Options.FullSyncLookbackDays,
        RequestsPerSecond = view.Options.RequestsPerSecond,
        MaxConcurrentRequests = view.Options.MaxConcurrentRequests,
        WebhookAuth = view.Options.WebhookAuth,
    };

    /// <summary>Blank secret fields mean "keep what is stored" (null); the facade never sees an accidental empty secret.</summary>
    public ConnectorSettings ToSettings() => new()
    {
        Name = Name.Trim(),
        Vendor = Vendor,
        BaseUrl = BaseUrl.Trim(),
        ClientId = ClientId,
        ClientSecret = string.IsNullOrEmpty(ClientSecret) ? null : ClientSecret,
        WebhookSecret = string.IsNullOrEmpty(WebhookSecret) ? null : WebhookSecret,
        Enabled = Enabled,
        Cron = Cron,
        FullSyncCron = FullSyncCron,
        Options = new ConnectorOptions
        {
            AuthUrl = Blank(AuthUrl),
            Audience = Blank(Audience),
            ComputeUrl = Blank(ComputeUrl),
            SubAccount = Blank(SubAccount),
            Queries = [.. (Queries ?? string.Empty).Split([',', ' '], StringSplitOptions.RemoveEmptyEntries)],
            PageSize = PageSize,
            MaxPages = MaxPages,
            OverlapMinutes = OverlapMinutes,
            FullSyncLookbackDays = FullSyncLookbackDays,
            RequestsPerSecond = RequestsPerSecond,
            MaxConcurrentRequests = MaxConcurrentRequests,
            WebhookAuth = WebhookAuth,
        },
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
