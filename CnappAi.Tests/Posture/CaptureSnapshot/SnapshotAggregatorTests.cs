using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Posture.CaptureSnapshot;
using CnappAi.Modules.Posture.Contracts;

namespace CnappAi.Tests.Posture.CaptureSnapshot;

public class SnapshotAggregatorTests
{
    private static readonly DateOnly Day = new(2026, 8, 10);

    [Fact]
    public void StateAt_FollowsFirstSeenAndResolutionDates()
    {
        var openSince9th = Fact(FindingStatus.Open, first: At(9), last: At(20));
        var seenFrom11th = Fact(FindingStatus.Open, first: At(11), last: At(20));
        var fixedOn12th = Fact(FindingStatus.Resolved, first: At(1), last: At(12));
        var fixedOn5th = Fact(FindingStatus.Resolved, first: At(1), last: At(5));
        var accepted = Fact(FindingStatus.Open, first: At(1), last: At(20)) with { Suppressed = true };

        SnapshotAggregator.StateAt(openSince9th, Day).ShouldBe(SnapshotAggregator.State.Open);
        SnapshotAggregator.StateAt(seenFrom11th, Day).ShouldBe(SnapshotAggregator.State.Absent);
        SnapshotAggregator.StateAt(fixedOn12th, Day).ShouldBe(SnapshotAggregator.State.Open);
        SnapshotAggregator.StateAt(fixedOn5th, Day).ShouldBe(SnapshotAggregator.State.Resolved);
        SnapshotAggregator.StateAt(accepted, Day).ShouldBe(SnapshotAggregator.State.Suppressed);
    }

    [Fact]
    public void Aggregate_CountsEveryDimensionFromTheSameFindings()
    {
        var findings = new[]
        {
            Fact(FindingStatus.Open, At(1), At(9)) with { Severity = Severity.Critical, ControlId = "storage.public-access" },
            Fact(FindingStatus.InProgress, At(2), At(9)) with { Severity = Severity.Low, Provider = CloudProvider.Gcp, Category = FindingCategory.Identity, Team = null },
            Fact(FindingStatus.Resolved, At(1), At(3)) with { Severity = Severity.High },
        };

        var rows = SnapshotAggregator.Aggregate(findings, Day, c => c == "storage.public-access" ? ["cis-aws", "soc2"] : [], "job");

        Row(rows, PostureDimensions.All, "all").ShouldBe(new PostureCount(Day, "all", "all", 3, 2, 1, 1, 0, "job"));
        Row(rows, PostureDimensions.Cloud, "aws").Open.ShouldBe(1);
        Row(rows, PostureDimensions.Cloud, "aws").Resolved.ShouldBe(1);
        Row(rows, PostureDimensions.CloudCategory, "gcp/identity").Open.ShouldBe(1);
        Row(rows, PostureDimensions.Team, "unassigned").Total.ShouldBe(1);
        Row(rows, PostureDimensions.Framework, "soc2").CriticalHigh.ShouldBe(1);
        Row(rows, PostureDimensions.Control, "unmapped").Total.ShouldBe(2);
        Row(rows, PostureDimensions.Priority, "P2").Total.ShouldBe(3);
        Row(rows, PostureDimensions.Status, "resolved").Total.ShouldBe(1);
        Row(rows, PostureDimensions.Account, "aws/111122223333").Total.ShouldBe(2);
    }

    [Fact]
    public void Aggregate_SameInputTwice_GivesTheSameRowsInTheSameOrder()
    {
        var findings = Enumerable.Range(1, 9).Select(i => Fact(i % 2 == 0 ? FindingStatus.Open : FindingStatus.Resolved, At(i), At(i + 1))).ToList();

        var first = SnapshotAggregator.Aggregate(findings, Day, _ => [], "job");
        var second = SnapshotAggregator.Aggregate(findings.AsEnumerable().Reverse(), Day, _ => [], "job");

        second.ShouldBe(first);
    }

    private static PostureCount Row(IReadOnlyList<PostureCount> rows, string dimension, string key) =>
        rows.Single(r => r.Dimension == dimension && r.Key == key);

    private static DateTimeOffset At(int day) => new(2026, 8, day, 10, 0, 0, TimeSpan.Zero);

    private static FindingFact Fact(FindingStatus status, DateTimeOffset first, DateTimeOffset last) => new(
        CloudProvider.Aws, "111122223333", FindingCategory.Misconfiguration, Severity.Medium, 2, null, "payments", status, false, first, last);
}
