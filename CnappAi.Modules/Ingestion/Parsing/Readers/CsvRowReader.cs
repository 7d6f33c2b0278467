using System.Globalization;
using System.Runtime.CompilerServices;
using CsvHelper;
using CsvHelper.Configuration;

namespace CnappAi.Modules.Ingestion.Parsing.Readers;

/// <summary>A row as read, or why it was refused (a missing column, a broken quote).</summary>
internal readonly record struct CsvRead(CsvRow? Row, string Location, string? Error, string? Raw);

/// <summary>Streams a delimited file with CsvHelper; each row is checked against the header width.</summary>
internal static class CsvRowReader
{
    public static async IAsyncEnumerable<CsvRead> ReadAsync(Stream stream, char delimiter, [EnumeratorCancellation] CancellationToken ct)
    {
        string? badData = null;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter.ToString(),
            BadDataFound = args => badData = $"malformed quoting near '{Truncate(args.Field)}'",
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
            TrimOptions = TrimOptions.None,
        };
        using var text = new StreamReader(stream, leaveOpen: false);
        using var csv = new CsvReader(text, config);
        if (!await csv.ReadAsync().ConfigureAwait(false))
        {
            yield break;
        }

        var header = (csv.Parser.Record ?? []).Select(h => h.Trim()).ToArray();
        while (await csv.ReadAsync().ConfigureAwait(false))
        {
            ct.ThrowIfCancellationRequested();
            var record = csv.Parser.Record ?? [];
            var line = csv.Parser.RawRow;
            var raw = csv.Parser.RawRecord.TrimEnd('\r', '\n');
            if (record.All(string.IsNullOrWhiteSpace))
            {
                badData = null;
                continue;
            }

            // A stray quote inside an unquoted field (older Prowler CSVs write `The "root" account`) is read
            // literally when the row still has the header's width; otherwise the quoting broke the row.
            if (record.Length < header.Length)
            {
                var reason = badData ?? $"row has {record.Length} fields but the header has {header.Length}";
                badData = null;
                yield return new CsvRead(null, $"line {line}", reason, raw);
                continue;
            }

            badData = null;

            var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < header.Length; i++)
            {
                fields.TryAdd(header[i], record[i]);
            }

            yield return new CsvRead(new CsvRow(line, fields, raw), $"line {line}", null, null);
        }
    }

    private static string Truncate(string value) => value.Length > 40 ? value[..40] + "..." : value;
}
