using System.Text.Json;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Ingestion.Parsers.Trivy;

public class TrivyMalformedInputTests
{
    // From the Big List of Naughty Strings (TestData/blns.json, MIT).
    public static TheoryData<string> NaughtyStrings => new()
    {
        "Ω≈ç√∫˜µ≤≥÷",
        "𝕋𝕙𝕖 𝕢𝕦𝕚𝕔𝕜 𝕓𝕣𝕠𝕨𝕟 𝕗𝕠𝕩 𝕛𝕦𝕞𝕡𝕤 𝕠𝕧𝕖𝕣 𝕥𝕙𝕖 𝕝𝕒𝕫𝕪 𝕕𝕠𝕘",
        "\"><script>alert(123)</script>",
        "' OR 1=1 -- 1",
        "%s%s%s%s%s",
        "{0}",
        "null",
        "",
    };

    [Fact]
    public async Task ParseAsync_VulnerabilityWithoutId_RejectedAtItsPointerOthersKept()
    {
        var parsed = await ParserHarness.ParseTextAsync("""
            {"SchemaVersion":2,"ArtifactName":"app:1","ArtifactType":"container_image","Results":[{"Target":"app:1 (alpine 3.19.0)","Class":"os-pkgs","Type":"alpine",
              "Vulnerabilities":[
                {"VulnerabilityID":"CVE-2024-0001","PkgName":"musl","InstalledVersion":"1.2.4","Severity":"HIGH"},
                {"PkgName":"zlib","InstalledVersion":"1.3","Severity":"LOW"},
                {"VulnerabilityID":"CVE-2024-0003","PkgName":"busybox","InstalledVersion":"1.36","Severity":"MEDIUM"}]}]}
            """);

        parsed.Format.ShouldBe("trivy-json");
        parsed.Observations.Select(o => o.RuleId).ShouldBe(["CVE-2024-0001", "CVE-2024-0003"]);
        var rejection = parsed.Rejections.ShouldHaveSingleItem();
        rejection.Location.ShouldBe("/Results/0/Vulnerabilities/1");
        rejection.Error.ShouldBe("record has no VulnerabilityID");
        rejection.Raw.ShouldNotBeNull().ShouldContain("zlib");
    }

    [Fact]
    public async Task ParseAsync_SecretWithoutRuleId_RejectedAtItsPointer()
    {
        var parsed = await ParserHarness.ParseTextAsync("""
            {"SchemaVersion":2,"ArtifactName":".","ArtifactType":"filesystem","Results":[
              {"Target":"config.env","Class":"secret","Secrets":[{"Title":"AWS key","Severity":"CRITICAL","StartLine":3},
                                                                {"RuleID":"aws-access-key-id","Title":"AWS key","Severity":"CRITICAL","StartLine":9}]}]}
            """);

        parsed.Observations.ShouldHaveSingleItem().Resource.ShouldBe(ResourceIds.SourceFile(null, "config.env"));
        parsed.Rejections.ShouldHaveSingleItem().Location.ShouldBe("/Results/0/Secrets/0");
    }

    [Fact]
    public async Task ParseAsync_KubernetesObjectWithoutKind_ItsRecordsRejectedOthersKept()
    {
        var parsed = await ParserHarness.ParseTextAsync("""
            {"ClusterName":"prod","Resources":[
              {"Namespace":"web","Kind":"Deployment","Name":"api","Results":[{"Target":"Deployment/api","Class":"config",
                "Misconfigurations":[{"ID":"KSV012","Title":"Runs as root user","Severity":"MEDIUM","Status":"FAIL"}]}]},
              {"Namespace":"web","Name":"orphan","Results":[{"Target":"?/orphan","Class":"config",
                "Misconfigurations":[{"ID":"KSV012","Title":"Runs as root user","Severity":"MEDIUM","Status":"PASS"}]}]}]}
            """);

        parsed.Format.ShouldBe("trivy-k8s");
        parsed.Observations.ShouldHaveSingleItem().Resource.ShouldBe(ResourceIds.Kubernetes("prod", "web", "Deployment", "api"));
        var rejection = parsed.Rejections.ShouldHaveSingleItem();
        rejection.Location.ShouldBe("/Resources/1/Results/0/Misconfigurations/0");
        rejection.Error.ShouldBe("record has no Kubernetes Kind");
    }

    [Fact]
    public async Task ParseAsync_PassingMisconfiguration_IsResolved()
    {
        var parsed = await ParserHarness.ParseTextAsync("""
            {"SchemaVersion":2,"ArtifactName":"https://github.com/acme/infra.git","ArtifactType":"repository","Results":[{"Target":"main.tf","Class":"config",
              "Misconfigurations":[{"ID":"AVD-AWS-0086","Title":"S3 public access block","Severity":"HIGH","Status":"PASS"}]}]}
            """);

        var finding = parsed.Observations.ShouldHaveSingleItem();
        (finding.Status, finding.SourceStatus).ShouldBe((FindingStatus.Resolved, "PASS"));
        finding.Resource.ShouldBe(ResourceIds.SourceFile("https://github.com/acme/infra.git", "main.tf"));
    }

    [Fact]
    public async Task ParseAsync_TruncatedReport_OneRejectionWithLine()
    {
        var parsed = await ParserHarness.ParseTextAsync("""
            {"SchemaVersion":2,"ArtifactName":"app:1","ArtifactType":"container_image","Results":[{"Target":"app:1 (alpine 3.19.0)",
              "Vulnerabilities":[{"VulnerabilityID":"CVE-2024-0001","PkgName":"musl"
            """);

        parsed.Observations.ShouldBeEmpty();
        var rejection = parsed.Rejections.ShouldHaveSingleItem();
        rejection.Location.ShouldStartWith("line ");
        rejection.Error.ShouldNotBeNull().ShouldStartWith("malformed JSON");
    }

    [Theory]
    [MemberData(nameof(NaughtyStrings))]
    public async Task ParseAsync_NaughtyStringsInTextFields_StillParse(string naughty)
    {
        var text = JsonSerializer.Serialize(naughty);
        var parsed = await ParserHarness.ParseTextAsync($$$"""
            {"SchemaVersion":2,"ArtifactName":"app:1","ArtifactType":"container_image","Results":[{"Target":"app:1 (alpine 3.19.0)","Type":"alpine",
              "Vulnerabilities":[{"VulnerabilityID":"CVE-2024-0001","PkgName":"musl","InstalledVersion":"1","Severity":"LOW","Title":{{{text}}},"Description":{{{text}}}}],
              "Misconfigurations":[{"ID":"DS001","Title":{{{text}}},"Description":{{{text}}},"Message":{{{text}}},"Severity":"LOW","Status":"FAIL"}]}]}
            """);

        parsed.Rejections.ShouldBeEmpty();
        parsed.Observations.Count.ShouldBe(2);
        parsed.Observations[1].Title.ShouldBe(naughty.Length == 0 ? "DS001 - " : $"DS001 - {naughty}");
        if (naughty.Trim().Length > 0)
        {
            parsed.Observations[0].Description.ShouldNotBeNull().ShouldContain(naughty);
        }
    }
}
