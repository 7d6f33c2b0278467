using CnappAi.Modules.Correlation.Contracts;
using CnappAi.Modules.IacGate.Fixes;
using CnappAi.Modules.IacGate.Guidance;

namespace CnappAi.Tests.IacGate.Guidance;

public class GuidanceCatalogTests
{
    private static readonly GuidanceCatalog Catalogue = new();

    public static TheoryData<string> Keys => [.. Catalogue.Entries.Select(e => e.Key)];

    [Theory]
    [MemberData(nameof(Keys))]
    public void Entry_MapsToARealSharedControlWithFrameworks(string key)
    {
        var entry = Catalogue.Entries.Single(e => e.Key == key);

        if (entry.ControlId is not null)
        {
            SharedControls.Find(entry.ControlId).ShouldNotBeNull($"{key} names an unknown control {entry.ControlId}");
            ControlFrameworks.Knows(entry.ControlId).ShouldBeTrue($"{entry.ControlId} has no framework mapping");
        }

        entry.Explanation.Length.ShouldBeGreaterThan(60);
        entry.RuleIds.ShouldNotBeEmpty();
        entry.Fixes.ShouldNotBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Entry_EveryRecipeProducesASecureExample(string key)
    {
        foreach (var recipe in Catalogue.Entries.Single(e => e.Key == key).Fixes)
        {
            var type = recipe.ResourceTypes.Count > 0 ? recipe.ResourceTypes[0] : null;

            var fix = SnippetFixer.Fix([recipe], recipe.Language, type, "example", []).ShouldNotBeNull();

            fix.Snippet.ShouldNotContain("{name}");
            fix.Snippet.ShouldNotContain("{ref}");
            fix.Summary.ShouldNotBeNullOrWhiteSpace();
            if (recipe.Language == SnippetLanguage.Hcl)
            {
                new HclDocument(fix.Snippet.Split('\n')).Root.ShouldNotBeNull($"{key}: the example is not an HCL block");
            }
        }
    }

    [Theory]
    [InlineData("AVD-AWS-0088", "AWS-0088")]
    [InlineData("aws-0088", "AWS-0088")]
    [InlineData("DS002", "DS-0002")]
    [InlineData("AVD-DS-0002", "DS-0002")]
    [InlineData("KSV001", "KSV-0001")]
    [InlineData(" ckv_aws_19 ", "CKV_AWS_19")]
    [InlineData("aws-s3-enable-bucket-encryption", "AWS-S3-ENABLE-BUCKET-ENCRYPTION")]
    public void Normalize_ScannerSpellings_MeetOnOneId(string reported, string normalized) =>
        RuleIds.Normalize(reported).ShouldBe(normalized);

    [Theory]
    [InlineData("CKV_AWS_19", "AVD-AWS-0088", "aws-s3-enable-bucket-encryption")]
    [InlineData("CKV_AWS_17", "35113e6f-2c6b-414d-beec-7a9482d3b2d1", "aws-rds-no-public-db-access")]
    [InlineData("CKV_AWS_79", "AWS-0028", "aws-ec2-enforce-http-token-imds")]
    [InlineData("CKV_DOCKER_3", "DS002", "AVD-DS-0002")]
    public void Find_TheSameCheckFromDifferentScanners_GivesTheSameGuidance(string checkov, string other, string third)
    {
        var guidance = Catalogue.Find(checkov).ShouldNotBeNull();

        Catalogue.Find(other).ShouldBeSameAs(guidance);
        Catalogue.Find(third).ShouldBeSameAs(guidance);
    }

    [Fact]
    public void Constructor_RuleInTwoEntries_IsRefused()
    {
        var one = Catalogue.Entries[0];

        Should.Throw<InvalidOperationException>(() => new GuidanceCatalog([one, one with { Key = "copy" }]));
    }

    [Fact]
    public void Frameworks_AddTheCisSectionOfTheResourcesCloud()
    {
        ControlFrameworks.For("network.open-ssh", "aws_security_group").ShouldContain("CIS AWS 1.4.0 5.2");
        ControlFrameworks.For("network.open-ssh", "google_compute_firewall").ShouldContain("CIS GCP 1.3.0 3.6");
        ControlFrameworks.For("network.open-ssh", "google_compute_firewall").ShouldNotContain("CIS AWS 1.4.0 5.2");
        ControlFrameworks.For("network.open-ssh", null).ShouldContain("NIST 800-53 SC-7");
    }
}
