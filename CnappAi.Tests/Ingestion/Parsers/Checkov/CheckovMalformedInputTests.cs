using System.Text.Json;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Ingestion.Parsers.Checkov;

public class CheckovMalformedInputTests
{
    // From the Big List of Naughty Strings (TestData/blns.json, MIT).
    public static TheoryData<string> NaughtyStrings => new()
    {
        "Ω≈ç√∫˜µ≤≥÷",
        "𝕋𝕙𝕖 𝕢𝕦𝕚𝕔𝕜 𝕓𝕣𝕠𝕨𝕟 𝕗𝕠𝕩 𝕛𝕦𝕞𝕡𝕤 𝕠𝕧𝕖𝕣 𝕥𝕙𝕖 𝕝𝕒𝕫𝕪 𝕕𝕠𝕘",
        "'><script>alert(123)</script>",
        "' OR 1=1 -- 1",
        "{0}",
        "../../../../../../../../../../../etc/hosts",
    };

    [Fact]
    public async Task ParseAsync_CheckWithoutFile_RejectedAtItsPointerOthersKept()
    {
        var parsed = await ParserHarness.ParseTextAsync("""
            [{"check_type":"terraform","results":{"failed_checks":[
                {"check_id":"CKV_AWS_20","check_name":"S3 Bucket has an ACL defined which allows public READ access.","check_result":{"result":"FAILED"},"file_path":"/s3.tf","resource":"aws_s3_bucket.data"},
                {"check_id":"CKV_AWS_21","check_name":"Ensure all data stored in the S3 bucket have versioning enabled","check_result":{"result":"FAILED"},"resource":"aws_s3_bucket.data"}]},
              "summary":{"failed":2}},
             {"check_type":"kubernetes","results":{"failed_checks":[
                {"check_name":"Containers should not run with allowPrivilegeEscalation","check_result":{"result":"FAILED"},"file_path":"/k8s/api.yaml","resource":"Deployment.default.api"},
                {"check_id":"CKV_K8S_20","check_name":"Containers should not run with allowPrivilegeEscalation","check_result":{"result":"FAILED"},"file_path":"/k8s/api.yaml","resource":"Deployment.default.api"}]}}]
            """);

        parsed.Format.ShouldBe("checkov-json");
        parsed.Observations.Select(o => o.RuleId).ShouldBe(["CKV_AWS_20", "CKV_K8S_20"]);
        parsed.Rejections.Select(r => (r.Location, r.Error)).ShouldBe(
        [
            ("/0/results/failed_checks/1", "record has no file_path"),
            ("/1/results/failed_checks/0", "record has no check_id"),
        ]);
    }

    [Fact]
    public async Task ParseAsync_SkippedChecks_AreSuppressedUnderTheFailureKey()
    {
        var parsed = await ParserHarness.ParseTextAsync("""
            {"check_type":"terraform","repo_id":"acme/infra","results":{
              "failed_checks":[{"check_id":"CKV_AWS_18","check_name":"Ensure the S3 bucket has access logging enabled","check_result":{"result":"FAILED"},"file_path":"/s3.tf","resource":"aws_s3_bucket.a","severity":"LOW"}],
              "skipped_checks":[{"check_id":"CKV_AWS_18","check_name":"Ensure the S3 bucket has access logging enabled","check_result":{"result":"SKIPPED","suppress_comment":"logs bucket"},"file_path":"/s3.tf","resource":"aws_s3_bucket.logs"},
                                {"check_id":"CKV_AWS_19","check_name":"Ensure all data stored in the S3 bucket is securely encrypted at rest","file_path":"/s3.tf","resource":"aws_s3_bucket.logs"}],
              "passed_checks":[{"check_id":"CKV_AWS_21","check_result":{"result":"PASSED"},"file_path":"/s3.tf","resource":"aws_s3_bucket.a"}]},
             "summary":{"passed":1,"failed":1,"skipped":2,"checkov_version":"3.2.0"}}
            """);

        parsed.Rejections.ShouldBeEmpty();
        parsed.Observations.Select(o => (o.RuleId, o.Status)).ShouldBe(
            [("CKV_AWS_18", FindingStatus.Open), ("CKV_AWS_18", FindingStatus.Suppressed), ("CKV_AWS_19", FindingStatus.Suppressed)]);
        parsed.Observations[0].Severity.ShouldBe(Severity.Low);
        parsed.Observations[1].Description.ShouldNotBeNull().ShouldContain("Skipped: logs bucket");
        parsed.Observations[2].SourceStatus.ShouldBe("SKIPPED");

        // Same key shape as a failure, so a skip added later turns the open finding into a suppressed one.
        parsed.Observations[1].SourceFindingId.ShouldBe("acme/infra|terraform|/s3.tf|aws_s3_bucket.logs|CKV_AWS_18");
        parsed.Observations.ShouldAllBe(o => o.Resource == ResourceIds.SourceFile("acme/infra", "/s3.tf"));
    }

    [Theory]
    [MemberData(nameof(NaughtyStrings))]
    public async Task ParseAsync_NaughtyStringsInTextFields_StillParse(string naughty)
    {
        var text = JsonSerializer.Serialize(naughty);
        var parsed = await ParserHarness.ParseTextAsync($$$"""
            {"check_type":"terraform","results":{"failed_checks":[
              {"check_id":"CKV_AWS_1","check_name":{{{text}}},"guideline":{{{text}}},"check_result":{"result":"FAILED"},"file_path":"/main.tf","resource":{{{text}}}}]}}
            """);

        parsed.Rejections.ShouldBeEmpty();
        var finding = parsed.Observations.ShouldHaveSingleItem();
        finding.Title.ShouldBe(naughty);
        finding.Description.ShouldNotBeNull().ShouldContain(naughty);
    }
}
