namespace CnappAi.Modules.Ingestion.Connectors.Settings;

/// <summary>A connector cannot run as configured (missing secret, unknown connector); retrying will not help.</summary>
internal sealed class ConnectorConfigurationException(string message) : Exception(message);
