using CnappAi.Modules.Ai.Context;
using CnappAi.Modules.Normalization;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ai.Query;

/// <summary>
/// Read-only search over the normalized store: the store filters what it can (status, provider, severity, category,
/// account, CVE), the rest (resource kind, region, topic, tags) is checked here while streaming, and keywords rank the
/// matches. Used by the rule engine's answers and by the model's plugin functions alike.
/// </summary>
internal sealed class FindingSearch(INormalizationFacade findings)
{
    private const int ScanLimit = 200_000;
    private const int TagCheckLimit = 5_000;

    public async Task<SearchOutcome> RunAsync(SearchCriteria criteria, CancellationToken ct)
    {
        var query = new FindingQuery
        {
            Providers = criteria.Providers,
            Severities = criteria.Severities,
            Statuses = criteria.Statuses,
            Categories = criteria.Categories,
            Account = criteria.Account,
            Text = criteria.Cves.Count == 1 ? criteria.Cves[0] : null,
        };
        var matches = new List<(FindingView Finding, double Relevance)>();
        var scanned = 0;
        var tagChecks = 0;
        await foreach (var finding in findings.ExportAsync(query, ct).ConfigureAwait(false))
        {
            if (++scanned > ScanLimit)
            {
                break;
            }

            if (!Structural(finding, criteria))
            {
                continue;
            }

            if (NeedsTags(criteria))
            {
                if (++tagChecks > TagCheckLimit)
                {
                    continue;
                }

                var asset = AssetContextReader.From(finding, await findings.GetRawRecordAsync(finding.Id, ct).ConfigureAwait(false));
                if (!TagsMatch(asset, criteria))
                {
                    continue;
                }
            }

            matches.Add((finding, Relevance(finding, criteria.Keywords)));
        }

        var ordered = matches.OrderByDescending(m => m.Relevance).ThenByDescending(m => m.Finding.RiskScore).ThenBy(m => m.Finding.Id, StringComparer.Ordinal)
            .Select(m => m.Finding).ToList();
        return new SearchOutcome(ordered, ordered.Count, Math.Min(scanned, ScanLimit), scanned > ScanLimit);
    }

    private static bool Structural(FindingView f, SearchCriteria c)
    {
        if (c.Classes.Count > 0 && !c.Classes.Contains(f.Resource.Class) && !(c.Classes.Contains(ResourceClass.Container) && f.Resource.Class == ResourceClass.Image))
        {
            return false;
        }

        if (c.Region is not null && !string.Equals(f.Resource.Region, c.Region, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (c.Cves.Count > 0 && !c.Cves.Any(cve => f.Cves.Contains(cve, StringComparer.OrdinalIgnoreCase)))
        {
            return false;
        }

        var text = $"{f.Title} {f.RuleId} {f.Description}";
        return c.Concepts.All(concept => concept.Finding.IsMatch(text));
    }

    private static bool NeedsTags(SearchCriteria c) => c.DataClassification is not null || c.Environment is not null || c.OwnerTeam is not null;

    private static bool TagsMatch(AssetContext asset, SearchCriteria c) =>
        (c.DataClassification is null || string.Equals(asset.DataClassification, c.DataClassification, StringComparison.OrdinalIgnoreCase))
        && (c.Environment is null || string.Equals(asset.Environment, c.Environment, StringComparison.OrdinalIgnoreCase))
        && (c.OwnerTeam is null || (asset.OwnerTeam?.Contains(c.OwnerTeam, StringComparison.OrdinalIgnoreCase) ?? false));

    private static double Relevance(FindingView f, IReadOnlyList<string> keywords)
    {
        if (keywords.Count == 0)
        {
            return 0;
        }

        var text = $"{f.Title} {f.Resource.Name} {f.Resource.Uid} {f.Package} {f.RuleId}";
        return keywords.Count(k => text.Contains(k, StringComparison.OrdinalIgnoreCase)) / (double)keywords.Count;
    }
}
