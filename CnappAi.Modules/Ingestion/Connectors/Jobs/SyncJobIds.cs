namespace CnappAi.Modules.Ingestion.Connectors.Jobs;

/// <summary>Stable recurring-job ids, so re-registering a connector's schedule replaces it instead of adding another.</summary>
internal static class SyncJobIds
{
    public static string Incremental(string connector) => $"ingestion:sync:{connector}";

    public static string Full(string connector) => $"ingestion:sync:{connector}:full";
}
