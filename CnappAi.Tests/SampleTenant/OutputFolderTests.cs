using CnappAi.Modules.SampleTenant.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.SampleTenant;

public class OutputFolderTests
{
    [Fact]
    public async Task WriteAsync_OverAnEarlierLargerTenant_LeavesNoStalePages()
    {
        using var files = new TempFiles();
        await SampleTenantFixture.WriteAsync(new SampleRequest(files.Directory, 2500, 1, SampleTenantFixture.AsOf));

        var smaller = await SampleTenantFixture.WriteAsync(new SampleRequest(files.Directory, 50, 1, SampleTenantFixture.AsOf));

        Directory.EnumerateFiles(files.Directory, "*", SearchOption.AllDirectories).Count(f => !f.EndsWith(".md", StringComparison.Ordinal))
            .ShouldBe(smaller.Files);
    }

    [Fact]
    public async Task WriteAsync_IntoAFolderWithOtherFiles_ThrowsAndTouchesNothing()
    {
        using var files = new TempFiles();
        files.Write("manifest.ndjson", "{}");
        var kept = files.Write("unrelated/data.json", "[]");

        await Should.ThrowAsync<IOException>(() => SampleTenantFixture.WriteAsync(new SampleRequest(files.Directory, 10)));

        File.Exists(kept).ShouldBeTrue();
        File.ReadAllText(Path.Combine(files.Directory, "manifest.ndjson")).ShouldBe("{}");
    }
}
