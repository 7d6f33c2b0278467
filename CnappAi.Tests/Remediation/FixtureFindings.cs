using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Tests.Remediation;

/// <summary>Picks findings of the imported sample tenant by what a test needs.</summary>
internal static class FixtureFindings
{
    public static FindingView TopP1(this RemediationFixture fixture) =>
        fixture.Findings.Where(f => f.IsPrimary && f.Priority == 1).OrderByDescending(f => f.RiskScore).ThenBy(f => f.Id, StringComparer.Ordinal).First();

    public static FindingView Pick(this RemediationFixture fixture, Func<FindingView, bool> where, int skip = 0) =>
        fixture.Findings.Where(f => f.IsPrimary).Where(where).OrderBy(f => f.Id, StringComparer.Ordinal).Skip(skip).First();

    public static bool IsProduction(this FindingView finding) => finding.Environment is "prod" or "production";
}
