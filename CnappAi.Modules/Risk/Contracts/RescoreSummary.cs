namespace CnappAi.Modules.Risk.Contracts;

/// <summary>What a scoring pass did: unified findings and findings it read, and findings whose stored score, priority or context changed.</summary>
public sealed record RescoreSummary(int Clusters, int Findings, int Updated, TimeSpan Elapsed)
{
    public static RescoreSummary Empty { get; } = new(0, 0, 0, TimeSpan.Zero);

    public RescoreSummary Add(RescoreSummary other) =>
        new(Clusters + other.Clusters, Findings + other.Findings, Updated + other.Updated, Elapsed + other.Elapsed);
}
