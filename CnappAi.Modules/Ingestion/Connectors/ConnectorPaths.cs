using CnappAi.Modules.Shared.Persistence;
using Microsoft.Extensions.Configuration;

namespace CnappAi.Modules.Ingestion.Connectors;

/// <summary>Where connector files live: the raw archive under the data folder (see <see cref="DataFolder"/>).</summary>
internal sealed class ConnectorPaths(string dataDirectory)
{
    public string DataDirectory { get; } = Path.GetFullPath(dataDirectory);

    public string RawDirectory => Path.Combine(DataDirectory, "raw");

    public static ConnectorPaths From(IConfiguration configuration) => new(DataFolder.Resolve(configuration));
}
