using CnappAi.Modules.Ingestion.Contracts;

namespace CnappAi.Modules.Ingestion.Connectors.Settings;

/// <summary>
/// A connector ready to talk to its vendor: settings plus resolved secrets. A class, not a record, so that no
/// generated <c>ToString</c> can ever print a secret into a log; <see cref="Scrub"/> removes them from any text
/// (an error body that echoes a credential) before it is logged or stored.
/// </summary>
internal sealed class ConnectorContext(
    Guid id,
    string name,
    ConnectorVendor vendor,
    Uri baseUrl,
    string? clientId,
    string? clientSecret,
    string? webhookSecret,
    ConnectorOptions options)
{
    public Guid Id => id;

    public string Name => name;

    public ConnectorVendor Vendor => vendor;

    public Uri BaseUrl => baseUrl;

    public string? ClientId => clientId;

    public string? ClientSecret => clientSecret;

    public string? WebhookSecret => webhookSecret;

    public ConnectorOptions Options => options;

    public string RequireClientSecret() =>
        string.IsNullOrEmpty(clientSecret)
            ? throw new ConnectorConfigurationException($"connector '{name}' has no client secret (set it in the UI or in {ConnectorSecrets.EnvironmentVariable(name, ConnectorSecrets.ClientSecretName)})")
            : clientSecret;

    public string RequireClientId() =>
        string.IsNullOrEmpty(clientId) ? throw new ConnectorConfigurationException($"connector '{name}' has no client id") : clientId;

    public string Scrub(string? text)
    {
        var result = text ?? string.Empty;
        foreach (var secret in new[] { clientSecret, webhookSecret })
        {
            if (!string.IsNullOrEmpty(secret) && secret.Length >= 4)
            {
                result = result.Replace(secret, "***", StringComparison.Ordinal);
            }
        }

        return result;
    }

    public override string ToString() => $"{vendor} connector '{name}'";
}
