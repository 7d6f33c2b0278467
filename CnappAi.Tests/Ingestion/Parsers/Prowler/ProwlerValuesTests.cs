using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsers.Prowler;

namespace CnappAi.Tests.Ingestion.Parsers.Prowler;

public sealed class ProwlerValuesTests
{
    [Fact]
    public void ComplianceFromText_FrameworksAndControls_OneEntryPerControl() =>
        ProwlerValues.ComplianceFromText("CIS-1.4: 1.20 | KISA-ISMS-P-2023: 2.5.6, 2.6.4 | loose")
            .ShouldBe(["CIS-1.4: 1.20", "KISA-ISMS-P-2023: 2.5.6", "KISA-ISMS-P-2023: 2.6.4", "loose"]);

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void ComplianceFromText_Empty_IsEmpty(string? cell) => ProwlerValues.ComplianceFromText(cell).ShouldBeEmpty();

    [Fact]
    public void ComplianceFromObject_Map_OneEntryPerControl()
    {
        using var document = JsonDocument.Parse("""{"CIS-1.5": ["1.20", "1.21"], "SOC2": "cc_6_7", "Empty": []}""");

        ProwlerValues.ComplianceFromObject(document.RootElement).ShouldBe(["CIS-1.5: 1.20", "CIS-1.5: 1.21", "SOC2: cc_6_7"]);
    }

    [Theory]
    [InlineData("""["a", "", "b"]""", "a|b")]
    [InlineData("\"trustboundaries\"", "trustboundaries")]
    [InlineData("\"\"", "")]
    [InlineData("null", "")]
    public void Strings_StringOrArray_AreReadAlike(string json, string expected)
    {
        using var document = JsonDocument.Parse(json);

        string.Join('|', ProwlerValues.Strings(document.RootElement)).ShouldBe(expected);
    }

    [Theory]
    [InlineData("prowler-aws-iam_root_mfa-123456789012-us-east-1-root", "aws")]
    [InlineData("prowler-kubernetes-apiserver_x-cluster-ns-pod", "kubernetes")]
    [InlineData("<finding_uid>", null)]
    [InlineData(null, null)]
    public void ProviderFromUid_ProwlerUid_GivesProvider(string? uid, string? expected) =>
        ProwlerValues.ProviderFromUid(uid).ShouldBe(expected);

    [Theory]
    [InlineData("namespace: kube-system", "kube-system")]
    [InlineData("us-east-1", null)]
    [InlineData(null, null)]
    public void Namespace_RegionColumn_GivesKubernetesNamespace(string? region, string? expected) =>
        ProwlerValues.Namespace(region).ShouldBe(expected);

    [Theory]
    [InlineData("[check114] Ensure hardware MFA is enabled", "check114", "Ensure hardware MFA is enabled")]
    [InlineData("Ensure hardware MFA is enabled", null, "Ensure hardware MFA is enabled")]
    [InlineData("", null, null)]
    public void Split_V2Control_SeparatesCheckIdFromTitle(string control, string? checkId, string? title) =>
        ProwlerV2Control.Split(control).ShouldBe((checkId, title));
}
