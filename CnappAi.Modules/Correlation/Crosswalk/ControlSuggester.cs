using CnappAi.Modules.Correlation.Contracts;

namespace CnappAi.Modules.Correlation.Crosswalk;

/// <summary>
/// Suggests shared controls for an unmapped rule by lexical similarity: TF-IDF cosine between the rule's words (title
/// and id) and, for each control, its title and every vendor rule name already mapped to it. The mapped names are
/// the real vocabulary of each control ("publicly accessible", "0.0.0.0/0", "IMDSv2"), so the nearest mapped rule
/// usually names the right control. Deterministic and local: no model or network is needed.
/// </summary>
internal sealed class ControlSuggester
{
    private const double MinimumSimilarity = 0.2;

    private readonly IReadOnlyList<(string ControlId, string Text, Dictionary<string, double> Vector)> _documents;
    private readonly Dictionary<string, double> _idf;

    public ControlSuggester(ControlCrosswalk crosswalk)
    {
        var texts = SharedControls.All.Select(c => (c.Id, Text: c.Title, Extra: $"{c.Id.Replace('.', ' ').Replace('-', ' ')} {c.Domain}"))
            .Concat(crosswalk.Rows.Where(r => r.Match is "name" or "prefix").Select(r => (Id: r.ControlId, Text: r.Value, Extra: string.Empty)))
            .ToList();
        var tokenized = texts.Select(t => (t.Id, t.Text, Tokens: RuleTokens.Of($"{t.Text} {t.Extra}"))).ToList();
        var documentFrequency = tokenized.SelectMany(t => t.Tokens.Distinct()).GroupBy(t => t, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        _idf = documentFrequency.ToDictionary(p => p.Key, p => Math.Log((1.0 + tokenized.Count) / (1.0 + p.Value)) + 1.0, StringComparer.Ordinal);
        _documents = [.. tokenized.Select(t => (t.Id, t.Text, Vector(t.Tokens)))];
    }

    public static ControlSuggester Shipped { get; } = new(ControlCrosswalk.Shipped);

    public IReadOnlyList<ControlSuggestion> Suggest(string? ruleId, string? title, int max = 3)
    {
        var query = Vector(RuleTokens.Of($"{title} {ruleId}"));
        if (query.Count == 0)
        {
            return [];
        }

        return [.. _documents
            .Select(d => (d.ControlId, d.Text, Similarity: Cosine(query, d.Vector)))
            .Where(d => d.Similarity >= MinimumSimilarity)
            .GroupBy(d => d.ControlId, StringComparer.Ordinal)
            .Select(g => g.MaxBy(d => d.Similarity))
            .OrderByDescending(d => d.Similarity).ThenBy(d => d.ControlId, StringComparer.Ordinal)
            .Take(max)
            .Select(d => new ControlSuggestion(d.ControlId, SharedControls.Find(d.ControlId)!.Title, Math.Round(d.Similarity, 3), d.Text))];
    }

    private Dictionary<string, double> Vector(IReadOnlyList<string> tokens)
    {
        var vector = tokens.GroupBy(t => t, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count() * (_idf.GetValueOrDefault(g.Key, 1.0)), StringComparer.Ordinal);
        var norm = Math.Sqrt(vector.Values.Sum(v => v * v));
        foreach (var key in vector.Keys.ToList())
        {
            vector[key] /= norm;
        }

        return vector;
    }

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        return small.Sum(p => large.TryGetValue(p.Key, out var v) ? p.Value * v : 0);
    }
}
