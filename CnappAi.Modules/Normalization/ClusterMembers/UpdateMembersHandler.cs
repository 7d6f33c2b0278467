using System.Data.Common;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CnappAi.Modules.Normalization.ClusterMembers;

/// <summary>
/// Writes enrichment and cluster moves in bulk: one prepared, parameterised statement per kind, its parameters created
/// once and rebound for every row, inside one transaction per call. The correlate-and-score pass may touch hundreds of
/// thousands of rows, which change tracking would make many times slower. The SQL is plain and portable.
/// </summary>
internal sealed class UpdateMembersHandler(IDbContextFactory<CnappAiDbContext> contexts)
{
    private const string EnrichSql =
        "UPDATE normalization_findings SET ControlId = @control, MatchReason = @reason, RiskScore = @score, Priority = @priority, " +
        "RiskFactors = @factors, Team = @team, Environment = @environment, SlaDue = @due, SuppressedUntil = @suppressed, " +
        "Secondary = @secondary, ClusterSources = @sources WHERE Id = @id";

    // The score pass's usual change: four indexes to maintain instead of eight.
    private const string ScoreSql =
        "UPDATE normalization_findings SET RiskScore = @score, Priority = @priority, RiskFactors = @factors, SlaDue = @due, " +
        "Secondary = @secondary, ClusterSources = @sources WHERE Id = @id";

    private const string MoveSql =
        "UPDATE normalization_findings SET ClusterId = @cluster, ControlId = @control, MatchReason = @reason WHERE Id = @id";

    private static readonly string[] EnrichParameters = ["@id", "@control", "@reason", "@score", "@priority", "@factors", "@team", "@environment", "@due", "@suppressed", "@secondary", "@sources"];
    private static readonly string[] ScoreParameters = ["@id", "@score", "@priority", "@factors", "@due", "@secondary", "@sources"];
    private static readonly string[] MoveParameters = ["@id", "@cluster", "@control", "@reason"];

    public async Task<int> EnrichAsync(IReadOnlyList<EnrichmentUpdate> updates, CancellationToken ct)
    {
        var scoreOnly = updates.Where(u => u.ScoreOnly).ToList();
        var changed = await RunAsync(scoreOnly, ScoreSql, ScoreParameters, u =>
        {
            var e = u.Enrichment;
            return [u.FindingId, e.RiskScore, e.Priority, e.RiskFactors, e.SlaDue?.ToUnixTimeMilliseconds(), !e.IsPrimary, e.ClusterSources];
        }, ct).ConfigureAwait(false);
        return changed + await RunAsync(scoreOnly.Count == 0 ? updates : [.. updates.Where(u => !u.ScoreOnly)], EnrichSql, EnrichParameters, u =>
        {
            var e = u.Enrichment;
            return [u.FindingId, e.ControlId, e.MatchReason, e.RiskScore, e.Priority, e.RiskFactors, e.Team, e.Environment,
                e.SlaDue?.ToUnixTimeMilliseconds(), e.SuppressedUntil?.ToUnixTimeMilliseconds(), !e.IsPrimary, e.ClusterSources];
        }, ct).ConfigureAwait(false);
    }

    public Task<int> MoveAsync(IReadOnlyList<ClusterMove> moves, CancellationToken ct) =>
        RunAsync(moves, MoveSql, MoveParameters, m => [m.FindingId, m.ClusterId, m.ControlId, m.MatchReason], ct);

    private async Task<int> RunAsync<T>(IReadOnlyList<T> items, string sql, string[] names, Func<T, object?[]> values, CancellationToken ct)
    {
        if (items.Count == 0)
        {
            return 0;
        }

        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        await db.Database.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = sql;
        var parameters = names.Select(name =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        await command.PrepareAsync(ct).ConfigureAwait(false);
        var changed = 0;
        foreach (var item in items)
        {
            Bind(parameters, values(item));
            changed += await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return changed;
    }

    private static void Bind(DbParameter[] parameters, object?[] values)
    {
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
