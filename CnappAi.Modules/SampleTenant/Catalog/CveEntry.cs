using CnappAi.Modules.SampleTenant.Problems;

namespace CnappAi.Modules.SampleTenant.Catalog;

/// <summary>
/// A real CVE with the package it lives in, a vulnerable and a fixed version, its NVD CVSS v3 base score and vector,
/// and whether CISA lists it as known exploited (checked against the KEV catalog of 2026-08-07).
/// </summary>
internal sealed record CveEntry(string Id, string Package, Ecosystem Ecosystem, string Version, string FixedVersion, double Cvss, string Vector, bool Kev, string Description)
{
    public Level Level => Cvss switch
    {
        >= 9.0 => Level.Critical,
        >= 7.0 => Level.High,
        >= 4.0 => Level.Medium,
        > 0 => Level.Low,
        _ => Level.Info,
    };

    public string NvdLink => $"https://nvd.nist.gov/vuln/detail/{Id}";

    /// <summary>The command or upgrade that fixes it, as scanners print it.</summary>
    public string Remediation(string? platform) => Ecosystem switch
    {
        Ecosystem.Maven => $"Upgrade {Package} to version {FixedVersion} or later",
        Ecosystem.Npm => $"npm install {Package}@{FixedVersion}",
        Ecosystem.PyPI => $"pip install --upgrade '{Package}>={FixedVersion}'",
        Ecosystem.Go => $"go get {Package}@v{FixedVersion}",
        _ when platform is not null && (platform.Contains("Ubuntu", StringComparison.Ordinal) || platform.Contains("Debian", StringComparison.Ordinal)
            || platform.StartsWith("debian", StringComparison.Ordinal) || platform.StartsWith("ubuntu", StringComparison.Ordinal))
            => $"apt-get install --only-upgrade {Package}",
        _ when platform is not null && platform.StartsWith("alpine", StringComparison.Ordinal) => $"apk upgrade {Package}",
        _ => $"yum update {Package}",
    };
}
