using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace CnappAi.Modules.Shared.Persistence;

/// <summary>
/// The folder for everything kept beside the database (job storage, Data Protection keys, raw archives, the sample
/// tenant): <c>Data:Directory</c> when set, else the SQLite database's own folder (so a verb's <c>--db</c> keeps its
/// files with its data), else the default data folder.
/// </summary>
public static class DataFolder
{
    public static string Resolve(IConfiguration configuration)
    {
        var configured = configuration[DatabaseOptions.DataDirectoryKey];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        var source = DataSourceOf(PersistenceModule.ResolveConnectionString(configuration));
        var directory = string.IsNullOrEmpty(source) || source == ":memory:" || source.StartsWith("file:", StringComparison.Ordinal)
            ? null
            : Path.GetDirectoryName(Path.GetFullPath(source));
        return directory ?? DatabaseOptions.DefaultDataDirectory;
    }

    private static string? DataSourceOf(string connectionString)
    {
        try
        {
            return new SqliteConnectionStringBuilder(connectionString).DataSource;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
