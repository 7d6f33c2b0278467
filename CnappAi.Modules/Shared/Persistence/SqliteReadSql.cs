namespace CnappAi.Modules.Shared.Persistence;

/// <summary>
/// Read-side SQL that only SQLite needs, kept beside <see cref="SqliteProvider"/>. SQLite's planner prefers an index
/// that serves a filter over one that serves the ORDER BY, so a broad filter (a severity most rows have) sorts hundreds
/// of thousands of rows for one page. Naming the sort index makes it walk rows in order and stop after the page. On
/// PostgreSQL the planner weighs the LIMIT itself; there this becomes a plain table reference.
/// </summary>
internal static class SqliteReadSql
{
    /// <summary>Every column of <paramref name="table"/>, read along <paramref name="index"/> (both EF model names).</summary>
    public static string InIndexOrder(string table, string index) => $"SELECT * FROM \"{table}\" INDEXED BY \"{index}\"";
}
