using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Normalization.Data;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Modules.Normalization.QueryFindings;

/// <summary>
/// The text and framework matches: substring predicates no index serves. The explorer applies them to a bounded
/// window (<see cref="FindingPage.ScanLimit"/> rows of the indexed filters, in the chosen order) so a search stays
/// fast at a million findings; exports apply them to everything.
/// </summary>
internal static class SearchFilters
{
    private const string Escape = "\\";

    public static bool HasSearch(this FindingQuery q) =>
        !string.IsNullOrWhiteSpace(q.Text) || q.Frameworks.Any(f => !string.IsNullOrWhiteSpace(f));

    public static IQueryable<FindingRecord> WhereSearch(this IQueryable<FindingRecord> rows, FindingQuery q)
    {
        if (!string.IsNullOrWhiteSpace(q.Text))
        {
            var pattern = Contains(q.Text.Trim());
            rows = rows.Where(f => EF.Functions.Like(f.Title, pattern, Escape) || EF.Functions.Like(f.ResourceUid, pattern, Escape)
                || (f.RuleId != null && EF.Functions.Like(f.RuleId, pattern, Escape)) || EF.Functions.Like(f.Cves, pattern, Escape));
        }

        foreach (var framework in q.Frameworks.Where(f => !string.IsNullOrWhiteSpace(f)))
        {
            var pattern = Contains(framework.Trim());
            rows = rows.Where(f => EF.Functions.Like(f.Compliance, pattern, Escape));
        }

        return rows;
    }

    // LIKE is case-insensitive for ASCII in SQLite; % and _ typed by a person are literal characters.
    private static string Contains(string text) =>
        "%" + text.Replace(Escape, Escape + Escape, StringComparison.Ordinal)
            .Replace("%", Escape + "%", StringComparison.Ordinal)
            .Replace("_", Escape + "_", StringComparison.Ordinal) + "%";
}
