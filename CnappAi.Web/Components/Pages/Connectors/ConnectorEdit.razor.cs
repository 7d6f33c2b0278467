using CnappAi.Modules.Ingestion.Contracts;
using FluentValidation;
using Microsoft.AspNetCore.Components;

namespace CnappAi.Web.Components.Pages.Connectors;

/// <summary>
/// Add or edit a connector. Validation is the facade's (the same rules whatever saves a connector); its messages
/// are shown as they are. Secrets are write-only: the form never shows a stored one.
/// </summary>
public partial class ConnectorEdit
{
    private ConnectorForm _form = new();
    private ConnectorView? _existing;
    private List<string> _errors = [];
    private bool _notFound;
    private bool _saving;

    [Parameter]
    public string? Name { get; set; }

    private bool IsNew => string.IsNullOrEmpty(Name);

    private string ClientIdLabel => _form.Vendor switch
    {
        ConnectorVendor.Wiz => "Client id",
        ConnectorVendor.Prisma => "Access key id",
        ConnectorVendor.Lacework => "API key id",
        _ => "Client id (not used)",
    };

    private string SecretLabel => _form.Vendor switch
    {
        ConnectorVendor.Wiz => "Client secret",
        ConnectorVendor.Prisma => "Secret key",
        ConnectorVendor.Orca => "API token",
        _ => "API secret",
    };

    private string BaseUrlHelp => _form.Vendor switch
    {
        ConnectorVendor.Wiz => "the tenant's GraphQL endpoint, e.g. https://api.us17.app.wiz.io/graphql",
        ConnectorVendor.Prisma => "the API host of your region, e.g. https://api2.prismacloud.io",
        ConnectorVendor.Orca => "e.g. https://api.orcasecurity.io",
        _ => "your account URL, e.g. https://acme.lacework.net",
    };

    private string QueriesHelp => _form.Vendor switch
    {
        ConnectorVendor.Wiz => "issues, vulnerabilities, configurations",
        ConnectorVendor.Prisma => "alerts, compute-images",
        ConnectorVendor.Orca => "alerts",
        _ => "alerts, host-vulnerabilities, container-vulnerabilities",
    };

    protected override async Task OnParametersSetAsync()
    {
        if (IsNew)
        {
            return;
        }

        _existing = await Ingestion.GetConnectorAsync(Name!, CancellationToken.None);
        _notFound = _existing is null;
        if (_existing is not null)
        {
            _form = ConnectorForm.From(_existing);
        }
    }

    private static string SecretHelp(SecretSource? current) => current switch
    {
        SecretSource.Environment => "set by an environment variable, which wins over anything typed here",
        SecretSource.Stored => "stored encrypted; leave empty to keep it",
        _ => "stored encrypted; or set CNAPPAI_CONNECTOR__<NAME>__… in the environment",
    };

    private async Task SaveAsync()
    {
        _saving = true;
        try
        {
            var saved = await Ingestion.SaveConnectorAsync(_form.ToSettings(), CancellationToken.None);
            Snackbar.Add($"Saved {saved.Name}.", MudBlazor.Severity.Success);
            Navigation.NavigateTo("connectors");
        }
        catch (ValidationException ex)
        {
            _errors = [.. ex.Errors.Select(e => e.ErrorMessage).Distinct()];
        }
        finally
        {
            _saving = false;
        }
    }
}
