using System.Globalization;
using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;

namespace CnappAi.Modules.Ingestion.Parsers.Aws;

/// <summary>A CVSS base score and its vector.</summary>
internal readonly record struct CvssScore(double Score, string? Vector);

/// <summary>
/// Picks one CVSS entry out of the lists AWS attaches to a vulnerability (often v2 and v3.1, sometimes
/// the same v3.1 twice from different sources): the newest version wins, then the higher score.
/// </summary>
internal static class AwsCvss
{
    public static CvssScore? Best(IEnumerable<JsonElement> entries, string versionKey, string scoreKey, string vectorKey) =>
        entries
            .Select(e => (Version: ParseVersion(e.Str(versionKey)), Score: e.Num(scoreKey), Vector: e.Str(vectorKey)))
            .Where(e => e.Score is not null)
            .OrderByDescending(e => e.Version)
            .ThenByDescending(e => e.Score)
            .Select(e => (CvssScore?)new CvssScore(e.Score!.Value, e.Vector))
            .FirstOrDefault();

    private static double ParseVersion(string? version) =>
        double.TryParse(version, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 0;
}
