namespace CnappAi.Modules.Ingestion.Connectors.Http;

/// <summary>The vendor refused the connector's credentials (or its token endpoint failed); the message never carries a secret.</summary>
internal sealed class ConnectorAuthException(string message) : Exception(message);
