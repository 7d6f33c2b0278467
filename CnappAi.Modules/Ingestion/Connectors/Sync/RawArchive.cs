using System.Globalization;

namespace CnappAi.Modules.Ingestion.Connectors.Sync;

/// <summary>
/// The raw archive: every fetched page and webhook body as the vendor sent it, under
/// <c>&lt;data&gt;/raw/&lt;connector&gt;/</c>. Imported findings keep the page file as their origin, so any
/// normalized field traces back to these bytes; the folder also scopes "findings this connector brought in".
/// </summary>
internal sealed class RawArchive(ConnectorPaths paths)
{
    /// <summary>The connector's folder with a trailing separator (a prefix of every file it archives).</summary>
    public string ConnectorFolder(string connector) =>
        Path.Combine(paths.RawDirectory, connector) + Path.DirectorySeparatorChar;

    public string PagePath(string connector, Guid runId, string query, int page) =>
        Path.Combine(paths.RawDirectory, connector, runId.ToString("N"), $"{query}-{page.ToString("D4", CultureInfo.InvariantCulture)}.json");

    public string WebhookPath(string connector, long deliveryId, string name) =>
        Path.Combine(paths.RawDirectory, connector, "webhooks", deliveryId.ToString(CultureInfo.InvariantCulture), name + ".json");

    public string ProbePath(string connector) =>
        Path.Combine(paths.RawDirectory, connector, "connection-tests", Guid.NewGuid().ToString("N") + ".json");
}
