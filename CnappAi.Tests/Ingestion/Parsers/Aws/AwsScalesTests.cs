using CnappAi.Modules.Ingestion.Parsers.Aws;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Tests.Ingestion.Parsers.Aws;

public sealed class AwsScalesTests
{
    [Theory]
    [InlineData("INFORMATIONAL", Severity.Info)]
    [InlineData("LOW", Severity.Low)]
    [InlineData("MEDIUM", Severity.Medium)]
    [InlineData("HIGH", Severity.High)]
    [InlineData("CRITICAL", Severity.Critical)]
    [InlineData(" high ", Severity.High)]
    public void AsffSeverity_Label_MapsToUnified(string label, Severity expected) =>
        AwsScales.AsffSeverity.Map(label, AwsScales.FallbackSeverity).ShouldBe(expected);

    [Fact]
    public void AsffSeverity_EveryEntry_IsCoveredAndUnknownFallsBack()
    {
        AwsScales.AsffSeverity.Entries.Keys.ShouldBe(["INFORMATIONAL", "LOW", "MEDIUM", "HIGH", "CRITICAL"], ignoreOrder: true);
        AwsScales.AsffSeverity.Find("SEVERE").ShouldBeNull();
        AwsScales.AsffSeverity.Map(null, AwsScales.FallbackSeverity).ShouldBe(Severity.Medium);
    }

    [Theory]
    [InlineData("NEW", FindingStatus.Open)]
    [InlineData("NOTIFIED", FindingStatus.InProgress)]
    [InlineData("RESOLVED", FindingStatus.Resolved)]
    [InlineData("SUPPRESSED", FindingStatus.Suppressed)]
    public void AsffWorkflow_Status_MapsToUnified(string workflow, FindingStatus expected)
    {
        AwsScales.AsffWorkflow.Find(workflow).ShouldBe(expected);
        AwsScales.AsffWorkflow.Entries.Count.ShouldBe(4);
        AwsScales.AsffWorkflow.Find("DISMISSED").ShouldBeNull();
    }

    [Theory]
    [InlineData("ACTIVE", FindingStatus.Open)]
    [InlineData("ARCHIVED", FindingStatus.Resolved)]
    public void AsffRecordState_State_MapsToUnified(string state, FindingStatus expected)
    {
        AwsScales.AsffRecordState.Find(state).ShouldBe(expected);
        AwsScales.AsffRecordState.Entries.Count.ShouldBe(2);
        AwsScales.AsffRecordState.Find("DELETED").ShouldBeNull();
    }

    [Theory]
    [InlineData("PASSED", FindingStatus.Resolved)]
    [InlineData("FAILED", FindingStatus.Open)]
    [InlineData("WARNING", FindingStatus.Open)]
    [InlineData("NOT_AVAILABLE", FindingStatus.Open)]
    public void AsffCompliance_Status_MapsToUnified(string compliance, FindingStatus expected)
    {
        AwsScales.AsffCompliance.Find(compliance).ShouldBe(expected);
        AwsScales.AsffCompliance.Entries.Count.ShouldBe(4);
        AwsScales.AsffCompliance.Find("INFOED").ShouldBeNull();
    }

    [Theory]
    [InlineData("INFORMATIONAL", Severity.Info)]
    [InlineData("LOW", Severity.Low)]
    [InlineData("MEDIUM", Severity.Medium)]
    [InlineData("HIGH", Severity.High)]
    [InlineData("CRITICAL", Severity.Critical)]
    public void Inspector2Severity_Label_MapsToUnified(string label, Severity expected)
    {
        AwsScales.Inspector2Severity.Find(label).ShouldBe(expected);
        AwsScales.Inspector2Severity.Entries.Count.ShouldBe(5);
    }

    [Fact]
    public void Inspector2Severity_Untriaged_IsNotInTheTable()
    {
        // UNTRIAGED falls back to the CVSS score (or the fallback) in the mapper, not to a fixed bucket.
        AwsScales.Inspector2Severity.Find("UNTRIAGED").ShouldBeNull();
    }

    [Theory]
    [InlineData("ACTIVE", FindingStatus.Open)]
    [InlineData("SUPPRESSED", FindingStatus.Suppressed)]
    [InlineData("CLOSED", FindingStatus.Resolved)]
    public void Inspector2Status_Status_MapsToUnified(string status, FindingStatus expected)
    {
        AwsScales.Inspector2Status.Find(status).ShouldBe(expected);
        AwsScales.Inspector2Status.Entries.Count.ShouldBe(3);
        AwsScales.Inspector2Status.Map("REOPENED", FindingStatus.Open).ShouldBe(FindingStatus.Open);
    }

    [Theory]
    [InlineData(0, Severity.Info)]
    [InlineData(1, Severity.Low)]
    [InlineData(39, Severity.Low)]
    [InlineData(40, Severity.Medium)]
    [InlineData(69, Severity.Medium)]
    [InlineData(70, Severity.High)]
    [InlineData(89, Severity.High)]
    [InlineData(90, Severity.Critical)]
    [InlineData(100, Severity.Critical)]
    public void FromNormalized_SecurityHubRanges_MapToUnified(double normalized, Severity expected) =>
        AwsScales.FromNormalized(normalized).ShouldBe(expected);

    [Theory]
    [InlineData(0, Severity.Info)]
    [InlineData(0.1, Severity.Low)]
    [InlineData(3.9, Severity.Low)]
    [InlineData(4.0, Severity.Medium)]
    [InlineData(6.9, Severity.Medium)]
    [InlineData(7.0, Severity.High)]
    [InlineData(8.9, Severity.High)]
    [InlineData(9.0, Severity.Critical)]
    [InlineData(10, Severity.Critical)]
    public void FromCvss_QualitativeRatings_MapToUnified(double score, Severity expected) =>
        AwsScales.FromCvss(score).ShouldBe(expected);
}
