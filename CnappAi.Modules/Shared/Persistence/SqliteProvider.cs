using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CnappAi.Modules.Shared.Persistence;

/// <summary>
/// Everything specific to SQLite lives here, so that moving to PostgreSQL for several instances means
/// replacing this class (and adding that provider's migrations), not touching modules.
/// </summary>
internal static class SqliteProvider
{
    public static void Configure(DbContextOptionsBuilder options, string connectionString)
    {
        EnsureDirectory(connectionString);
        options.UseSqlite(connectionString, sqlite => sqlite.CommandTimeout(60))
            .AddInterceptors(new PragmaInterceptor());
    }

    private static void EnsureDirectory(string connectionString)
    {
        var source = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(source) || source == ":memory:" || source.StartsWith("file:", StringComparison.Ordinal))
        {
            return;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(source));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
    }

    /// <summary>
    /// WAL lets the dashboard read while an import writes; busy_timeout makes a second writer wait instead
    /// of failing with "database is locked"; NORMAL sync is safe under WAL (a crash loses no committed data
    /// that was checkpointed, and never corrupts the file).
    /// </summary>
    private sealed class PragmaInterceptor : DbConnectionInterceptor
    {
        private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=30000; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA wal_autocheckpoint=16384;";

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        private static void Apply(DbConnection connection)
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }
    }
}
