namespace CnappAi.Tests.Correlation.Evaluation;

/// <summary>
/// Pairwise precision and recall of merges: every pair of findings the truth puts in one problem is a positive; a
/// pair we put in one unified finding is a predicted positive. Pairs, not clusters, so one wrong merge of two big
/// groups costs what it should and a singleton costs nothing.
/// </summary>
internal sealed record MergeScore(long TruePairs, long PredictedPairs, long CorrectPairs)
{
    public double Precision => PredictedPairs == 0 ? 1 : (double)CorrectPairs / PredictedPairs;

    public double Recall => TruePairs == 0 ? 1 : (double)CorrectPairs / TruePairs;

    public static MergeScore Of(IReadOnlyDictionary<(string Source, string Id), string> truth, IReadOnlyDictionary<(string Source, string Id), string> predicted)
    {
        var shared = truth.Keys.Where(predicted.ContainsKey).ToList();
        return new MergeScore(
            Pairs(shared.GroupBy(k => truth[k])),
            Pairs(shared.GroupBy(k => predicted[k])),
            Pairs(shared.GroupBy(k => (truth[k], predicted[k]))));
    }

    private static long Pairs<TKey>(IEnumerable<IGrouping<TKey, (string, string)>> groups) =>
        groups.Sum(g => (long)g.Count() * (g.Count() - 1) / 2);
}
