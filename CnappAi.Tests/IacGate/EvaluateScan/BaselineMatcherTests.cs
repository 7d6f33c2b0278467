using CnappAi.Modules.IacGate.EvaluateScan;

namespace CnappAi.Tests.IacGate.EvaluateScan;

public class BaselineMatcherTests
{
    private static BaselineEntry Entry(string rule = "CKV_AWS_19", string file = "main.tf", string? address = "aws_s3_bucket.data", string? digest = "d1") =>
        new(rule, file, address, digest, "title");

    [Fact]
    public void Match_SameIssue_IsExisting()
    {
        var (existing, gone) = BaselineMatcher.Match([Entry()], [Entry()]);

        existing.ShouldBe([true]);
        gone.ShouldBeEmpty();
    }

    [Fact]
    public void Match_ResourceEditedElsewhere_StillMatchesByAddress()
    {
        BaselineMatcher.Match([Entry(digest: "changed")], [Entry()]).Existing.ShouldBe([true]);
    }

    [Fact]
    public void Match_FileMoved_StillMatchesByResourceAndCode()
    {
        BaselineMatcher.Match([Entry(file: "modules/storage/main.tf")], [Entry()]).Existing.ShouldBe([true]);
    }

    [Fact]
    public void Match_ResourceRenamed_StillMatchesByCode()
    {
        BaselineMatcher.Match([Entry(address: "aws_s3_bucket.renamed")], [Entry()]).Existing.ShouldBe([true]);
    }

    [Fact]
    public void Match_NoResourceNoCode_MatchesByRuleAndFileOnce()
    {
        var (existing, _) = BaselineMatcher.Match([Entry(address: null, digest: null), Entry(address: null, digest: null)], [Entry(address: null, digest: null)]);

        existing.ShouldBe([true, false]);
    }

    [Fact]
    public void Match_DifferentRuleOrResource_IsNewAndTheOldOneIsFixed()
    {
        var (existing, gone) = BaselineMatcher.Match(
            [Entry(rule: "CKV_AWS_21"), Entry(address: "aws_s3_bucket.other", digest: "d2")],
            [Entry()]);

        existing.ShouldBe([false, false]);
        gone.ShouldHaveSingleItem().Address.ShouldBe("aws_s3_bucket.data");
    }

    [Fact]
    public void Match_SecondCopyOfAnExistingProblem_CountsAsNew()
    {
        BaselineMatcher.Match([Entry(), Entry()], [Entry()]).Existing.ShouldBe([true, false]);
    }
}
