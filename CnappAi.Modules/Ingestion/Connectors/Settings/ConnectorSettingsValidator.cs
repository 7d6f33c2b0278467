using CnappAi.Modules.Ingestion.Contracts;
using Cronos;
using FluentValidation;

namespace CnappAi.Modules.Ingestion.Connectors.Settings;

/// <summary>What a connector must look like before it is stored; the UI shows these messages as they are.</summary>
internal sealed class ConnectorSettingsValidator : AbstractValidator<ConnectorSettings>
{
    public ConnectorSettingsValidator()
    {
        RuleFor(s => s.Name).Matches("^[a-z0-9][a-z0-9-]{0,63}$")
            .WithMessage("name must be 1-64 lower-case letters, digits or dashes, starting with a letter or digit");
        RuleFor(s => s.Vendor).IsInEnum();
        RuleFor(s => s.BaseUrl).Must(BeHttpUrl).WithMessage("base URL must be an absolute http(s) URL");
        RuleFor(s => s.ClientId).NotEmpty().When(s => s.Vendor != ConnectorVendor.Orca)
            .WithMessage("client id (Wiz client id, Prisma access key id or Lacework key id) is required");
        RuleFor(s => s.Cron).Must(BeCron).WithMessage("schedule must be a cron expression such as */30 * * * *");
        RuleFor(s => s.FullSyncCron).Must(BeCron).When(s => !string.IsNullOrWhiteSpace(s.FullSyncCron))
            .WithMessage("full sync schedule must be a cron expression such as 0 3 * * 0");
        RuleFor(s => s.Options.AuthUrl).Must(BeHttpUrl).When(s => !string.IsNullOrWhiteSpace(s.Options.AuthUrl))
            .WithMessage("auth URL must be an absolute http(s) URL");
        RuleFor(s => s.Options.ComputeUrl).Must(BeHttpUrl).When(s => !string.IsNullOrWhiteSpace(s.Options.ComputeUrl))
            .WithMessage("Compute URL must be an absolute http(s) URL");
        RuleFor(s => s.Options.PageSize).InclusiveBetween(1, 10_000).When(s => s.Options.PageSize is not null);
        RuleFor(s => s.Options.MaxPages).InclusiveBetween(1, 100_000).When(s => s.Options.MaxPages is not null);
        RuleFor(s => s.Options.OverlapMinutes).InclusiveBetween(0, 10_080).When(s => s.Options.OverlapMinutes is not null);
        RuleFor(s => s.Options.FullSyncLookbackDays).InclusiveBetween(1, 3650).When(s => s.Options.FullSyncLookbackDays is not null);
        RuleFor(s => s.Options.RequestsPerSecond).InclusiveBetween(0.01, 1000).When(s => s.Options.RequestsPerSecond is not null);
        RuleFor(s => s.Options.MaxConcurrentRequests).InclusiveBetween(1, 64).When(s => s.Options.MaxConcurrentRequests is not null);
    }

    public static bool BeCron(string? cron)
    {
        var text = cron?.Trim() ?? string.Empty;
        try
        {
            CronExpression.Parse(text, text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);
            return true;
        }
        catch (CronFormatException)
        {
            return false;
        }
    }

    private static bool BeHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
