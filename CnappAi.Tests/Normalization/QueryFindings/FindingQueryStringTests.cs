using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Tests.Normalization.QueryFindings;

public class FindingQueryStringTests
{
    [Fact]
    public void FormatThenParse_KeepsEveryFilterAndTheSort()
    {
        var query = new FindingQuery
        {
            Sources = ["wiz", "prisma"],
            Providers = [CloudProvider.Aws],
            Account = "1111",
            Severities = [Severity.Critical, Severity.High],
            Priorities = [1, 2],
            Categories = [FindingCategory.DataExposure],
            Statuses = [FindingStatus.InProgress],
            ControlIds = ["storage.public-access"],
            Frameworks = ["PCI DSS"],
            Teams = ["payments & cards"],
            Environments = ["prod"],
            Text = "a=b&c",
            UnifiedOnly = true,
            SlaBreached = true,
            Suppressed = false,
            Sort = FindingSort.LastSeen,
            Descending = false,
        };

        var parsed = FindingQueryString.Parse(FindingQueryString.Format(query));

        FindingQueryString.Format(parsed).ShouldBe(FindingQueryString.Format(query));
        parsed.Teams.ShouldBe(["payments & cards"]);
        parsed.Text.ShouldBe("a=b&c");
        parsed.Statuses.ShouldBe([FindingStatus.InProgress]);
        parsed.Priorities.ShouldBe([1, 2]);
        (parsed.UnifiedOnly, parsed.SlaBreached, parsed.Suppressed, parsed.Sort, parsed.Descending).ShouldBe((true, (bool?)true, (bool?)false, FindingSort.LastSeen, false));
    }

    [Fact]
    public void Parse_IgnoresUnknownKeysAndUnreadableValues()
    {
        var parsed = FindingQueryString.Parse("?severity=urgent&severity=high&priority=P9&priority=p2&sort=bogus&cloud=7&zzz=1");

        parsed.Severities.ShouldBe([Severity.High]);
        parsed.Priorities.ShouldBe([2]);
        parsed.Providers.ShouldBeEmpty();
        parsed.Sort.ShouldBe(FindingSort.Risk);
    }

    [Fact]
    public void Format_OfTheDefaultQuery_IsEmpty() => FindingQueryString.Format(new FindingQuery()).ShouldBeEmpty();
}
