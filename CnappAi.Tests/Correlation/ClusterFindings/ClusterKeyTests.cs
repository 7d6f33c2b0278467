using CnappAi.Modules.Correlation.ClusterFindings;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Correlation.ClusterFindings;

public class ClusterKeyTests
{
    [Fact]
    public void Of_SameCveSameResourceFromTwoTools_IsOneCluster() =>
        ClusterKey.Of(Observations.Vulnerability("wiz", "w-1", "CVE-2021-44228"))
            .ShouldBe(ClusterKey.Of(Observations.Vulnerability("orca", "o-9", "CVE-2021-44228")));

    [Fact]
    public void Of_DifferentCve_IsAnotherCluster() =>
        ClusterKey.Of(Observations.Vulnerability("wiz", "w-1", "CVE-2021-44228"))
            .ShouldNotBe(ClusterKey.Of(Observations.Vulnerability("wiz", "w-2", "CVE-2021-45046")));

    [Fact]
    public void Of_DifferentResource_IsAnotherCluster()
    {
        var other = Observations.Vulnerability("wiz", "w-1", "CVE-2021-44228") with
        {
            Resource = Observations.Instance with { Uid = "arn:aws:ec2:us-east-1:111122223333:instance/i-0def456" },
        };

        ClusterKey.Of(other).ShouldNotBe(ClusterKey.Of(Observations.Vulnerability("wiz", "w-1", "CVE-2021-44228")));
    }

    [Fact]
    public void Of_MisconfigurationsFromDifferentTools_StayApartUntilMappedToAControl() =>
        ClusterKey.Of(Observations.Misconfiguration("wiz", "w-1", "S3-PUBLIC"))
            .ShouldNotBe(ClusterKey.Of(Observations.Misconfiguration("prisma", "p-1", "S3-PUBLIC")));
}
