using CnappAi.Modules.IacGate.Contracts;
using CnappAi.Modules.IacGate.History;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.IacGate.History;

public class ScanHistoryTests(GateServicesFixture fixture) : IClassFixture<GateServicesFixture>
{
    private static string MultiCheck => FixtureFiles.Get(IacGateFacadeTests.MultiCheck);

    [Fact]
    public async Task EvaluateAsync_StoredScans_BecomeTheNextRunsBaselineOnlyWhenTheyPassed()
    {
        GateRequest Main(string scan, string? baseline = null) => new()
        {
            ScanPath = scan, BaselinePath = baseline, Repository = "https://github.com/Acme/Payments.git", Branch = "refs/heads/main",
        };

        var first = await fixture.EvaluateAsync(Main(MultiCheck));
        var rerun = await fixture.EvaluateAsync(Main(MultiCheck));
        var accepted = await fixture.EvaluateAsync(Main(MultiCheck, baseline: MultiCheck));
        var next = await fixture.EvaluateAsync(Main(MultiCheck));

        (first.Scan.Repository, first.Scan.Branch).ShouldBe(("github.com/acme/payments", "main"));
        first.Scan.StoredScanId.ShouldNotBeNull();
        (first.Baseline.Kind, first.ExitCode).ShouldBe((GateBaselineKind.None, 1));
        (rerun.Baseline.Kind, rerun.ExitCode).ShouldBe((GateBaselineKind.None, 1), "a failed scan must not become the baseline of its own re-run");
        accepted.ExitCode.ShouldBe(0);
        next.Baseline.Kind.ShouldBe(GateBaselineKind.StoredScan);
        next.Baseline.ScanId.ShouldBe(accepted.Scan.StoredScanId);
        next.Baseline.Issues.ShouldBe(13);
        (next.Totals.Existing, next.ExitCode).ShouldBe((13, 0));
    }

    [Fact]
    public async Task EvaluateAsync_PullRequestAgainstTheTargetBranch_BlocksOnlyWhatThePullRequestAdds()
    {
        using var files = new TempFiles();
        await fixture.EvaluateAsync(new GateRequest { ScanPath = MultiCheck, BaselinePath = MultiCheck, Repository = "acme/orders", Branch = "main" });

        var pullRequest = await fixture.EvaluateAsync(new GateRequest
        {
            ScanPath = ScanEdits.AddPublicReplica(files, MultiCheck), Repository = "acme/orders", Branch = "feature/replica", BaselineBranch = "main",
        });

        pullRequest.Baseline.Kind.ShouldBe(GateBaselineKind.StoredScan);
        pullRequest.Issues.Where(i => i.Blocking).ShouldHaveSingleItem().Resource.ShouldBe("aws_db_instance.replica");
        pullRequest.Scan.Branch.ShouldBe("feature/replica");
    }

    [Fact]
    public async Task EvaluateAsync_NoStoreOrNoRepository_StoresNothing()
    {
        var noStore = await fixture.EvaluateAsync(new GateRequest { ScanPath = MultiCheck, Repository = "acme/ledger", Branch = "main", Store = false });
        var anonymous = await fixture.EvaluateAsync(new GateRequest { ScanPath = MultiCheck, Branch = "main" });

        noStore.Scan.StoredScanId.ShouldBeNull();
        anonymous.Scan.StoredScanId.ShouldBeNull();
        anonymous.Baseline.Description.ShouldContain("no repository and branch");
    }

    [Theory]
    [InlineData("https://github.com/Acme/App.git", "github.com/acme/app")]
    [InlineData("git@github.com:acme/app.git", "github.com/acme/app")]
    [InlineData("https://user:token@dev.azure.com/acme/app/_git/app", "dev.azure.com/acme/app/_git/app")]
    [InlineData("  acme/app/ ", "acme/app")]
    public void Repository_Spellings_MeetOnOneKey(string spelling, string key) => RepositoryKey.Repository(spelling).ShouldBe(key);

    [Fact]
    public void Branch_GitRef_IsTheBranchName()
    {
        RepositoryKey.Branch("refs/heads/release/1.2").ShouldBe("release/1.2");
        RepositoryKey.Branch(" ").ShouldBeNull();
    }
}
