using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Normalization.Data;
using CnappAi.Modules.Shared.Persistence;
using Microsoft.Data.Sqlite;

namespace CnappAi.Modules.Normalization.StoreFindings;

/// <summary>
/// The finding and raw-record upserts of one batch as prepared commands whose parameters are created once and rebound
/// per row (see <see cref="SqliteBulkSql"/>). Column values match what the EF model stores: enums as integers,
/// timestamps as Unix milliseconds, lists as newline-separated text.
/// </summary>
internal sealed class FindingRows : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly SqliteCommand _raw;
    private readonly SqliteParameter[] _rawParameters;
    private SqliteCommand? _full;
    private SqliteParameter[] _fullParameters = [];
    private SqliteCommand? _keep;
    private SqliteParameter[] _keepParameters = [];

    public FindingRows(SqliteConnection connection, SqliteTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
        (_raw, _rawParameters) = Prepare(SqliteBulkSql.UpsertRaw, ["@FindingId", "@Raw"]);
    }

    public static async Task<Dictionary<string, (string Hash, long? LastSeen)>> ReadExistingAsync(
        SqliteConnection connection, SqliteTransaction transaction, IEnumerable<string> ids, CancellationToken ct)
    {
        await using var session = connection.CreateCommand();
        session.Transaction = transaction;
        session.CommandText = SqliteBulkSql.BulkSession;
        await session.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        await using var query = connection.CreateCommand();
        query.Transaction = transaction;
        query.CommandText = SqliteBulkSql.ExistingFindings;
        query.Parameters.AddWithValue("@Ids", System.Text.Json.JsonSerializer.Serialize(ids));
        var existing = new Dictionary<string, (string, long?)>(StringComparer.Ordinal);
        await using var reader = await query.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            existing[reader.GetString(0)] = (reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetInt64(2));
        }

        return existing;
    }

    public void Upsert(string id, FindingWrite write, string hash, DateTimeOffset now)
    {
        var parameters = write.Enrichment is null ? KeepEnrichment() : Full();
        Bind(parameters, id, write, hash, now);
        (write.Enrichment is null ? _keep! : _full!).ExecuteNonQuery();
        _rawParameters[0].Value = id;
        _rawParameters[1].Value = RawRecordCodec.Encode(write.Observation.RawRecord);
        _raw.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _raw.Dispose();
        _full?.Dispose();
        _keep?.Dispose();
    }

    private SqliteParameter[] Full()
    {
        if (_full is null)
        {
            (_full, _fullParameters) = Prepare(SqliteBulkSql.UpsertFinding, SqliteBulkSql.FindingParameters);
        }

        return _fullParameters;
    }

    private SqliteParameter[] KeepEnrichment()
    {
        if (_keep is null)
        {
            (_keep, _keepParameters) = Prepare(SqliteBulkSql.UpsertFindingKeepEnrichment, SqliteBulkSql.FindingParameters);
        }

        return _keepParameters;
    }

    private (SqliteCommand, SqliteParameter[]) Prepare(string sql, string[] names)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        var parameters = names.Select(name => command.Parameters.Add(new SqliteParameter { ParameterName = name })).ToArray();
        command.Prepare();
        return (command, parameters);
    }

    // The order follows SqliteBulkSql.FindingParameters.
    private static void Bind(SqliteParameter[] p, string id, FindingWrite write, string hash, DateTimeOffset now)
    {
        var o = write.Observation;
        var r = o.Resource ?? throw new ArgumentException("an observation needs a resource", nameof(write));
        var e = write.Enrichment;
        object?[] values =
        [
            id, o.Source.ToLowerInvariant(), o.SourceFindingId, o.Format, (int)o.Category, o.Title, o.Description, (int)o.Severity,
            o.SourceSeverity, (int)o.Status, o.SourceStatus, string.Join(FindingRecordMapper.ListSeparator, o.Cves), o.Cvss, o.CvssVector, o.RuleId,
            string.Join(FindingRecordMapper.ListSeparator, o.Compliance), o.Package, o.PackageVersion, o.FixedVersion, r.Uid, (int)r.Provider, r.Account,
            r.Region, r.Type, (int)r.Class, r.Name, o.FirstSeen?.ToUnixTimeMilliseconds(), o.LastSeen?.ToUnixTimeMilliseconds(),
            write.ClusterId, e?.RiskScore ?? write.RiskScore, e?.Priority ?? write.Priority, hash, write.OriginFile, write.OriginLocation,
            now.ToUnixTimeMilliseconds(), now.ToUnixTimeMilliseconds(), e?.ControlId, e?.MatchReason, e?.RiskFactors, e?.Team,
            e?.Environment, e?.SlaDue?.ToUnixTimeMilliseconds(), e?.SuppressedUntil?.ToUnixTimeMilliseconds(), e is { IsPrimary: false },
            e?.ClusterSources ?? 0,
        ];
        for (var i = 0; i < p.Length; i++)
        {
            p[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
