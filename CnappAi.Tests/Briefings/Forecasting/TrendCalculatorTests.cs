using CnappAi.Modules.Briefings.Forecasting;
using CnappAi.Modules.Posture.Contracts;

namespace CnappAi.Tests.Briefings.Forecasting;

public class TrendCalculatorTests
{
    private static readonly DateOnly Today = new(2026, 8, 20);

    [Fact]
    public void Compute_WeekOverWeek_GivesCountsAndRoundedPercentages()
    {
        var history = new List<PostureCount>
        {
            Count(Today.AddDays(-7), PostureDimensions.CloudCategory, "gcp/identity", open: 20),
            Count(Today, PostureDimensions.CloudCategory, "gcp/identity", open: 23),
            Count(Today.AddDays(-7), PostureDimensions.Cloud, "aws", open: 40),
            Count(Today, PostureDimensions.Cloud, "aws", open: 30),
            Count(Today.AddDays(-7), PostureDimensions.Category, "vulnerability", open: 3),
            Count(Today, PostureDimensions.Category, "vulnerability", open: 4),
            Count(Today, PostureDimensions.Category, "secret", open: 2),
            Count(Today.AddDays(-3), PostureDimensions.Cloud, "aws", open: 999),
            Count(Today, PostureDimensions.Team, "payments", open: 7),
        };

        var trends = TrendCalculator.Compute(history, Today, 7);

        var iam = trends.Single(t => t.Key == "gcp/identity");
        (iam.LastWeek, iam.ThisWeek, iam.ChangePercent, iam.Label).ShouldBe((20, 23, 15, "IAM in GCP"));
        var aws = trends.Single(t => t.Key == "aws");
        (aws.LastWeek, aws.ThisWeek, aws.ChangePercent).ShouldBe((40, 30, -25));
        trends.Single(t => t.Key == "vulnerability").ChangePercent.ShouldBe(33);
        trends.Single(t => t.Key == "secret").ChangePercent.ShouldBeNull();
        trends.ShouldNotContain(t => t.Key == "payments");
        trends.Select(t => t.Scope).ShouldBe(["cloud", "category", "category", "cloud-category"]);
    }

    [Theory]
    [InlineData(0, 5, null)]
    [InlineData(8, 9, 13)]
    [InlineData(8, 7, -13)]
    [InlineData(2, 3, 50)]
    [InlineData(5, 5, 0)]
    public void Percent_RoundsHalfAwayFromZero(int lastWeek, int thisWeek, int? expected) =>
        TrendCalculator.Percent(lastWeek, thisWeek).ShouldBe(expected);

    private static PostureCount Count(DateOnly day, string dimension, string key, int open) =>
        new(day, dimension, key, open, open, 0, 0, 0, "job");
}
