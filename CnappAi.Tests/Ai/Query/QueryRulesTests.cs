using CnappAi.Modules.Ai.Contracts;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Tests.Ai.Query;

/// <summary>Rule-based answers over a real SQLite store (no model configured).</summary>
public class QueryRulesTests
{
    private static readonly CanonicalResource OtherBucket = new("arn:aws:s3:::acme-logs", CloudProvider.Aws, "111122223333", "us-east-1", "s3:bucket", ResourceClass.Bucket, "acme-logs");
    private static readonly CanonicalResource WestBucket = new("arn:aws:s3:::acme-eu-exports", CloudProvider.Aws, "111122223333", "eu-west-1", "s3:bucket", ResourceClass.Bucket, "acme-eu-exports");

    [Fact]
    public async Task Ask_ProductExample_FindsOnlyTheUnencryptedPiiBucketInTheRegionAndCitesIt()
    {
        await using var host = await AiTestHost.WithoutModelAsync();
        var ids = await host.StoreAsync(
            AiFindings.UnencryptedBucket(),
            AiFindings.Make("enc-2", "aws-securityhub", FindingCategory.Misconfiguration, "Check if S3 buckets have default encryption (SSE) enabled", Severity.Medium, OtherBucket,
                """{"Tags": {"data-classification": "internal"}}""", rule: "S3.4"),
            AiFindings.Make("enc-3", "aws-securityhub", FindingCategory.Misconfiguration, "Check if S3 buckets have default encryption (SSE) enabled", Severity.Medium, WestBucket,
                AiFindings.PaymentsTags, rule: "S3.4"),
            AiFindings.PublicBucket(),
            AiFindings.OpenSsh());

        var result = await host.Ai.AskAsync("S3 buckets in us-east-1 without encryption tagged PII", CancellationToken.None);

        result.Engine.ShouldBe(AiEngines.RuleBased);
        result.Output.Total.ShouldBe(1);
        result.Output.Answer.ShouldContain("acme-customer-exports");
        result.Output.Answer.ShouldNotContain("acme-logs");
        result.Output.Answer.ShouldNotContain("acme-eu-exports");
        result.Output.Citations.ShouldContain(c => c.Kind == "finding" && c.Id == ids[0] && c.Link == $"/findings/{ids[0]}");
        result.Output.Citations.ShouldContain(c => c.Kind == "asset" && c.Id == AiFindings.PiiBucket.Uid);
        result.Output.Interpretation!.ShouldContain("region=us-east-1");
        result.Provenance.RuleSet.ShouldBe("rules.query@1.0");
    }

    [Fact]
    public async Task Ask_HowMany_CountsAcrossResources()
    {
        await using var host = await AiTestHost.WithoutModelAsync();
        await host.StoreAsync(AiFindings.KevOnInstance(), AiFindings.ImageVulnerability(), AiFindings.OpenSsh());

        var result = await host.Ai.AskAsync("how many open vulnerabilities?", CancellationToken.None);

        result.Output.Total.ShouldBe(2);
        result.Output.Answer.ShouldStartWith("2 open findings match, on 2 resources");
    }

    [Fact]
    public async Task Ask_NothingMatches_SaysSoAndCitesNothing()
    {
        await using var host = await AiTestHost.WithoutModelAsync();
        await host.StoreAsync(AiFindings.OpenSsh());

        var result = await host.Ai.AskAsync("gcp databases in europe-west1", CancellationToken.None);

        result.Output.Total.ShouldBe(0);
        result.Output.Citations.ShouldBeEmpty();
        result.Output.Answer.ShouldStartWith("No open findings match");
    }
}
