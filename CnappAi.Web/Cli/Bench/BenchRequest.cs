namespace CnappAi.Web.Cli.Bench;

/// <summary>What to measure and at what size. The estate size comes from <c>--assets</c>, else from <c>--findings</c>.</summary>
internal sealed record BenchRequest(string Kind, int? Findings, int? Assets)
{
    /// <summary>The sample tenant writes about this many findings per resource (measured on the default seed).</summary>
    public const double FindingsPerAsset = 9.75;

    public const int MaxFindings = 10_000_000;

    public bool Runs(string kind) => Kind == BenchRunner.All || Kind == kind;

    public int EstateAssets => Assets ?? Math.Max(1, (int)Math.Ceiling((Findings ?? BenchRunner.DefaultFindings) / FindingsPerAsset));

    public string? Validate() =>
        Findings is < 1 or > MaxFindings ? $"--findings must be between 1 and {MaxFindings:N0}"
        : Assets is < 1 or > 2_000_000 ? "--assets must be between 1 and 2,000,000"
        : null;
}
