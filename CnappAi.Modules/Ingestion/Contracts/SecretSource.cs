namespace CnappAi.Modules.Ingestion.Contracts;

/// <summary>Where a connector's secret comes from; an environment variable wins over the stored value.</summary>
public enum SecretSource
{
    Missing,
    Stored,
    Environment,
}
