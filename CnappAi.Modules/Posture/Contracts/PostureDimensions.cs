namespace CnappAi.Modules.Posture.Contracts;

/// <summary>The dimensions a daily snapshot counts by; keys are lower-case (<c>aws</c>, <c>identity</c>, <c>P1</c>, ...).</summary>
public static class PostureDimensions
{
    /// <summary>One row per day, key <c>all</c>.</summary>
    public const string All = "all";
    public const string Cloud = "cloud";
    public const string Account = "account";
    public const string Category = "category";
    public const string Severity = "severity";
    public const string Priority = "priority";
    public const string Control = "control";
    public const string Framework = "framework";
    public const string Team = "team";
    public const string Status = "status";

    /// <summary>Cloud and category together, key <c>gcp/identity</c>: what "IAM risks up in GCP" is computed from.</summary>
    public const string CloudCategory = "cloud-category";
}
