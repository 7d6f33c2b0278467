using System.Text.Json;
using CnappAi.Tests.Audit;
using CnappAi.Tests.TestInfrastructure;
using CnappAi.Web.Cli;

namespace CnappAi.Tests.Web.Cli;

public class AuditCommandTests
{
    [Fact]
    public async Task Verify_OnAnIntactChain_PrintsTheCount_AndExitsZero()
    {
        await using var services = await TestServices.CreateAsync();
        await AuditTestData.AppendAsync(services, 4);

        var (exit, output, _) = await RunAsync("audit", "verify", "--db", services.DatabasePath);

        exit.ShouldBe(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("intact").GetBoolean().ShouldBeTrue();
        json.RootElement.GetProperty("recordsChecked").GetInt64().ShouldBe(4);
    }

    [Fact]
    public async Task Verify_AfterATamperedRow_NamesIt_AndExitsOne()
    {
        await using var services = await TestServices.CreateAsync();
        await AuditTestData.AppendAsync(services, 4);
        await AuditTestData.TamperAsync(services.DatabasePath, "UPDATE audit_entries SET Outcome = 'failure' WHERE Sequence = 2");

        var (exit, output, _) = await RunAsync("audit", "verify", "--db", services.DatabasePath);

        exit.ShouldBe(1);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("intact").GetBoolean().ShouldBeFalse();
        json.RootElement.GetProperty("firstBrokenSequence").GetInt64().ShouldBe(2);
        json.RootElement.GetProperty("problem").GetString()!.ShouldContain("record 2 was changed");
    }

    [Fact]
    public async Task Export_ToAFile_WritesOneLinePerRecord()
    {
        await using var services = await TestServices.CreateAsync();
        await AuditTestData.AppendAsync(services, 3);
        using var files = new TempFiles();
        var target = Path.Combine(files.Directory, "audit.jsonl");

        var (exit, output, _) = await RunAsync("audit", "export", "--db", services.DatabasePath, "--out", target);

        exit.ShouldBe(0);
        (await File.ReadAllLinesAsync(target)).Length.ShouldBe(3);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("records").GetInt32().ShouldBe(3);
    }

    [Fact]
    public async Task Export_WithAnUnreadableSince_IsAUsageError()
    {
        var (exit, _, error) = await RunAsync("audit", "export", "--since", "last tuesday");

        exit.ShouldBe(2);
        error.ShouldContain("--since");
    }

    private static Task<(int Exit, string Output, string Error)> RunAsync(params string[] args) => CommandLineAppTests.RunAsync(args);
}
