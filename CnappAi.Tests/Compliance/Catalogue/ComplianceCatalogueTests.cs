using CnappAi.Modules.Compliance.Catalogue;
using CnappAi.Modules.Correlation.Contracts;

namespace CnappAi.Tests.Compliance.Catalogue;

public class ComplianceCatalogueTests
{
    private static readonly ComplianceCatalogue Catalogue = new();

    public static TheoryData<string> SharedControlIds => [.. SharedControls.All.Select(c => c.Id)];

    [Fact]
    public void Frameworks_AreTheEightShipped()
    {
        Catalogue.Frameworks.Select(f => f.Id).ShouldBe(["cis-aws", "cis-azure", "cis-gcp", "soc2", "hipaa", "iso27001", "pci-dss", "nist-800-53"]);
        Catalogue.Frameworks.ShouldAllBe(f => Catalogue.Controls(f.Id).Count >= 10);
    }

    [Theory]
    [MemberData(nameof(SharedControlIds))]
    public void SharedControl_MapsToAControlOfEveryFrameworkThatCoversItsDomain(string sharedControlId)
    {
        var control = SharedControls.All.Single(c => c.Id == sharedControlId);
        var relevant = Catalogue.Frameworks.Where(f => ComplianceCatalogue.InScope(f, control.Domain)).Select(f => f.Id).ToList();

        relevant.ShouldContain("nist-800-53");
        Catalogue.FrameworksOf(sharedControlId).ShouldBe(relevant, ignoreOrder: true);
        foreach (var framework in relevant)
        {
            Catalogue.Controls(framework).ShouldContain(c => c.SharedControlIds.Contains(sharedControlId), $"{sharedControlId} in {framework}");
        }
    }

    [Fact]
    public void Mapping_NamesOnlyControlsTheCataloguesHold()
    {
        Catalogue.Unknown.ShouldBeEmpty();
        foreach (var framework in Catalogue.Frameworks)
        {
            Catalogue.Controls(framework.Id).Select(c => c.Id).ShouldBeUnique();
        }
    }

    [Fact]
    public void ExactMappings_WinOverTheDomainFallback()
    {
        Catalogue.Controls("cis-aws").Single(c => c.Id == "1.5").SharedControlIds.ShouldBe(["identity.root-mfa"]);
        Catalogue.Controls("cis-aws").Single(c => c.Id == "5.2").SharedControlIds.ShouldContain("network.open-ssh");
        Catalogue.Controls("pci-dss").Single(c => c.Id == "8.4.1").SharedControlIds.ShouldContain("identity.user-mfa");
        Catalogue.FrameworksOf("kubernetes.rbac").ShouldNotContain("cis-aws");
    }
}
