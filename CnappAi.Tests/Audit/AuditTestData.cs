using CnappAi.Modules.Shared.Audit;
using CnappAi.Modules.Shared.Security;
using CnappAi.Tests.TestInfrastructure;
using Microsoft.Data.Sqlite;

namespace CnappAi.Tests.Audit;

internal static class AuditTestData
{
    public static readonly Actor Analyst = Actor.User("u-ana", "ana", [Roles.Analyst]);

    public static AuditRecord Record(int n, params string[] findingIds) =>
        AuditRecord.Of("plan.requested", Analyst, "plan", $"plan-{n}", new { n, note = $"record {n}" }, findingIds);

    public static async Task AppendAsync(TestServices services, int count)
    {
        var writer = services.Get<IAuditWriter>();
        for (var i = 1; i <= count; i++)
        {
            await writer.AppendAsync([Record(i, $"f-{i}")], CancellationToken.None);
        }
    }

    /// <summary>What an attacker with write access to the database file does: drop the guards, then edit.</summary>
    public static async Task TamperAsync(string databasePath, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "DROP TRIGGER IF EXISTS audit_entries_no_update; DROP TRIGGER IF EXISTS audit_entries_no_delete; " + sql;
        await command.ExecuteNonQueryAsync();
    }
}
