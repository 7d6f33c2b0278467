using System.Globalization;
using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Wiz;

/// <summary>Secrets found by any wizcli scan (<c>result.secrets</c>).</summary>
internal static class WizcliSecrets
{
    public static IEnumerable<ParseResult> Map(WizcliScan scan)
    {
        var index = 0;
        foreach (var secret in scan.Result.Items("secrets"))
        {
            foreach (var result in RecordMapping.Run($"/result/secrets/{index++}", secret, () => [Map(scan, secret)]))
            {
                yield return result;
            }
        }
    }

    private static NormalizedObservation Map(WizcliScan scan, JsonElement secret)
    {
        var path = RecordMapping.Require(secret.Str("path"), "path");
        var type = secret.Str("type");
        var line = secret.Num("lineNumber") is { } n ? n.ToString(CultureInfo.InvariantCulture) : null;
        var description = secret.Str("description")?.Trim();
        return new NormalizedObservation
        {
            Source = "wiz",
            SourceFindingId = WizcliScan.Key(scan.Target, path, line, type),
            Format = scan.Format,
            Category = FindingCategory.Secret,
            Title = $"Secret: {description ?? type ?? "unknown secret"}",
            Description = $"{type ?? "Secret"} in {path}{(line is null ? string.Empty : $" line {line}")}",
            Severity = WizScales.SecretSeverity,
            Status = FindingStatus.Open,
            RuleId = type,
            Resource = scan.ResourceOf(path),
            LastSeen = scan.ScannedAt,
            RawRecord = secret.GetRawText(),
        };
    }
}
