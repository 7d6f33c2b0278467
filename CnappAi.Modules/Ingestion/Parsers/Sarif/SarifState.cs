using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;

namespace CnappAi.Modules.Ingestion.Parsers.Sarif;

/// <summary>The one word that decides a result's status (see <see cref="SarifScales.States"/>).</summary>
internal static class SarifState
{
    public static string Of(JsonElement result, string kind)
    {
        if (IsSuppressed(result))
        {
            return "suppressed";
        }

        return string.Equals(result.Str("baselineState"), "absent", StringComparison.Ordinal) ? "absent" : kind;
    }

    /// <summary>
    /// SARIF 3.27.23: suppressed when there is at least one suppression and none is "underReview" or "rejected"
    /// (a suppression without a status counts as accepted).
    /// </summary>
    private static bool IsSuppressed(JsonElement result)
    {
        var suppressions = result.Items("suppressions").ToList();
        return suppressions.Count > 0
            && suppressions.TrueForAll(s => s.Str("status") is null or "accepted");
    }
}
