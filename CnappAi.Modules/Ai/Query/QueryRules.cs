using System.Globalization;
using CnappAi.Modules.Ai.Context;
using CnappAi.Modules.Ai.Contracts;
using CnappAi.Modules.Ai.Search;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ai.Query;

/// <summary>
/// The rule engine's answer to a question: parse it, search the store, rank by keyword and (when words are left that
/// no filter understood) by embedding similarity, and describe the top matches with the findings and assets cited.
/// </summary>
internal sealed class QueryRules(FindingSearch search, EmbeddingIndex index)
{
    private const int SemanticRerank = 300;

    public async Task<QueryAnswer> AnswerAsync(string question, CancellationToken ct)
    {
        var criteria = QuestionParser.Parse(question);
        var outcome = await search.RunAsync(criteria, ct).ConfigureAwait(false);
        var matches = outcome.Matches;
        if (criteria.Keywords.Count > 0 && criteria.Concepts.Count == 0 && matches.Count > 1)
        {
            matches = await RerankAsync(question, matches, ct).ConfigureAwait(false);
        }

        var top = matches.Take(criteria.Top).ToList();
        var citations = top.Select(f => new CitedRecord("finding", f.Id, f.Title, Links.Finding(f.Id)))
            .Concat(top.Select(f => f.Resource).DistinctBy(r => r.Uid).Select(r => new CitedRecord("asset", r.Uid, Words.Name(r), Links.Asset(r.Uid))))
            .ToList();
        var interpretation = criteria.Describe() + (outcome.Truncated ? $"; searched the first {outcome.Scanned:N0} findings only" : "");
        return new QueryAnswer(Describe(criteria, matches, top), citations, interpretation, outcome.Total);
    }

    private async Task<IReadOnlyList<FindingView>> RerankAsync(string question, IReadOnlyList<FindingView> matches, CancellationToken ct)
    {
        var head = matches.Take(SemanticRerank).ToList();
        var scores = await index.SimilaritiesAsync(question, [.. head.Select(f => f.Title)], ct).ConfigureAwait(false);
        return [.. head.Select((f, i) => (f, scores[i])).OrderByDescending(p => p.Item2).ThenByDescending(p => p.f.RiskScore).Select(p => p.f),
            .. matches.Skip(SemanticRerank)];
    }

    private static string Describe(SearchCriteria criteria, IReadOnlyList<FindingView> matches, List<FindingView> top)
    {
        if (matches.Count == 0)
        {
            return $"No {StatusWords(criteria)}findings match ({criteria.Describe()}).";
        }

        if (criteria.CountOnly)
        {
            var resources = matches.Select(m => m.Resource.Uid).Distinct(StringComparer.Ordinal).Count();
            return $"{matches.Count} {StatusWords(criteria)}findings match, on {resources} resource{(resources == 1 ? "" : "s")}.";
        }

        if (criteria.Classes.Count > 0)
        {
            var assets = matches.GroupBy(m => m.Resource.Uid, StringComparer.Ordinal).ToList();
            var listed = assets.Take(criteria.Top).Select(g =>
            {
                var worst = g.OrderByDescending(f => f.RiskScore).First();
                var region = worst.Resource.Region is { } r ? $", {r}" : "";
                return $"{Words.Name(worst.Resource)} ({Words.Of(worst.Resource.Class)}{region}; {g.Count()} finding{(g.Count() == 1 ? "" : "s")}, worst: \"{worst.Title}\", risk {worst.RiskScore.ToString("0.0", CultureInfo.InvariantCulture)})";
            });
            return $"{assets.Count} resource{(assets.Count == 1 ? "" : "s")} match, with {matches.Count} {StatusWords(criteria)}finding{(matches.Count == 1 ? "" : "s")}: {string.Join("; ", listed)}.";
        }

        var riskiest = top.Select(f => $"\"{f.Title}\" on {Words.Name(f.Resource)} (P{f.Priority}, risk {f.RiskScore.ToString("0.0", CultureInfo.InvariantCulture)})");
        return $"{matches.Count} {StatusWords(criteria)}finding{(matches.Count == 1 ? "" : "s")} match. Top {top.Count}: {string.Join("; ", riskiest)}.";
    }

    private static string StatusWords(SearchCriteria criteria) =>
        criteria.Statuses.Count == 0 ? "" : string.Join("/", criteria.Statuses.Select(Words.Of).Where(s => s != "in progress")) + " ";
}
