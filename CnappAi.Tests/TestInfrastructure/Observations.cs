using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Tests.TestInfrastructure;

/// <summary>Builds observations for tests that need one without a vendor file.</summary>
internal static class Observations
{
    public static readonly CanonicalResource Instance =
        new("arn:aws:ec2:us-east-1:111122223333:instance/i-0abc123", CloudProvider.Aws, "111122223333", "us-east-1", "ec2:instance", ResourceClass.Vm, "i-0abc123");

    public static NormalizedObservation Vulnerability(string source, string id, string cve, Severity severity = Severity.High, double? cvss = null) => new()
    {
        Source = source,
        SourceFindingId = id,
        Format = $"{source}-test",
        Category = FindingCategory.Vulnerability,
        Title = $"{cve} in openssl",
        Severity = severity,
        Status = FindingStatus.Open,
        Cves = [cve],
        Cvss = cvss,
        Resource = Instance,
        RawRecord = "{}",
    };

    public static NormalizedObservation Misconfiguration(string source, string id, string rule, Severity severity = Severity.Medium) => new()
    {
        Source = source,
        SourceFindingId = id,
        Format = $"{source}-test",
        Category = FindingCategory.Misconfiguration,
        Title = $"Rule {rule} failed",
        Severity = severity,
        Status = FindingStatus.Open,
        RuleId = rule,
        Resource = Instance,
        RawRecord = "{}",
    };
}
