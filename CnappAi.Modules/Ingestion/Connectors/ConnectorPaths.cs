using CnappAi.Modules.Shared.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace CnappAi.Modules.Ingestion.Connectors;

/// <summary>
/// Where connector files live: <c>Data:Directory</c> when set, else beside the SQLite database (so a verb's
/// <c>--db</c> keeps its raw archive and keys with its data), else the default data folder.
/// </summary>
internal sealed class ConnectorPaths(string dataDirectory)
{
    public string DataDirectory { get; } = Path.GetFullPath(dataDirectory);

    public string RawDirectory => Path.Combine(DataDirectory, "raw");

    public string KeysDirectory => Path.Combine(DataDirectory, "keys");

    public static ConnectorPaths From(IConfiguration configuration)
    {
        var configured = configuration[DatabaseOptions.DataDirectoryKey];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new ConnectorPaths(configured);
        }

        var connectionString = PersistenceModule.ResolveConnectionString(configuration);
        var source = TryDataSource(connectionString);
        var directory = string.IsNullOrEmpty(source) || source == ":memory:" || source.StartsWith("file:", StringComparison.Ordinal)
            ? null
            : Path.GetDirectoryName(Path.GetFullPath(source));
        return new ConnectorPaths(directory ?? DatabaseOptions.DefaultDataDirectory);
    }

    private static string? TryDataSource(string connectionString)
    {
        try
        {
            return new SqliteConnectionStringBuilder(connectionString).DataSource;
        }
        catch (ArgumentException)
        {
            // Not a SQLite connection string (another provider): use the default folder.
            return null;
        }
    }
}
