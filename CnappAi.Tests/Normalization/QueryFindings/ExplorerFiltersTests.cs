using CnappAi.Modules.Normalization;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Shared.Security;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Normalization.QueryFindings;

public sealed class ExplorerFiltersTests : IAsyncLifetime
{
    private static readonly CanonicalResource Azure =
        new("/subscriptions/sub-9/resourcegroups/rg/providers/microsoft.storage/storageaccounts/acct", CloudProvider.Azure, "sub-9", "westeurope", "storage", ResourceClass.Bucket, "acct");

    private TestServices _services = null!;
    private IDisposable _actor = null!;
    private INormalizationFacade _store = null!;

    public async Task InitializeAsync()
    {
        _services = await TestServices.CreateAsync();
        _actor = _services.Get<IActorAccessor>().Use(Actor.System);
        _store = _services.Get<INormalizationFacade>();
        await _store.StoreAsync(
        [
            Write(Observations.Vulnerability("wiz", "a", "CVE-2024-1111", Severity.Critical), 1, "storage.public-access", "payments", "prod"),
            Write(Observations.Misconfiguration("prisma", "b", "AWS_100_PCT", Severity.Medium) with { Compliance = ["CIS AWS 1.4", "PCI DSS 4.0"] }, 3, null, "web", "dev"),
            Write(Observations.Misconfiguration("orca", "c", "ssh_open") with { Resource = Azure, Category = FindingCategory.Identity, Status = FindingStatus.Resolved }, 2, "network.open-ssh", null, null),
        ], CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        _actor.Dispose();
        await _services.DisposeAsync();
    }

    [Fact]
    public async Task EachIndexedFilter_SelectsOnlyItsRows()
    {
        (await Ids(new FindingQuery { Sources = ["PRISMA"] })).ShouldBe(["b"]);
        (await Ids(new FindingQuery { Providers = [CloudProvider.Azure] })).ShouldBe(["c"]);
        (await Ids(new FindingQuery { Account = "sub-9" })).ShouldBe(["c"]);
        (await Ids(new FindingQuery { Severities = [Severity.Critical] })).ShouldBe(["a"]);
        (await Ids(new FindingQuery { Priorities = [1, 2] })).ShouldBe(["a", "c"], ignoreOrder: true);
        (await Ids(new FindingQuery { Priority = 3 })).ShouldBe(["b"]);
        (await Ids(new FindingQuery { Categories = [FindingCategory.Identity] })).ShouldBe(["c"]);
        (await Ids(new FindingQuery { Statuses = [FindingStatus.Open] })).ShouldBe(["a", "b"], ignoreOrder: true);
        (await Ids(new FindingQuery { ControlIds = ["network.open-ssh"] })).ShouldBe(["c"]);
        (await Ids(new FindingQuery { Teams = ["web"] })).ShouldBe(["b"]);
        (await Ids(new FindingQuery { Environments = ["prod"] })).ShouldBe(["a"]);
    }

    [Fact]
    public async Task Text_MatchesTitleResourceRuleOrCve_IgnoringCase()
    {
        (await Ids(new FindingQuery { Text = "cve-2024-1111" })).ShouldBe(["a"]);
        (await Ids(new FindingQuery { Text = "aws_100" })).ShouldBe(["b"]);
        (await Ids(new FindingQuery { Text = "STORAGEACCOUNTS/acct" })).ShouldBe(["c"]);
        (await Ids(new FindingQuery { Text = "rule" })).ShouldBe(["b", "c"], ignoreOrder: true);
    }

    [Fact]
    public async Task Text_WildcardsAreLiteral()
    {
        (await Ids(new FindingQuery { Text = "%" })).ShouldBeEmpty();
        (await Ids(new FindingQuery { Text = "AWS_100_" })).ShouldBe(["b"]);
        (await Ids(new FindingQuery { Text = "s_h" })).ShouldBeEmpty();
    }

    [Fact]
    public async Task Framework_MatchesTheSourcesComplianceMapping()
    {
        (await Ids(new FindingQuery { Frameworks = ["pci"] })).ShouldBe(["b"]);
        (await Ids(new FindingQuery { Frameworks = ["CIS", "PCI"] })).ShouldBe(["b"]);
        (await Ids(new FindingQuery { Frameworks = ["HIPAA"] })).ShouldBeEmpty();
    }

    [Fact]
    public async Task SearchUnderTheScanLimit_IsNotBounded_AndCountsMatches()
    {
        var page = await _store.QueryAsync(new FindingQuery { Text = "rule" }, CancellationToken.None);

        page.Total.ShouldBe(2);
        page.Bounded.ShouldBeFalse();
    }

    [Fact]
    public async Task PrioritySort_PutsP1First_AndAscendingReversesIt()
    {
        (await Ids(new FindingQuery { Sort = FindingSort.Priority })).ShouldBe(["a", "c", "b"]);
        (await Ids(new FindingQuery { Sort = FindingSort.Priority, Descending = false })).ShouldBe(["b", "c", "a"]);
    }

    [Fact]
    public async Task Export_AppliesTheTextAndFrameworkFilters()
    {
        using var output = new StringWriter();

        var written = await _store.WriteExportAsync(new FindingQuery { Frameworks = ["CIS"] }, ExportFormat.Csv, output, CancellationToken.None);

        written.ShouldBe(1);
        output.ToString().ShouldContain("AWS_100_PCT");
    }

    [Fact]
    public async Task CsvExport_NeutralisesSpreadsheetFormulas()
    {
        await _store.StoreAsync([Write(Observations.Misconfiguration("wiz", "f", "r") with { Title = "=HYPERLINK(\"http://x\")" }, 4, null, null, null)], CancellationToken.None);
        using var output = new StringWriter();

        await _store.WriteExportAsync(new FindingQuery { Sources = ["wiz"], Priorities = [4] }, ExportFormat.Csv, output, CancellationToken.None);

        output.ToString().ShouldContain("\"'=HYPERLINK(\"\"http://x\"\")\"");
        output.ToString().ShouldNotContain(",=HYPERLINK");
    }

    private static FindingWrite Write(NormalizedObservation o, int priority, string? control, string? team, string? environment) =>
        new(o, "cluster-" + o.SourceFindingId, 5, priority, null, null)
        {
            Enrichment = new FindingEnrichment(control, null, 10 - priority, priority, null, team, environment, null, null),
        };

    private async Task<IReadOnlyList<string>> Ids(FindingQuery query) =>
        [.. (await _store.QueryAsync(query, CancellationToken.None)).Items.Select(f => f.SourceFindingId)];
}
